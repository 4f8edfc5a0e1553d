package org.hearth.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import jakarta.inject.Inject;
import org.hearth.audit.entity.AuditEvent;
import org.hearth.shared.NotPermittedException;

/**
 * Writes audit events in the caller's transaction (so an event exists exactly when what it
 * describes happened) and reads them back for organization admins.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditReaders readers;

    private final Clock clock = Clock.systemUTC();

    /**
     * The caller's view of the log, filtered as given: the organizations they administer (in a
     * studio session, the one it works in); refused for everyone else.
     */
    public AuditQuery queryForCaller(String entity, String actor, String action, String from, String to) {
        List<Long> organizations = readers.readableByCaller();
        if (organizations.isEmpty()) {
            throw new NotPermittedException("Only organization admins may read the audit log.");
        }
        return AuditQuery.parse(organizations, entity, actor, action, from, to);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Long organizationId, String actor, String action, String targetType, String targetId, String detail) {
        em.persist(new AuditEvent(organizationId, actor, action, targetType, targetId, detail, clock.instant()));
    }

    /** The history of one thing (a consent, a story), newest first. */
    public List<AuditEvent> about(String targetType, String targetId, int limit) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.targetType = :type AND e.targetId = :id ORDER BY e.id DESC",
                        AuditEvent.class)
                .setParameter("type", targetType).setParameter("id", targetId).setMaxResults(limit).getResultList();
    }

    /** Events in these organizations (all when null), newest first, filtered as given (nulls ignored). */
    public List<AuditEvent> find(Collection<Long> organizations, String targetType, String actor, Instant from, Instant to,
                                 Long beforeId, int limit) {
        return find(new AuditQuery(organizations, targetType, actor, null, from, to), beforeId, limit);
    }

    /**
     * One page of the events {@code query} selects, newest first, older than event {@code beforeId}
     * when given: a keyset page, so reading far back never loads what came before.
     */
    public List<AuditEvent> find(AuditQuery query, Long beforeId, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE 1 = 1");
        if (query.organizations() != null) {
            jpql.append(" AND e.organizationId IN :organizations");
        }
        if (query.entity() != null) {
            jpql.append(" AND e.targetType = :targetType");
        }
        if (query.actor() != null) {
            jpql.append(" AND e.actor = :actor");
        }
        if (query.action() != null) {
            jpql.append(" AND (e.action = :action OR e.action LIKE :family ESCAPE '!')");
        }
        if (query.from() != null) {
            jpql.append(" AND e.at >= :from");
        }
        if (query.to() != null) {
            jpql.append(" AND e.at < :to");
        }
        if (beforeId != null) {
            jpql.append(" AND e.id < :beforeId");
        }
        TypedQuery<AuditEvent> typed = em.createQuery(jpql.append(" ORDER BY e.id DESC").toString(), AuditEvent.class);
        if (query.organizations() != null) {
            typed.setParameter("organizations", query.organizations().isEmpty() ? List.of(-1L) : List.copyOf(query.organizations()));
        }
        if (query.entity() != null) {
            typed.setParameter("targetType", query.entity());
        }
        if (query.actor() != null) {
            typed.setParameter("actor", query.actor());
        }
        if (query.action() != null) {
            typed.setParameter("action", query.action());
            typed.setParameter("family", query.action().replace("!", "!!").replace("%", "!%").replace("_", "!_") + ".%");
        }
        if (query.from() != null) {
            typed.setParameter("from", query.from());
        }
        if (query.to() != null) {
            typed.setParameter("to", query.to());
        }
        if (beforeId != null) {
            typed.setParameter("beforeId", beforeId);
        }
        return typed.setMaxResults(limit).getResultList();
    }
}
