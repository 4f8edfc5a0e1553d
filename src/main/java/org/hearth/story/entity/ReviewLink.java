package org.hearth.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hearth.account.entity.AccessToken;
import org.hearth.shared.PublicIds;

/**
 * A private link through which a storyteller (or their advocate) reviews a story without an
 * account: random (256 bits, stored only as a hash), expiring, revocable, and every use is logged.
 * It shows the version current when it is opened and records their decision on exactly that version.
 */
@Entity
@Table(name = "review_link")
@NamedQuery(name = ReviewLink.FIND_BY_HASH, query = "SELECT l FROM ReviewLink l JOIN FETCH l.story WHERE l.tokenHash = :hash")
@NamedQuery(name = ReviewLink.FIND_BY_STORY, query = "SELECT l FROM ReviewLink l WHERE l.story = :story ORDER BY l.createdAt DESC")
public class ReviewLink {

    public static final String FIND_BY_HASH = "ReviewLink.findByHash";
    public static final String FIND_BY_STORY = "ReviewLink.findByStory";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "story_id")
    private Story story;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ReviewLink() {
    }

    public ReviewLink(String token, Story story, String createdBy, Instant now, Duration lifetime) {
        this.publicId = PublicIds.next();
        this.tokenHash = AccessToken.hash(token);
        this.story = story;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void used(Instant now) {
        lastUsedAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String publicId() {
        return publicId;
    }

    public Story story() {
        return story;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
