package org.hearth.service.boundary;

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
import java.util.Optional;
import java.util.Set;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Role;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.service.entity.ServiceCategory;
import org.hearth.service.entity.ServiceDetails;
import org.hearth.service.entity.ServiceMatch;
import org.hearth.service.entity.SupportService;
import org.hearth.shared.Province;
import org.hearth.shared.PublicContentChanged;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.Slug;
import org.hearth.shared.StaleVersionException;

/**
 * Reads and records the service directory. Readers see every service; organization admins add and
 * edit their organization's (the same roles and locking as help resources), and each change drops
 * the cached public pages, which show local services beside every story.
 */
@ApplicationScoped
public class Services {

    /** How many local services a story or project page shows. */
    public static final int LOCAL = 6;

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

    public List<SupportService> all() {
        return em.createNamedQuery(SupportService.FIND_ALL, SupportService.class).getResultList();
    }

    public Optional<SupportService> find(String slug) {
        return em.createNamedQuery(SupportService.FIND_BY_SLUG, SupportService.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** A service readers may see, or {@link ResourceNotFoundException}. */
    public SupportService get(String slug) {
        return find(slug).orElseThrow(() -> new ResourceNotFoundException("service", slug));
    }

    /** The directory for a province and category, each optional (see {@link ServiceMatch#directory}). */
    public List<SupportService> directory(Province province, ServiceCategory category, String lang) {
        return ServiceMatch.directory(all(), province, category, lang);
    }

    /** What a page about this place and these audiences shows (see {@link ServiceMatch#localTo}). */
    public List<SupportService> localTo(Province province, String municipality, Set<String> audienceCodes, String lang) {
        return ServiceMatch.localTo(all(), province, municipality, audienceCodes, lang, LOCAL);
    }

    /** The help lines of one province, for the help block of that province's pages. */
    public List<SupportService> linesOf(Province province, String lang) {
        return ServiceMatch.linesOf(all(), province, lang);
    }

    /** Services whose names, provider, summary or categories mention every word of {@code query}, in a province when given. */
    public List<SupportService> search(String query, Province province, int limit) {
        return all().stream().filter(s -> s.mentions(query)).filter(s -> province == null || s.reaches(province))
                .limit(limit).toList();
    }

    /** Records a service brought in by the content import. */
    public void add(SupportService service) {
        em.persist(service);
        changed.fire(new PublicContentChanged(service.changeTag()));
    }

    /** The services of the caller's organizations. */
    public List<SupportService> visible() {
        Account account = caller.account();
        return all().stream().filter(s -> account.roleIn(s.organization()).isPresent()).toList();
    }

    /** One service, for someone who may manage it. */
    public SupportService read(String slug) {
        SupportService service = get(slug);
        caller.require(service.organization(), Role::mayAdminister, "manage services");
        return service;
    }

    @Transactional
    public SupportService create(String organizationSlug, String slug, ServiceDetails details) {
        Organization organization = organizations.named(organizationSlug);
        caller.require(organization, Role::mayAdminister, "manage services");
        SupportService.validate(details, today());
        checkAudiences(details);
        String chosen = slug != null && !slug.isBlank() ? slug.strip() : slugFrom(details.nameEn());
        if (find(chosen).isPresent()) {
            throw new RuleViolationException("slug-taken", "A service with the slug '" + chosen + "' already exists.");
        }
        SupportService service = new SupportService(organization, chosen, details, today());
        em.persist(service);
        em.flush();
        recorded(service, "service.created");
        return service;
    }

    /** Saves an edit that started from {@code version}; a stale one is refused and shows what is stored now. */
    @Transactional
    public SupportService update(String slug, Integer version, ServiceDetails details) {
        SupportService service = read(slug);
        requireCurrent(service, version);
        checkAudiences(details);
        service.revise(details, today());
        recorded(service, "service.updated");
        return service;
    }

    /** Someone just checked the numbers, hours and languages. */
    @Transactional
    public SupportService markVerified(String slug, Integer version) {
        SupportService service = read(slug);
        requireCurrent(service, version);
        service.markVerified(today());
        recorded(service, "service.verified");
        return service;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String slugFrom(String name) {
        String slug = Slug.from(name);
        return slug.length() <= SupportService.SLUG_LENGTH ? slug
                : slug.substring(0, SupportService.SLUG_LENGTH).replaceAll("-+$", "");
    }

    private void checkAudiences(ServiceDetails details) {
        if (details.audiences() != null && details.audiences().stream().anyMatch(a -> a != null && !a.isBlank())) {
            audiences.byCodes(details.audiences().stream().filter(a -> a != null && !a.isBlank()).toList(), "audiences");
        }
    }

    private static void requireCurrent(SupportService service, Integer version) {
        StaleVersionException.requireCurrent(version, service.version(), () -> {
            ServiceDetails now = service.details();
            return Map.of("nameEn", String.valueOf(now.nameEn()), "phone", String.valueOf(now.phone()),
                    "lastVerified", String.valueOf(now.lastVerified()));
        });
    }

    private void recorded(SupportService service, String action) {
        audit.record(service.organization().id(), caller.account().email(), action, "service",
                String.valueOf(service.id()), service.slug());
        changed.fire(new PublicContentChanged(service.changeTag()));
    }
}
