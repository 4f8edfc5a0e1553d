package org.hearth.submission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One phrase of an organization's own distress list: words in a submission that may mean the
 * young person is in danger or disclosing harm. A match shows help on their status page and flags
 * the submission for escalation; it never refuses anything.
 */
@Entity
@Table(name = "distress_phrase")
@NamedQuery(name = DistressPhrase.FIND_BY_ORGANIZATION,
        query = "SELECT p FROM DistressPhrase p WHERE p.organizationId = :organization ORDER BY p.phrase")
@NamedQuery(name = DistressPhrase.DELETE_BY_ORGANIZATION,
        query = "DELETE FROM DistressPhrase p WHERE p.organizationId = :organization")
public class DistressPhrase {

    public static final String FIND_BY_ORGANIZATION = "DistressPhrase.findByOrganization";
    public static final String DELETE_BY_ORGANIZATION = "DistressPhrase.deleteByOrganization";
    public static final int LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(nullable = false, length = LENGTH)
    private String phrase;

    protected DistressPhrase() {
    }

    public DistressPhrase(Long organizationId, String phrase) {
        this.organizationId = organizationId;
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }
}
