package org.hearth.consent.entity;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.PublicIds;
import org.hearth.shared.Reason;
import org.hearth.shared.RuleViolationException;

/**
 * A storyteller's consent: what may be published about them, where, in which languages and for
 * which audiences, how they may be identified, and until when. There is no "forever": every
 * consent expires, and the storyteller may withdraw it — fully or one channel at a time — at any
 * moment without giving a reason. Anything that depends on a consent is public only while the
 * consent covers it ({@link #coverageProblems}).
 *
 * <p>The storyteller is named by a pseudonymous reference only; a legal name never goes here.
 */
@Entity
@Table(name = "consent_record")
@NamedQuery(name = ConsentRecord.FIND_WITH_EVIDENCE, query = "SELECT c FROM ConsentRecord c WHERE c.evidenceSize IS NOT NULL")
@NamedQuery(name = ConsentRecord.FIND_BY_PUBLIC_ID, query = "SELECT c FROM ConsentRecord c WHERE c.publicId = :id")
@NamedQuery(name = ConsentRecord.FIND_BY_ORGANIZATIONS,
        query = "SELECT c FROM ConsentRecord c WHERE c.organization.id IN :organizations ORDER BY c.expiresOn")
@NamedQuery(name = ConsentRecord.FIND_EXPIRED,
        query = "SELECT c FROM ConsentRecord c WHERE c.expiresOn < :today AND c.expiredAt IS NULL AND c.withdrawnAt IS NULL")
@NamedQuery(name = ConsentRecord.FIND_EXPIRING,
        query = "SELECT c FROM ConsentRecord c WHERE c.expiresOn <= :horizon AND c.expiresOn >= :today"
                + " AND c.expiryWarnedAt IS NULL AND c.withdrawnAt IS NULL")
public class ConsentRecord {

    public static final String FIND_BY_PUBLIC_ID = "ConsentRecord.findByPublicId";
    public static final String FIND_WITH_EVIDENCE = "ConsentRecord.findWithEvidence";
    public static final String FIND_EXPIRED = "ConsentRecord.findExpired";
    public static final String FIND_BY_ORGANIZATIONS = "ConsentRecord.findByOrganizations";
    public static final String FIND_EXPIRING = "ConsentRecord.findExpiring";
    public static final int TEXT_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false, length = TEXT_LENGTH)
    private String storyteller;

    /** The storyteller is a child identified as a victim: changed name and no identifying image, always. */
    @Column(name = "storyteller_minor", nullable = false)
    private boolean storytellerMinor;

    @Column(name = "obtained_by", nullable = false, length = TEXT_LENGTH)
    private String obtainedBy;

    @Column(name = "obtained_on", nullable = false)
    private LocalDate obtainedOn;

    @Column(nullable = false, length = 16)
    private String language;

    @Column(length = TEXT_LENGTH)
    private String interpreter;

    @Column(name = "channel_website", nullable = false)
    private boolean website;

    @Column(name = "channel_social", nullable = false)
    private boolean socialMedia;

    @Column(name = "channel_media_kits", nullable = false)
    private boolean mediaKits;

    @Column(name = "channel_print", nullable = false)
    private boolean print;

    @Column(name = "channel_press", nullable = false)
    private boolean press;

    @Column(name = "channel_training", nullable = false)
    private boolean training;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_name", nullable = false, length = 20)
    private NameLevel nameLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_face", nullable = false, length = 20)
    private FaceLevel faceLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_voice", nullable = false, length = 20)
    private VoiceLevel voiceLevel;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_language", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "lang", length = 16)
    private Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consent_audience", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "audience_code", length = 40)
    private Set<String> audiences = new HashSet<>();

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Lob
    @Column(name = "withheld_details")
    private String withheldDetails;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Descriptor descriptor;

    @Enumerated(EnumType.STRING)
    @Column(name = "compensation_status", nullable = false, length = 20)
    private CompensationStatus compensationStatus;

    @Column(name = "compensation_note", length = 1000)
    private String compensationNote;

    /** The storyteller's real identity, encrypted: never in the API's consent JSON, every reading audited. */
    @Lob
    @Column(name = "identity_sealed")
    private String identitySealed;

    @Column(name = "evidence_type", length = 100)
    private String evidenceType;

    @Column(name = "evidence_name", length = 200)
    private String evidenceName;

    @Column(name = "evidence_size")
    private Long evidenceSize;

    @Column(name = "evidence_file", length = 80)
    private String evidenceFile;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "partially_withdrawn_at")
    private Instant partiallyWithdrawnAt;

    @Column(name = "expired_at")
    private Instant expiredAt;

    @Column(name = "expiry_warned_at")
    private Instant expiryWarnedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected ConsentRecord() {
    }

    public ConsentRecord(Organization organization, ConsentTerms terms, Instant now) {
        this.publicId = PublicIds.next();
        this.organization = organization;
        this.createdAt = now;
        amend(terms, now);
    }

    /**
     * Records new terms (a correction, or the storyteller changing their mind). A withdrawn consent
     * cannot be revived: the storyteller gives a new one instead.
     */
    public final void amend(ConsentTerms terms, Instant now) {
        if (withdrawnAt != null) {
            throw new RuleViolationException("consent-withdrawn", "This consent was withdrawn; record a new one instead.");
        }
        this.storyteller = terms.storyteller();
        this.storytellerMinor = terms.storytellerMinor();
        this.obtainedBy = terms.obtainedBy();
        this.obtainedOn = terms.obtainedOn();
        this.language = terms.language();
        this.interpreter = terms.interpreter();
        Set<Channel> channels = terms.channels();
        this.website = channels.contains(Channel.WEBSITE);
        this.socialMedia = channels.contains(Channel.SOCIAL_MEDIA);
        this.mediaKits = channels.contains(Channel.MEDIA_KITS);
        this.print = channels.contains(Channel.PRINT);
        this.press = channels.contains(Channel.PRESS);
        this.training = channels.contains(Channel.TRAINING);
        this.nameLevel = terms.name();
        this.faceLevel = terms.face();
        this.voiceLevel = terms.voice();
        this.languages = new HashSet<>(terms.languages());
        this.audiences = new HashSet<>(terms.audiences());
        this.expiresOn = terms.expiresOn();
        this.withheldDetails = terms.withheldDetails();
        this.descriptor = terms.descriptor();
        this.compensationStatus = terms.compensation();
        this.compensationNote = terms.compensationNote();
        this.updatedAt = now;
        if (expiredAt != null && !expiresOn.isBefore(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))) {
            // Renewed: the storyteller agreed to a new expiry date.
            expiredAt = null;
            expiryWarnedAt = null;
        }
    }

    /** Keeps the storyteller's real identity, already encrypted by the caller. */
    public void recordIdentity(String sealed) {
        this.identitySealed = sealed;
    }

    public String identitySealed() {
        return identitySealed;
    }

    /**
     * Notes that an evidence file (stored encrypted elsewhere, under {@code file}) belongs to this
     * consent. Each upload has its own file name, so the file an earlier committed state names is
     * never overwritten; the caller removes it once this change commits.
     */
    public void attachEvidence(String type, String name, long size, String file, Instant now) {
        this.evidenceType = type;
        this.evidenceName = name;
        this.evidenceSize = size;
        this.evidenceFile = file;
        this.updatedAt = now;
    }

    /** The stored evidence file's name, when there is one (rows from before V11 used the public id). */
    public Optional<String> evidenceFile() {
        if (!hasEvidence()) {
            return Optional.empty();
        }
        return Optional.of(evidenceFile != null ? evidenceFile : publicId + ".sealed");
    }

    public boolean hasEvidence() {
        return evidenceSize != null;
    }

    public String evidenceType() {
        return evidenceType;
    }

    public String evidenceName() {
        return evidenceName;
    }

    public Long evidenceSize() {
        return evidenceSize;
    }

    /** Withdraws everything, at once and for good. */
    public void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
            updatedAt = now;
        }
    }

    /** Withdraws some channels and keeps the rest. */
    public void withdrawChannels(Collection<Channel> channels, Instant now) {
        if (channels == null || channels.isEmpty()) {
            throw new InvalidInputException("channels", "name at least one channel to withdraw");
        }
        if (withdrawnAt != null) {
            throw new RuleViolationException("consent-withdrawn", "This consent is already fully withdrawn.");
        }
        channels.forEach(channel -> setChannel(channel, false));
        partiallyWithdrawnAt = now;
        updatedAt = now;
    }

    /** Marks the consent as run out; the takedown itself is done by whoever calls this. */
    public void expire(Instant now) {
        if (expiredAt == null) {
            expiredAt = now;
            updatedAt = now;
        }
    }

    public void warnedOfExpiry(Instant now) {
        expiryWarnedAt = now;
    }

    /** Whether this consent lets anything be public on {@code day}. */
    public boolean isValidOn(LocalDate day) {
        return withdrawnAt == null && expiredAt == null && !day.isAfter(expiresOn);
    }

    /**
     * Why content in {@code lang} for {@code audienceCodes} may not be on the website on {@code day}
     * under this consent; empty when it may.
     */
    public List<String> coverageProblems(String lang, Collection<String> audienceCodes, LocalDate day) {
        return coverageReasons(lang, audienceCodes, day).stream().map(Reason::english).toList();
    }

    /** Reason code: the storyteller withdrew this consent. */
    public static final String WITHDRAWN = "consent-withdrawn";
    /** Reason code: the consent ran out (its end date passed, or the scheduler expired it). */
    public static final String EXPIRED = "consent-expired";
    /** Reason code: the consent does not (or no longer) cover the website at all. */
    public static final String NOT_WEBSITE = "consent-not-website";

    /**
     * Why nothing under this consent may be on the website on {@code day} (withdrawn, expired, the
     * website channel not given), whatever its language or audience: the rule for the media showing the person.
     */
    public List<Reason> websiteReasons(LocalDate day) {
        List<Reason> problems = new ArrayList<>();
        if (withdrawnAt != null) {
            problems.add(Reason.of(WITHDRAWN, "the consent was withdrawn"));
        } else if (!isValidOn(day)) {
            problems.add(Reason.of(EXPIRED, "the consent expired on " + expiresOn, expiresOn));
        }
        if (!website) {
            problems.add(Reason.of(NOT_WEBSITE, "the consent does not cover the website"));
        }
        return problems;
    }

    /** Reason code: the consent does not (or no longer) cover a channel other than the website (media kits, …). */
    public static final String NOT_CHANNEL = "consent-not-channel";

    /**
     * Why nothing under this consent may appear through {@code channel} on {@code day} (withdrawn,
     * expired, that channel not given): the rule for an asset in a media kit, say. For the website
     * it is {@link #websiteReasons}.
     */
    public List<Reason> channelReasons(LocalDate day, Channel channel) {
        if (channel == Channel.WEBSITE) {
            return websiteReasons(day);
        }
        List<Reason> problems = new ArrayList<>();
        if (withdrawnAt != null) {
            problems.add(Reason.of(WITHDRAWN, "the consent was withdrawn"));
        } else if (!isValidOn(day)) {
            problems.add(Reason.of(EXPIRED, "the consent expired on " + expiresOn, expiresOn));
        }
        if (!has(channel)) {
            problems.add(Reason.of(NOT_CHANNEL, "the consent does not cover " + channel.code(), channel.code()));
        }
        return problems;
    }

    /** {@link #coverageProblems} with their codes, for readers in other languages. */
    public List<Reason> coverageReasons(String lang, Collection<String> audienceCodes, LocalDate day) {
        List<Reason> problems = websiteReasons(day);
        if (!languages.contains(lang) && !languages.contains(lang.split("-")[0])) {
            problems.add(Reason.of("consent-not-language", "the consent does not cover the language '" + lang + "'", lang));
        }
        Set<String> uncovered = new TreeSet<>(audienceCodes);
        uncovered.removeAll(audiences);
        if (!uncovered.isEmpty()) {
            problems.add(Reason.of("consent-not-audiences", "the consent does not cover the audiences " + uncovered, uncovered));
        }
        return problems;
    }

    /** Whether a story naming the storyteller this way respects how they may be identified. */
    public List<String> identificationProblems(boolean namedInFull, boolean namedByFirstName, boolean namedAtAll) {
        return identificationReasons(namedInFull, namedByFirstName, namedAtAll).stream().map(Reason::english).toList();
    }

    /** {@link #identificationProblems} with their codes. */
    public List<Reason> identificationReasons(boolean namedInFull, boolean namedByFirstName, boolean namedAtAll) {
        List<Reason> problems = new ArrayList<>();
        if (namedInFull && nameLevel != NameLevel.FULL_NAME) {
            problems.add(Reason.of("name-not-full", "the storyteller did not agree to their full name"));
        }
        if (namedByFirstName && nameLevel != NameLevel.FULL_NAME && nameLevel != NameLevel.FIRST_NAME) {
            problems.add(Reason.of("name-not-first", "the storyteller did not agree to their first name"));
        }
        if (namedAtAll && nameLevel == NameLevel.ANONYMOUS) {
            problems.add(Reason.of("name-anonymous", "the storyteller asked to be anonymous"));
        }
        if (storytellerMinor && (namedInFull || namedByFirstName || nameLevel == NameLevel.FULL_NAME
                || nameLevel == NameLevel.FIRST_NAME || faceLevel == FaceLevel.SHOWN)) {
            problems.add(Reason.of("child-victim",
                    "a child identified as a victim is only published under a changed name with no identifying image"));
        }
        return problems;
    }

    /** The status people see: active, expired, withdrawn or partially-withdrawn. */
    public String status(LocalDate today) {
        if (withdrawnAt != null) {
            return "withdrawn";
        }
        if (expiredAt != null || today.isAfter(expiresOn)) {
            return "expired";
        }
        return partiallyWithdrawnAt != null ? "partially-withdrawn" : "active";
    }

    public Set<Channel> channels() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (Channel channel : Channel.values()) {
            if (has(channel)) {
                channels.add(channel);
            }
        }
        return channels;
    }

    public boolean has(Channel channel) {
        return switch (channel) {
            case WEBSITE -> website;
            case SOCIAL_MEDIA -> socialMedia;
            case MEDIA_KITS -> mediaKits;
            case PRINT -> print;
            case PRESS -> press;
            case TRAINING -> training;
        };
    }

    private void setChannel(Channel channel, boolean allowed) {
        switch (channel) {
            case WEBSITE -> website = allowed;
            case SOCIAL_MEDIA -> socialMedia = allowed;
            case MEDIA_KITS -> mediaKits = allowed;
            case PRINT -> print = allowed;
            case PRESS -> press = allowed;
            case TRAINING -> training = allowed;
            default -> throw new IllegalArgumentException(channel.name());
        }
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public Organization organization() {
        return organization;
    }

    public ConsentTerms terms() {
        return new ConsentTerms(storyteller, storytellerMinor, obtainedBy, obtainedOn, language, interpreter, channels(),
                nameLevel, faceLevel, voiceLevel, Set.copyOf(languages), Set.copyOf(audiences), expiresOn, withheldDetails,
                descriptor, compensationStatus, compensationNote);
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public int version() {
        return version;
    }
}
