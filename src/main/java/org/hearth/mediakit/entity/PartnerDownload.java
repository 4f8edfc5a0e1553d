package org.hearth.mediakit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hearth.organization.entity.Organization;

/**
 * A download by a member of another organization (a partner), kept so that a withdrawal can tell
 * that organization which item to stop using. Readers who are not signed in leave no trace.
 */
@Entity
@Table(name = "media_kit_partner_download")
@NamedQuery(name = PartnerDownload.BY_KIT, query = "SELECT d FROM PartnerDownload d WHERE d.kit = :kit ORDER BY d.id")
public class PartnerDownload {

    public static final String BY_KIT = "PartnerDownload.byKit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "kit_id")
    private MediaKit kit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(name = "account_email", nullable = false, length = 254)
    private String email;

    @Column(name = "downloaded_at", nullable = false)
    private Instant at;

    protected PartnerDownload() {
    }

    public PartnerDownload(MediaKit kit, Organization organization, String email, Instant at) {
        this.kit = kit;
        this.organization = organization;
        this.email = email;
        this.at = at;
    }

    public MediaKit kit() { return kit; }
    public Organization organization() { return organization; }
    public String email() { return email; }
    public Instant at() { return at; }
}
