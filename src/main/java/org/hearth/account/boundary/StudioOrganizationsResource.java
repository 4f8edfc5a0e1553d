package org.hearth.account.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import org.hearth.account.entity.Account;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.rest.Page;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.Province;
import org.hearth.shared.RuleViolationException;

/**
 * The organizations the caller belongs to (all of them for a platform admin), and creating one. It
 * lives with the accounts because every answer depends on who asks: organizations know no accounts.
 */
@Path("v1/studio/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioOrganizationsResource {

    public record OrganizationJson(String slug, String name, String province, String role) {
    }

    public record NewOrganization(String slug, String name, String province) {
    }

    @Inject
    Organizations organizations;

    @Inject
    Caller caller;

    @GET
    public Page<OrganizationJson> list() {
        Account account = caller.account();
        return new Page<>(organizations.all().stream()
                .filter(o -> account.roleIn(o).isPresent())
                .map(o -> json(o, account))
                .toList(), null);
    }

    @POST
    @Transactional
    public Response create(NewOrganization body) {
        if (body == null) {
            throw new InvalidInputException("body", "send {\"slug\", \"name\", \"province\"}");
        }
        Account account = caller.account();
        if (!account.isPlatformAdmin()) {
            throw new NotPermittedException("Only a platform admin may create organizations.");
        }
        if (organizations.find(body.slug()).isPresent()) {
            throw new RuleViolationException("slug-taken", "An organization already uses the slug '" + body.slug() + "'.");
        }
        Organization organization = new Organization(body.slug(), body.name(), Province.of(body.province()), Instant.now());
        organizations.add(organization);
        return Response.created(URI.create("v1/studio/organizations/" + organization.slug()))
                .entity(json(organization, account)).build();
    }

    private static OrganizationJson json(Organization o, Account account) {
        return new OrganizationJson(o.slug(), o.name(), o.province().name(),
                account.roleIn(o).map(Enum::name).orElse(null));
    }
}
