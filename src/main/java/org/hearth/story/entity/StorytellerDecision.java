package org.hearth.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hearth.shared.PublicIds;

/**
 * A storyteller's approval or rejection of one exact version of a story (its title, summary,
 * body and attribution, held as a fingerprint). Any later change to those needs a new approval.
 */
@Entity
@Table(name = "storyteller_approval")
@NamedQuery(name = StorytellerDecision.LATEST,
        query = "SELECT d FROM StorytellerDecision d WHERE d.story = :story ORDER BY d.recordedAt DESC, d.id DESC")
public class StorytellerDecision {

    public static final String LATEST = "StorytellerDecision.latest";

    /** What the storyteller said. */
    public enum Decision { APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "story_id")
    private Story story;

    @Column(name = "story_version", nullable = false)
    private int storyVersion;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision decision;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 200)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected StorytellerDecision() {
    }

    public StorytellerDecision(Story story, Decision decision, String note, String recordedBy, Instant now) {
        this.publicId = PublicIds.next();
        this.story = story;
        this.storyVersion = story.version();
        this.contentHash = story.fingerprint();
        this.decision = decision;
        this.note = note == null || note.length() <= 2000 ? note : note.substring(0, 2000);
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    /** Whether this is an approval of exactly what {@code story} says now. */
    public boolean approves(Story current) {
        return decision == Decision.APPROVED && contentHash.equals(current.fingerprint());
    }

    public String publicId() {
        return publicId;
    }

    public int storyVersion() {
        return storyVersion;
    }

    public Decision decision() {
        return decision;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
