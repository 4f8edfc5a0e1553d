package org.hearth.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An asset used by a story or a kit, in a role ({@code hero}, {@code inline}, {@code item}), and
 * whether that user is public now. Kept by the media component on its users' word, so it can
 * answer "does published content use this asset?" on every request without knowing them.
 */
@Entity
@Table(name = "media_use")
@NamedQuery(name = MediaUse.BY_OWNER, query = "SELECT u FROM MediaUse u WHERE u.ownerType = :type AND u.ownerId = :owner")
@NamedQuery(name = MediaUse.BY_ASSET, query = "SELECT u FROM MediaUse u WHERE u.asset = :asset ORDER BY u.id")
@NamedQuery(name = MediaUse.PUBLIC_COUNT, query = "SELECT COUNT(u) FROM MediaUse u WHERE u.asset = :asset AND u.publicUse = TRUE")
public class MediaUse {

    public static final String BY_OWNER = "MediaUse.byOwner";
    public static final String BY_ASSET = "MediaUse.byAsset";
    public static final String PUBLIC_COUNT = "MediaUse.publicCount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "asset_id")
    private MediaAsset asset;

    @Column(name = "owner_type", nullable = false, length = 16)
    private String ownerType;

    @Column(name = "owner_id", nullable = false, length = 32)
    private String ownerId;

    @Column(nullable = false, length = 16)
    private String role;

    @Column(name = "public_use", nullable = false)
    private boolean publicUse;

    /** How staff know the user (a story's title), kept here so the library need not ask its users. */
    @Column(length = 300)
    private String label;

    protected MediaUse() {
    }

    public MediaUse(MediaAsset asset, String ownerType, String ownerId, String label, String role, boolean publicUse) {
        this.label = label;
        this.asset = asset;
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.role = role;
        this.publicUse = publicUse;
    }

    public void relabel(String label) {
        this.label = label;
    }

    public String label() {
        return label == null ? ownerId : label;
    }

    public void makePublic(boolean nowPublic) {
        this.publicUse = nowPublic;
    }

    public MediaAsset asset() {
        return asset;
    }

    public String ownerType() {
        return ownerType;
    }

    public String ownerId() {
        return ownerId;
    }

    public String role() {
        return role;
    }

    public boolean isPublic() {
        return publicUse;
    }
}
