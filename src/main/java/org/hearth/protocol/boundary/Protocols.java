package org.hearth.protocol.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.protocol.entity.LocalProtocol;
import org.hearth.protocol.entity.ProtocolContent;
import org.hearth.protocol.entity.ProtocolRevision;
import org.hearth.service.boundary.Services;
import org.hearth.service.entity.SupportService;
import org.hearth.shared.PublicContentChanged;
import org.hearth.shared.Reason;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.StaleVersionException;

/**
 * Reads and records local service protocols. Readers see a project's protocol once it is
 * published; the project's organization writes it (authors), reviews and publishes it (editors),
 * each save naming the version it started from and leaving a revision. Every change drops the
 * cached public pages, which link the protocol from the project's page.
 */
@ApplicationScoped
public class Protocols {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Projects projects;

    @Inject
    Services services;

    @Inject
    AuditLog audit;

    @Inject
    Event<PublicContentChanged> changed;

    private final Clock clock = Clock.systemUTC();

    public Optional<LocalProtocol> find(String projectSlug) {
        return em.createNamedQuery(LocalProtocol.OF_PROJECT, LocalProtocol.class).setParameter("project", projectSlug)
                .getResultStream().findFirst();
    }

    /** The project's protocol as readers may see it: published, or {@link ResourceNotFoundException}. */
    public LocalProtocol published(String projectSlug) {
        return find(projectSlug).filter(LocalProtocol::isPublic)
                .orElseThrow(() -> new ResourceNotFoundException("protocol", projectSlug));
    }

    /** The services a published protocol's steps name, by slug (those still in the directory). */
    public Map<String, SupportService> servicesOf(LocalProtocol protocol) {
        return protocol.steps().stream().filter(s -> s.service() != null).map(s -> services.find(s.service()))
                .flatMap(Optional::stream).collect(java.util.stream.Collectors.toMap(SupportService::slug, s -> s, (a, b) -> a));
    }

    /** The protocol of a project whose organization the caller works in (empty: none written yet). */
    public Optional<LocalProtocol> read(String projectSlug) {
        NeighbourhoodProject project = projects.get(projectSlug);
        caller.require(project.organization(), r -> true, "see protocols");
        return find(projectSlug);
    }

    /** What the caller may do with it now. */
    public List<String> actions(LocalProtocol protocol) {
        return protocol.actionsFor(caller.roleIn(projects.get(protocol.projectSlug()).organization()));
    }

    /** Why it cannot be approved or published now. */
    public List<Reason> blockers(LocalProtocol protocol) {
        return protocol.blockers(inDirectory());
    }

    /** Saves the protocol: the first save writes a draft, later ones name the version they started from. */
    @Transactional
    public LocalProtocol save(String projectSlug, Integer version, ProtocolContent content) {
        NeighbourhoodProject project = projects.get(projectSlug);
        Role role = caller.require(project.organization(), Role::mayAuthor, "write protocols");
        LocalProtocol protocol = find(projectSlug).orElse(null);
        if (protocol == null) {
            StaleVersionException.requireCurrent(version == null ? 0 : version, 0, Map::of);
            protocol = new LocalProtocol(projectSlug, project.organization().id(), content, clock.instant());
            em.persist(protocol);
        } else {
            LocalProtocol current = protocol;
            StaleVersionException.requireCurrent(version, protocol.version(), () -> Map.of(
                    "title", String.valueOf(current.title("en")), "status", current.status().code()));
            protocol.revise(content, role, inDirectory(), clock.instant());
        }
        em.flush();
        recorded(protocol, "protocol.saved");
        return protocol;
    }

    /** A workflow step ({@code submit}, {@code approve}, {@code publish}, …), from the version it was decided on. */
    @Transactional
    public LocalProtocol take(String projectSlug, String action, Integer version) {
        NeighbourhoodProject project = projects.get(projectSlug);
        Role role = caller.require(project.organization(), r -> true, "take workflow steps");
        LocalProtocol protocol = find(projectSlug).orElseThrow(() -> new ResourceNotFoundException("protocol", projectSlug));
        StaleVersionException.requireCurrent(version, protocol.version(), () -> Map.of("status", protocol.status().code()));
        protocol.take(action, role, inDirectory(), clock.instant());
        em.flush();
        audit.record(protocol.organizationId(), caller.account().email(), "protocol." + action, "protocol",
                String.valueOf(protocol.id()), projectSlug);
        changed.fire(new PublicContentChanged("protocol:" + projectSlug));
        return protocol;
    }

    public List<ProtocolRevision> revisions(String projectSlug) {
        return read(projectSlug).map(p -> em.createNamedQuery(ProtocolRevision.OF_PROTOCOL, ProtocolRevision.class)
                .setParameter("protocol", p).getResultList()).orElse(List.of());
    }

    /** Records a protocol brought in by the content import, published when it says so and passes the checks. */
    public void add(LocalProtocol protocol, boolean publish) {
        if (publish) {
            protocol.publishImported(inDirectory(), clock.instant());
        }
        em.persist(protocol);
        em.flush();
        em.persist(new ProtocolRevision(protocol, 1, "content import", JSONB.toJson(protocol.content()), clock.instant()));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Predicate<String> inDirectory() {
        return slug -> services.find(slug).isPresent();
    }

    private void recorded(LocalProtocol protocol, String action) {
        long count = em.createQuery("SELECT COUNT(r) FROM ProtocolRevision r WHERE r.protocol = :p", Long.class)
                .setParameter("p", protocol).getSingleResult();
        em.persist(new ProtocolRevision(protocol, (int) count + 1, caller.account().email(),
                JSONB.toJson(protocol.content()), clock.instant()));
        audit.record(protocol.organizationId(), caller.account().email(), action, "protocol",
                String.valueOf(protocol.id()), protocol.projectSlug());
        changed.fire(new PublicContentChanged("protocol:" + protocol.projectSlug()));
    }
}
