package org.hearth.media.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.PublicIds;
import org.hearth.shared.Reason;

/**
 * An image, video, audio file or document in an organization's library. Its type and kind come
 * from its bytes; the public only ever sees its renditions, which carry no metadata, and only
 * while it is ready, not withdrawn, and used by published content. The original upload stays
 * private. Describing it (alt text, transcript, the people it shows and their consents, the
 * safe-imagery check) is what makes it fit to publish: {@link #publicationReasons()} says what is missing.
 * A withdrawal of a consent it depends on takes it down for good: its files go, its row stays as the record.
 */
@Entity
@Table(name = "media_asset")
@NamedQuery(name = MediaAsset.FIND_BY_PUBLIC_ID, query = "SELECT m FROM MediaAsset m WHERE m.publicId = :id")
@NamedQuery(name = MediaAsset.FIND_BY_CONSENT, query = "SELECT m FROM MediaAsset m WHERE :consent MEMBER OF m.consents")
@NamedQuery(name = MediaAsset.FIND_UNFINISHED, query = "SELECT m.id FROM MediaAsset m WHERE m.status = org.hearth.media.entity.MediaStatus.PROCESSING")
public class MediaAsset {

    public static final String FIND_BY_PUBLIC_ID = "MediaAsset.findByPublicId";
    public static final String FIND_BY_CONSENT = "MediaAsset.findByConsent";
    public static final String FIND_UNFINISHED = "MediaAsset.findUnfinished";
    public static final int FILENAME_LENGTH = 160;
    public static final int ALT_LENGTH = 1000;
    public static final int CAPTION_LENGTH = 1000;
    public static final int CREDIT_LENGTH = 300;
    public static final int LICENCE_LENGTH = 300;
    public static final int TRANSCRIPT_LENGTH = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MediaKind kind;

    @Column(name = "media_type", nullable = false, length = 64)
    private String mediaType;

    @Column(nullable = false, length = FILENAME_LENGTH)
    private String filename;

    @Column(nullable = false)
    private long bytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    /** The private original upload's file (its SHA-256), or null once it was deleted. */
    @Column(name = "original_file", length = 64)
    private String originalFile;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MediaStatus status;

    @Column(length = ALT_LENGTH)
    private String alt;

    @Column(nullable = false)
    private boolean decorative;

    @Column(length = CAPTION_LENGTH)
    private String caption;

    @Column(length = CREDIT_LENGTH)
    private String credit;

    @Column(length = LICENCE_LENGTH)
    private String licence;

    @Lob
    @Column
    private String transcript;

    @Column(name = "imagery_checked_by", length = 200)
    private String imageryCheckedBy;

    @Column(name = "imagery_checked_at")
    private Instant imageryCheckedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_rendition", joinColumns = @JoinColumn(name = "asset_id"))
    private List<Rendition> renditions = new ArrayList<>();

    /** Public ids of the consent records of the people this asset shows or names. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_consent", joinColumns = @JoinColumn(name = "asset_id"))
    @Column(name = "consent_ref", length = 32)
    private Set<String> consents = new LinkedHashSet<>();

    /**
     * Set while the asset belongs to something not yet accepted (a youth submission): it stays out of
     * the library's lists and may not be used by content until {@link #release}.
     */
    @Column(name = "held_for", length = 32)
    private String heldFor;

    @Column(name = "created_by", length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected MediaAsset() {
    }

    /** A new upload, stored privately, waiting for its renditions. */
    public MediaAsset(Organization organization, MediaKind kind, String mediaType, String filename, long bytes,
                      String sha256, int width, int height, String createdBy, Instant now) {
        this.publicId = PublicIds.next();
        this.organization = organization;
        this.kind = kind;
        this.mediaType = mediaType;
        this.filename = filename;
        this.bytes = bytes;
        this.sha256 = sha256;
        this.originalFile = sha256;
        this.width = width;
        this.height = height;
        this.status = MediaStatus.PROCESSING;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What staff say about the asset; the imagery check records who confirmed it and when, once. */
    public void describe(MediaDescription d, String actor, Instant now) {
        this.alt = blankToNull(d.alt());
        this.decorative = d.decorative();
        this.caption = blankToNull(d.caption());
        this.credit = blankToNull(d.credit());
        this.licence = blankToNull(d.licence());
        this.transcript = blankToNull(d.transcript());
        this.consents = new LinkedHashSet<>(d.consents());
        if (!d.imageryChecked()) {
            imageryCheckedBy = null;
            imageryCheckedAt = null;
        } else if (imageryCheckedAt == null) {
            imageryCheckedBy = actor;
            imageryCheckedAt = now;
        }
        this.updatedAt = now;
    }

    /** Holds the asset for {@code what} (a submission's id): private to its moderators until released. */
    public void holdFor(String what) {
        this.heldFor = what;
    }

    /** What was held is accepted: the asset is an ordinary library asset from now. */
    public void release(Instant now) {
        this.heldFor = null;
        this.updatedAt = now;
    }

    public String heldFor() {
        return heldFor;
    }

    /** The renditions exist: the asset may be served. */
    public void ready(List<Rendition> made, int width, int height, Instant now) {
        if (withdrawnAt != null) {
            return;
        }
        this.renditions = new ArrayList<>(made);
        if (width > 0) {
            this.width = width;
            this.height = height;
        }
        this.status = MediaStatus.READY;
        this.updatedAt = now;
    }

    /** Video or audio that cannot be stripped here: it stays private until it can. */
    public void awaitTools(Instant now) {
        this.status = MediaStatus.NEEDS_PROCESSING;
        this.updatedAt = now;
    }

    public void failed(Instant now) {
        this.status = MediaStatus.FAILED;
        this.updatedAt = now;
    }

    /** The original was deleted after processing (when originals are not kept). */
    public void forgetOriginal() {
        this.originalFile = null;
    }

    /**
     * A consent it depends on was withdrawn or no longer covers the website: it leaves every public
     * surface for good. Answers the files that are no longer needed (renditions and the original).
     */
    public List<String> withdraw(Instant now) {
        List<String> files = new ArrayList<>(renditions.stream().map(Rendition::file).toList());
        if (originalFile != null) {
            files.add(originalFile);
        }
        renditions.clear();
        originalFile = null;
        withdrawnAt = now;
        updatedAt = now;
        return files;
    }

    /** Whether the public may see it at all (still subject to some published content using it). */
    public boolean isServable() {
        return status == MediaStatus.READY && withdrawnAt == null;
    }

    /**
     * What stops published content from showing this asset, by code: not processed, withdrawn, no
     * alt text on an image that is not decorative, no transcript for video or audio, the
     * safe-imagery check not confirmed. The consents of the people it shows are checked by the
     * library, which can ask the consent component.
     */
    public List<Reason> publicationReasons() {
        List<Reason> reasons = new ArrayList<>();
        String name = "'" + filename + "'";
        if (withdrawnAt != null) {
            reasons.add(Reason.of("media-withdrawn", "the media " + name + " was withdrawn with its consent", filename));
            return reasons;
        }
        if (status != MediaStatus.READY) {
            reasons.add(Reason.of("media-not-ready", "the media " + name + " is not processed yet (" + status.code() + ")",
                    filename, status.code()));
        }
        if (kind == MediaKind.IMAGE && alt == null && !decorative) {
            reasons.add(Reason.of("media-alt-missing", "the image " + name + " has no alt text (or mark it decorative)", filename));
        }
        if ((kind == MediaKind.VIDEO || kind == MediaKind.AUDIO) && transcript == null) {
            reasons.add(Reason.of("media-transcript-missing", "the " + kind.code() + " " + name + " has no transcript", filename));
        }
        if ((kind == MediaKind.IMAGE || kind == MediaKind.VIDEO) && imageryCheckedAt == null) {
            reasons.add(Reason.of("media-imagery-unchecked",
                    "nobody has confirmed the safe-imagery checklist for " + name, filename));
        }
        return reasons;
    }

    public Optional<Rendition> rendition(String name) {
        return renditions.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The files this row names (renditions and the private original), for the orphan sweep. */
    public List<String> files() {
        List<String> files = new ArrayList<>(renditions.stream().map(Rendition::file).toList());
        if (originalFile != null) {
            files.add(originalFile);
        }
        return files;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() { return id; }
    public String publicId() { return publicId; }
    public Organization organization() { return organization; }
    public MediaKind kind() { return kind; }
    public String mediaType() { return mediaType; }
    public String filename() { return filename; }
    public long bytes() { return bytes; }
    public String sha256() { return sha256; }
    public Optional<String> originalFile() { return Optional.ofNullable(originalFile); }
    public int width() { return width; }
    public int height() { return height; }
    public MediaStatus status() { return status; }
    public String alt() { return alt; }
    public boolean decorative() { return decorative; }
    public String caption() { return caption; }
    public String credit() { return credit; }
    public String licence() { return licence; }
    public String transcript() { return transcript; }
    public String imageryCheckedBy() { return imageryCheckedBy; }
    public Instant imageryCheckedAt() { return imageryCheckedAt; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public List<Rendition> renditions() { return List.copyOf(renditions); }
    public Set<String> consents() { return Set.copyOf(consents); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }

    /** Whether it depends on any of these consents. */
    public boolean dependsOnAny(Collection<String> consentIds) {
        return consentIds.stream().anyMatch(consents::contains);
    }
}
