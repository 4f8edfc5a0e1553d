package org.hearth.consent.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What came down from public view because a consent was withdrawn or expired, and when: the
 * record editors and storytellers see on the takedown dashboard, and the list partners are told about.
 */
@Entity
@Table(name = "takedown")
@NamedQuery(name = Takedown.FIND_BY_CONSENT, query = "SELECT t FROM Takedown t WHERE t.consent = :consent ORDER BY t.at DESC")
@NamedQuery(name = Takedown.FIND_BY_ORGANIZATIONS, query = "SELECT t FROM Takedown t JOIN FETCH t.consent"
        + " WHERE t.organizationId IN :organizations AND t.id < :before ORDER BY t.id DESC")
public class Takedown {

    public static final String FIND_BY_CONSENT = "Takedown.findByConsent";
    public static final String FIND_BY_ORGANIZATIONS = "Takedown.findByOrganizations";

    /** Why content came down. */
    public enum Reason { WITHDRAWAL, EXPIRY, AMENDMENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "consent_id")
    private ConsentRecord consent;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reason reason;

    @Column(nullable = false, length = 20)
    private String scope;

    @Column(length = 200)
    private String channels;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "takedown_item", joinColumns = @JoinColumn(name = "takedown_id"))
    @OrderColumn(name = "position")
    private List<TakedownItem> removed = new ArrayList<>();

    protected Takedown() {
    }

    public Takedown(ConsentRecord consent, Reason reason, String scope, String channels, String actor,
                    List<TakedownItem> removed, Instant at) {
        this.publicId = org.hearth.shared.PublicIds.next();
        this.consent = consent;
        this.organizationId = consent.organization().id();
        this.reason = reason;
        this.scope = scope;
        this.channels = channels;
        this.actor = actor;
        this.removed = new ArrayList<>(removed);
        this.at = at;
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public ConsentRecord consent() {
        return consent;
    }

    public Reason reason() {
        return reason;
    }

    public String scope() {
        return scope;
    }

    public String channels() {
        return channels;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public List<TakedownItem> removed() {
        return List.copyOf(removed);
    }
}
