package org.hearth.checks.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.checks.Severity;
import org.hearth.checks.TerminologyEntry;
import org.hearth.checks.TerminologyLoader;
import org.hearth.checks.entity.TerminologyTerm;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.ResourceNotFoundException;

/**
 * Each organization's terminology list for the pre-publish checks. Until an organization saves
 * its own, it uses the seed list (discouraged terms from survivor-informed guidance, in English and French).
 * Adding, revising or removing one term starts from the list in use, so the first edit keeps the
 * seed's terms. Editors and admins change it.
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

    /**
     * The discouraged terms of {@code organization}'s list found in {@code text} (a kit's text
     * item, say), each as the checks panel words it in {@code locale}; empty when none. Advice for
     * the editor, as for stories: a quoted word can be right, so nothing here refuses publication.
     */
    public List<String> discouragedIn(Organization organization, String title, String text, java.util.Locale locale) {
        return new org.hearth.checks.PrePublishChecks().run(new org.hearth.checks.CheckedText(title, null, text, null, List.of(), 0),
                        of(organization), locale).stream()
                .filter(c -> org.hearth.checks.Check.DISCOURAGED_TERM.equals(c.code())).map(org.hearth.checks.Check::message).toList();
    }

    public List<TerminologyEntry> of(Organization organization) {
        List<TerminologyEntry> own = em.createNamedQuery(TerminologyTerm.FIND_BY_ORGANIZATION, TerminologyTerm.class)
                .setParameter("organization", organization.id()).getResultStream().map(TerminologyTerm::entry).toList();
        return own.isEmpty() ? SEED : own;
    }

    /** Replaces the organization's list (editors and admins); an empty list goes back to the seed. */
    @Transactional
    public List<TerminologyEntry> replace(Organization organization, List<TerminologyEntry> entries) {
        caller.require(organization, Role::mayEdit, "edit the terminology list");
        return store(organization, entries, entries.size() + " terms");
    }

    /** Adds a term to the list in use; the same term twice in one language is refused. */
    @Transactional
    public TerminologyEntry add(Organization organization, String term, String suggestion, String note,
                                boolean headlineOnly, Severity severity, String lang) {
        caller.require(organization, Role::mayEdit, "edit the terminology list");
        TerminologyEntry entry = entry(term, suggestion, note, headlineOnly, severity, lang);
        List<TerminologyEntry> entries = new ArrayList<>(of(organization));
        if (entries.stream().anyMatch(e -> e.sameTermAs(entry.term(), entry.lang()))) {
            throw new InvalidInputException("term", "'" + entry.term() + "' is already on the list");
        }
        entries.add(entry);
        store(organization, entries, "added " + entry.lang() + ": " + entry.term());
        return entry;
    }

    /** Changes what the list says about a term (its suggestion, reason, where and how strongly it is flagged). */
    @Transactional
    public TerminologyEntry revise(Organization organization, String term, String lang, String suggestion, String note,
                                   boolean headlineOnly, Severity severity) {
        caller.require(organization, Role::mayEdit, "edit the terminology list");
        List<TerminologyEntry> entries = new ArrayList<>(of(organization));
        int index = indexOf(entries, term, lang);
        TerminologyEntry revised = entry(entries.get(index).term(), suggestion, note, headlineOnly, severity, lang);
        entries.set(index, revised);
        store(organization, entries, "revised " + revised.lang() + ": " + revised.term());
        return revised;
    }

    /** Takes a term off the list in use (removing the very last one goes back to the seed list). */
    @Transactional
    public void remove(Organization organization, String term, String lang) {
        caller.require(organization, Role::mayEdit, "edit the terminology list");
        List<TerminologyEntry> entries = new ArrayList<>(of(organization));
        TerminologyEntry removed = entries.remove(indexOf(entries, term, lang));
        store(organization, entries, "removed " + removed.lang() + ": " + removed.term());
    }

    private List<TerminologyEntry> store(Organization organization, List<TerminologyEntry> entries, String detail) {
        em.createNamedQuery(TerminologyTerm.FIND_BY_ORGANIZATION, TerminologyTerm.class)
                .setParameter("organization", organization.id()).getResultList().forEach(em::remove);
        for (int i = 0; i < entries.size(); i++) {
            em.persist(new TerminologyTerm(organization.id(), i, entries.get(i)));
        }
        audit.record(organization.id(), caller.account().email(), "terminology.replaced", "terminology",
                organization.slug(), detail);
        return entries.isEmpty() ? SEED : entries;
    }

    private static int indexOf(List<TerminologyEntry> entries, String term, String lang) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).sameTermAs(term, lang)) {
                return i;
            }
        }
        throw new ResourceNotFoundException("term", term);
    }

    private static TerminologyEntry entry(String term, String suggestion, String note, boolean headlineOnly,
                                          Severity severity, String lang) {
        if (term == null || term.isBlank()) {
            throw new InvalidInputException("term", "is required");
        }
        try {
            return new TerminologyEntry(term, suggestion, note, headlineOnly, severity, lang);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("term", e.getMessage());
        }
    }
}
