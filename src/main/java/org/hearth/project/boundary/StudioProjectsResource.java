package org.hearth.project.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Role;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.rest.Page;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Province;
import org.hearth.shared.PublicContentChanged;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.StaleVersionException;

/** {@code /api/v1/studio/projects}: the caller's organizations' projects; org admins create and edit them. */
@Path("v1/studio/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioProjectsResource {

    public record ProjectInput(String organization, String slug, String name, String nameFr, String province,
                               String municipality, String neighbourhood, String description, String descriptionFr,
                               String partnerServices, LocalDate startsOn, LocalDate endsOn, Integer version) {
    }

    @Inject
    Projects projects;

    @Inject
    Organizations organizations;

    @Inject
    Caller caller;

    @Inject
    HearthSettings settings;

    @Inject
    jakarta.enterprise.event.Event<PublicContentChanged> changed;

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    @GET
    public Page<ProjectJson> list() {
        Account account = caller.account();
        return new Page<>(projects.page(null, 1000).stream()
                .filter(p -> account.roleIn(p.organization()).isPresent())
                .map(p -> ProjectJson.of(p, settings)).toList(), null);
    }

    @POST
    @Transactional
    public Response create(ProjectInput input) {
        if (input == null || input.organization() == null) {
            throw new InvalidInputException("organization", "is required");
        }
        Organization organization = organizations.find(input.organization())
                .orElseThrow(() -> new InvalidInputException("organization", "no organization '" + input.organization() + "'"));
        caller.require(organization, Role::mayAdminister, "manage projects");
        if (input.slug() != null && projects.find(input.slug()).isPresent()) {
            throw new RuleViolationException("slug-taken", "A project already uses the slug '" + input.slug() + "'.");
        }
        NeighbourhoodProject project = new NeighbourhoodProject(
                input.slug() == null ? org.hearth.shared.Slug.from(input.name()) : input.slug(), organization, Instant.now());
        apply(project, input);
        projects.add(project);
        changed.fire(new PublicContentChanged("project:" + project.slug()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(project.slug()).build())
                .entity(ProjectJson.of(project, settings)).build();
    }

    @PUT
    @jakarta.ws.rs.Path("{slug}")
    @Transactional
    public ProjectJson update(@PathParam("slug") String slug, ProjectInput input) {
        NeighbourhoodProject project = projects.get(slug);
        caller.require(project.organization(), Role::mayAdminister, "manage projects");
        if (input == null || input.version() == null) {
            throw new InvalidInputException("version", "send the version your edit started from");
        }
        if (input.version() != project.version()) {
            throw new StaleVersionException(input.version(), project.version());
        }
        apply(project, input);
        changed.fire(new PublicContentChanged("project:" + project.slug()));
        return ProjectJson.of(project, settings);
    }

    private static void apply(NeighbourhoodProject project, ProjectInput input) {
        project.place(input.name(), input.nameFr(), Province.of(input.province()), input.municipality(), input.neighbourhood());
        project.describe(input.description(), input.descriptionFr(), input.partnerServices());
        project.schedule(input.startsOn(), input.endsOn());
    }
}
