package org.hearth.story.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * What a story said after one save: who saved it, when, and its text. Revisions are numbered per
 * story from 1; restoring one makes a new revision. After a consent withdrawal the storyteller's
 * words are purged from history by default, keeping only that the revision existed.
 */
@Entity
@Table(name = "story_revision")
@NamedQuery(name = StoryRevision.FIND_BY_STORY,
        query = "SELECT r FROM StoryRevision r WHERE r.story = :story ORDER BY r.number DESC")
@NamedQuery(name = StoryRevision.FIND_ONE,
        query = "SELECT r FROM StoryRevision r WHERE r.story = :story AND r.number = :number")
@NamedQuery(name = StoryRevision.LAST_NUMBER,
        query = "SELECT COALESCE(MAX(r.number), 0) FROM StoryRevision r WHERE r.story = :story")
public class StoryRevision {

    public static final String FIND_BY_STORY = "StoryRevision.findByStory";
    public static final String FIND_ONE = "StoryRevision.findOne";
    public static final String LAST_NUMBER = "StoryRevision.lastNumber";
    public static final String PURGED = "[removed: the storyteller withdrew their consent]";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "story_id")
    private Story story;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = Story.TITLE_LENGTH)
    private String title;

    @Column(nullable = false, length = Story.SUMMARY_LENGTH)
    private String summary;

    @Lob
    @Column(nullable = false)
    private String body;

    /** Other fields at that save (kind, attribution, codes), as readable text for the diff. */
    @Lob
    private String details;

    @Column(length = 200)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean purged;

    /** Written by the editor's autosave: later autosaves of the same sitting refresh it in place. */
    @Column(nullable = false)
    private boolean autosave;

    protected StoryRevision() {
    }

    /** How long a sitting lasts: autosaves by the same person within it share one revision. */
    public static final Duration SITTING = Duration.ofMinutes(15);

    public StoryRevision(Story story, int number, String author, Instant now) {
        this.story = story;
        this.number = number;
        this.author = author;
        this.createdAt = now;
        capture(story);
    }

    /** An autosave's revision, which later autosaves of the same sitting refresh instead of adding their own. */
    public static StoryRevision autosaved(Story story, int number, String author, Instant now) {
        StoryRevision revision = new StoryRevision(story, number, author, now);
        revision.autosave = true;
        return revision;
    }

    /** Whether an autosave by {@code by} at {@code now} belongs in this revision rather than a new one. */
    public boolean absorbsAutosave(String by, Instant now) {
        return autosave && !purged && by.equals(author) && now.isBefore(createdAt.plus(SITTING));
    }

    /** Takes the story's current text into this autosave revision. */
    public void refresh(Story story) {
        if (!autosave) {
            throw new IllegalStateException("only an autosave revision is refreshed in place");
        }
        capture(story);
    }

    private void capture(Story story) {
        this.title = story.title();
        this.summary = story.summary();
        this.body = story.body();
        this.details = "kind: " + story.kind().code()
                + "\nattribution: " + story.attribution().type().code()
                + (story.attribution().name() == null ? "" : " (" + story.attribution().name() + ")")
                + "\ntopics: " + story.topics().stream().map(Topic::code).toList()
                + "\ncontent notes: " + story.contentNotes().stream().map(ContentNote::code).toList()
                + "\naudiences: " + story.audiences().stream().map(a -> a.code()).toList();
    }

    public void purge() {
        title = PURGED;
        summary = PURGED;
        body = PURGED;
        details = null;
        purged = true;
    }

    /** The content to put back when this revision is restored. */
    public StoryContent content(Story current) {
        return new StoryContent(title, summary, body, current.kind(), current.attribution(),
                java.util.Set.copyOf(current.topics()), java.util.Set.copyOf(current.contentNotes()));
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public String details() {
        return details;
    }

    public String author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isAutosave() {
        return autosave;
    }

    public boolean isPurged() {
        return purged;
    }
}
