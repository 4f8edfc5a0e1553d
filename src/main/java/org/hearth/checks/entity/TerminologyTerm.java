package org.hearth.checks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hearth.checks.Severity;
import org.hearth.checks.TerminologyEntry;

/** One entry of an organization's terminology list, as stored. */
@Entity
@Table(name = "terminology_term")
@NamedQuery(name = TerminologyTerm.FIND_BY_ORGANIZATION,
        query = "SELECT t FROM TerminologyTerm t WHERE t.organizationId = :organization ORDER BY t.position")
public class TerminologyTerm {

    public static final String FIND_BY_ORGANIZATION = "TerminologyTerm.findByOrganization";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TerminologyEntry.TERM_LENGTH)
    private String term;

    @Column(length = TerminologyEntry.SUGGESTION_LENGTH)
    private String suggestion;

    @Column(length = TerminologyEntry.NOTE_LENGTH)
    private String note;

    @Column(name = "headline_only", nullable = false)
    private boolean headlineOnly;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

    @Column(nullable = false, length = 8)
    private String lang;

    /** Staff edit the list: two saves at once conflict (409) rather than both removing and re-adding it. */
    @Version
    private int version;

    protected TerminologyTerm() {
    }

    public TerminologyTerm(Long organizationId, int position, TerminologyEntry entry) {
        this.organizationId = organizationId;
        this.position = position;
        this.term = entry.term();
        this.suggestion = entry.suggestion();
        this.note = entry.note();
        this.headlineOnly = entry.headlineOnly();
        this.severity = entry.severity();
        this.lang = entry.lang();
    }

    public TerminologyEntry entry() {
        return new TerminologyEntry(term, suggestion, note, headlineOnly, severity, lang);
    }
}
