package org.hearth.stats.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * How many times one public item was viewed on one day (UTC). The row holds a total and the
 * item's organization, never anything about the readers; it only ever grows by {@link #add}.
 */
@Entity
@Table(name = "daily_count")
@NamedQuery(name = DailyCount.FIND, query = "SELECT c FROM DailyCount c WHERE c.itemType = :type AND c.itemRef = :item AND c.day = :day")
@NamedQuery(name = DailyCount.FOR_ORGANIZATIONS, query = "SELECT c FROM DailyCount c WHERE c.organizationId IN :organizations "
        + "AND c.day >= :from AND c.day <= :to ORDER BY c.itemType, c.itemRef, c.day")
@NamedQuery(name = DailyCount.BETWEEN, query = "SELECT c FROM DailyCount c WHERE c.day >= :from AND c.day <= :to "
        + "ORDER BY c.itemType, c.itemRef, c.day")
public class DailyCount {

    public static final String FIND = "DailyCount.find";
    public static final String FOR_ORGANIZATIONS = "DailyCount.forOrganizations";
    public static final String BETWEEN = "DailyCount.between";
    public static final int ITEM_REF_LENGTH = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_type", nullable = false, length = 20)
    private String itemType;

    /** The item's public id (a story's API id), never a reader's. */
    @Column(name = "item_ref", nullable = false, length = ITEM_REF_LENGTH)
    private String itemRef;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "count_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private long views;

    protected DailyCount() {
    }

    public DailyCount(String itemType, String itemRef, long organizationId, LocalDate day) {
        this.itemType = itemType;
        this.itemRef = itemRef;
        this.organizationId = organizationId;
        this.day = day;
    }

    /** Adds views counted since the last flush; a count never goes down. */
    public void add(long more) {
        if (more < 0) {
            throw new IllegalArgumentException("views are only ever added");
        }
        views += more;
    }

    public String itemType() {
        return itemType;
    }

    public String itemRef() {
        return itemRef;
    }

    public long organizationId() {
        return organizationId;
    }

    public LocalDate day() {
        return day;
    }

    public long views() {
        return views;
    }
}
