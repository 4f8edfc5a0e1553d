package org.hearth.submission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The version of an organization's own distress list (its {@link DistressPhrase} rows): saving the
 * list starts from the version it was read at, so two admins saving at once get an edit conflict
 * instead of one list silently replacing the other. No row means the list shipped with Hearth,
 * at version 0.
 */
@Entity
@Table(name = "distress_list")
@NamedQuery(name = DistressList.FIND_BY_ORGANIZATION,
        query = "SELECT l FROM DistressList l WHERE l.organizationId = :organization")
public class DistressList {

    public static final String FIND_BY_ORGANIZATION = "DistressList.findByOrganization";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, unique = true)
    private Long organizationId;

    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private int version;

    protected DistressList() {
    }

    public DistressList(Long organizationId, String by, Instant at) {
        this.organizationId = organizationId;
        changed(by, at);
    }

    /** Someone saved the list: the version moves on with this change. */
    public void changed(String by, Instant at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    public int version() { return version; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
