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
import org.hearth.audit.entity.AuditEvent;

/**
 * Writes audit events in the caller's transaction (so an event exists exactly when what it
 * describes happened) and reads them back for organization admins.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

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
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEvent e WHERE 1 = 1");
        if (organizations != null) {
            jpql.append(" AND e.organizationId IN :organizations");
        }
        if (targetType != null) {
            jpql.append(" AND e.targetType = :targetType");
        }
        if (actor != null) {
            jpql.append(" AND e.actor = :actor");
        }
        if (from != null) {
            jpql.append(" AND e.at >= :from");
        }
        if (to != null) {
            jpql.append(" AND e.at < :to");
        }
        if (beforeId != null) {
            jpql.append(" AND e.id < :beforeId");
        }
        TypedQuery<AuditEvent> query = em.createQuery(jpql.append(" ORDER BY e.id DESC").toString(), AuditEvent.class);
        if (organizations != null) {
            query.setParameter("organizations", organizations.isEmpty() ? List.of(-1L) : List.copyOf(organizations));
        }
        if (targetType != null) {
            query.setParameter("targetType", targetType);
        }
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        if (beforeId != null) {
            query.setParameter("beforeId", beforeId);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
