package org.hearth.checks.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hearth.account.boundary.Caller;
import org.hearth.checks.Severity;
import org.hearth.checks.TerminologyEntry;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.rest.Page;
import org.hearth.shared.InvalidInputException;

/** {@code /api/v1/studio/terminology?organization=}: read and replace an organization's terminology list. */
@Path("v1/studio/terminology")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TerminologyResource {

    /** One term; {@code lang} is the language it is written in ({@code en} when left out). */
    public record TermJson(String term, String suggestion, String note, boolean headlineOnly, String severity, String lang) {
        static TermJson of(TerminologyEntry e) {
            return new TermJson(e.term(), e.suggestion(), e.note(), e.headlineOnly(), e.severity().name().toLowerCase(), e.lang());
        }

        TerminologyEntry entry() {
            try {
                return new TerminologyEntry(term, suggestion, note, headlineOnly,
                        severity == null ? Severity.WARNING : Severity.valueOf(severity.toUpperCase()), lang);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("items", "each term needs a non-empty term, a severity of warning or info"
                        + " and a language code such as en or fr: " + e.getMessage());
            }
        }
    }

    /** The whole list, as {@code {"items": [...]}}. */
    public record ListInput(List<TermJson> items) {
    }

    @Inject
    Terminology terminology;

    @Inject
    Organizations organizations;

    @Inject
    Caller caller;

    @GET
    public Page<TermJson> list(@QueryParam("organization") String organization) {
        return new Page<>(terminology.of(organization(organization)).stream().map(TermJson::of).toList(), null);
    }

    @PUT
    public Page<TermJson> replace(@QueryParam("organization") String organization, ListInput input) {
        if (input == null || input.items() == null) {
            throw new InvalidInputException("items", "send {\"items\": [{\"term\", \"suggestion\", \"note\", \"headlineOnly\", \"severity\"}]}");
        }
        List<TerminologyEntry> entries = input.items().stream().map(TermJson::entry).toList();
        return new Page<>(terminology.replace(organization(organization), entries).stream().map(TermJson::of).toList(), null);
    }

    private Organization organization(String slug) {
        if (slug == null) {
            throw new InvalidInputException("organization", "is required");
        }
        Organization organization = organizations.get(slug);
        caller.roleIn(organization);
        return organization;
    }
}
