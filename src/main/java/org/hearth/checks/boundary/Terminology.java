package org.hearth.checks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.checks.TerminologyEntry;
import org.hearth.checks.TerminologyLoader;
import org.hearth.checks.entity.TerminologyTerm;
import org.hearth.organization.entity.Organization;

/**
 * Each organization's terminology list for the pre-publish checks. Until an organization saves
 * its own, it uses the seed list (discouraged terms from survivor-informed guidance, in English and French).
 */
@ApplicationScoped
public class Terminology {

    private static final List<TerminologyEntry> SEED = TerminologyLoader.seed();

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public List<TerminologyEntry> of(Organization organization) {
        List<TerminologyEntry> own = em.createNamedQuery(TerminologyTerm.FIND_BY_ORGANIZATION, TerminologyTerm.class)
                .setParameter("organization", organization.id()).getResultStream().map(TerminologyTerm::entry).toList();
        return own.isEmpty() ? SEED : own;
    }

    /** Replaces the organization's list (editors and admins); an empty list goes back to the seed. */
    @Transactional
    public List<TerminologyEntry> replace(Organization organization, List<TerminologyEntry> entries) {
        caller.require(organization, Role::mayEdit, "edit the terminology list");
        em.createNamedQuery(TerminologyTerm.FIND_BY_ORGANIZATION, TerminologyTerm.class)
                .setParameter("organization", organization.id()).getResultList().forEach(em::remove);
        for (int i = 0; i < entries.size(); i++) {
            em.persist(new TerminologyTerm(organization.id(), i, entries.get(i)));
        }
        audit.record(organization.id(), caller.account().email(), "terminology.replaced", "terminology",
                organization.slug(), entries.size() + " terms");
        return entries.isEmpty() ? SEED : entries;
    }
}
