package org.hearth.help.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Role;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.help.entity.HelpDetails;
import org.hearth.help.entity.HelpResource;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.PublicContentChanged;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.StaleVersionException;

/**
 * Reads and records help resources. Every public page shows them, so organization admins alone
 * change them, and each change drops the cached public pages at once.
 */
@ApplicationScoped
public class HelpResources {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Organizations organizations;

    @Inject
    Audiences audiences;

    @Inject
    AuditLog audit;

    @Inject
    Event<PublicContentChanged> changed;

    private final Clock clock = Clock.systemUTC();

    public List<HelpResource> all() {
        return em.createNamedQuery(HelpResource.FIND_ALL, HelpResource.class).getResultList();
    }

    /** Records a support; the pages that show it are rendered again. */
    public void add(HelpResource resource) {
        em.persist(resource);
        changed.fire(new PublicContentChanged(resource.changeTag()));
    }

    /** Those that apply to everyone, then those for {@code audienceCode}. */
    public List<HelpResource> forAudience(String audienceCode) {
        return forAudiences(audienceCode == null ? java.util.Set.of() : java.util.Set.of(audienceCode));
    }

    /** Those that apply to everyone (the hotline, 911), then those for any of {@code audienceCodes}. */
    public List<HelpResource> forAudiences(java.util.Collection<String> audienceCodes) {
        List<HelpResource> all = all();
        return java.util.stream.Stream.concat(
                all.stream().filter(h -> h.audienceCode() == null),
                all.stream().filter(h -> h.audienceCode() != null && audienceCodes.contains(h.audienceCode()))).toList();
    }

    /** The help resources of the caller's organizations. */
    public List<HelpResource> visible() {
        Account account = caller.account();
        return all().stream().filter(h -> account.roleIn(h.organization()).isPresent()).toList();
    }

    /** One help resource, for someone who may manage it. */
    public HelpResource read(String id) {
        HelpResource resource = find(id);
        caller.require(resource.organization(), Role::mayAdminister, "manage help resources");
        return resource;
    }

    @Transactional
    public HelpResource create(String organizationSlug, String code, HelpDetails details) {
        Organization organization = organizations.named(organizationSlug);
        caller.require(organization, Role::mayAdminister, "manage help resources");
        HelpResource.validate(details, today());
        String chosen = code != null && !code.isBlank() ? code.strip()
                : details.nameEn() == null || details.nameEn().isBlank() ? null : codeFrom(details.nameEn());
        boolean taken = all().stream().anyMatch(h -> h.organization().id().equals(organization.id()) && h.code().equals(chosen));
        if (taken) {
            throw new RuleViolationException("code-taken", "This organization already has a help resource with the code '" + chosen + "'.");
        }
        checkAudience(details);
        int position = all().stream().mapToInt(HelpResource::position).max().orElse(-1) + 1;
        HelpResource resource = new HelpResource(organization, chosen, details.nameEn(), details.nameFr(), position);
        resource.revise(details, today());
        em.persist(resource);
        em.flush();
        recorded(resource, "help.created");
        return resource;
    }

    /** Saves an edit that started from {@code version}; a stale one is refused and shows what is stored now. */
    @Transactional
    public HelpResource update(String id, Integer version, HelpDetails details) {
        HelpResource resource = read(id);
        requireCurrent(resource, version);
        checkAudience(details);
        // Pages that showed it for its former audience drop it too.
        changed.fire(new PublicContentChanged(resource.changeTag()));
        resource.revise(details, today());
        recorded(resource, "help.updated");
        return resource;
    }

    /** Someone just checked the number, hours and languages. */
    @Transactional
    public HelpResource markVerified(String id, Integer version) {
        HelpResource resource = read(id);
        requireCurrent(resource, version);
        resource.markVerified(today());
        recorded(resource, "help.verified");
        return resource;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String codeFrom(String name) {
        String slug = org.hearth.shared.Slug.from(name);
        return slug.length() <= HelpResource.CODE_LENGTH ? slug
                : slug.substring(0, HelpResource.CODE_LENGTH).replaceAll("-+$", "");
    }

    private HelpResource find(String id) {
        HelpResource resource = null;
        if (id != null && id.matches("[0-9]{1,18}")) {
            resource = em.find(HelpResource.class, Long.valueOf(id));
        }
        if (resource == null) {
            throw new ResourceNotFoundException("help resource", id);
        }
        return resource;
    }

    private void checkAudience(HelpDetails details) {
        if (details.audienceCode() != null && !details.audienceCode().isBlank()) {
            audiences.byCodes(List.of(details.audienceCode()), "audience");
        }
    }

    private static void requireCurrent(HelpResource resource, Integer version) {
        StaleVersionException.requireCurrent(version, resource.version(), () -> {
            HelpDetails now = resource.details();
            return Map.of("nameEn", String.valueOf(now.nameEn()), "phone", String.valueOf(now.phone()),
                    "lastVerified", String.valueOf(now.lastVerified()));
        });
    }

    private void recorded(HelpResource resource, String action) {
        audit.record(resource.organization().id(), caller.account().email(), action, "help-resource",
                String.valueOf(resource.id()), resource.code());
        changed.fire(new PublicContentChanged(resource.changeTag()));
    }
}
