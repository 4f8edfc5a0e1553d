package org.hearth.submission.entity;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.consent.entity.Channel;
import org.hearth.organization.entity.Organization;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.Coded;
import org.hearth.shared.PublicIds;
import org.hearth.shared.RuleViolationException;

/**
 * What a young volunteer sent with an invitation code. It starts pending, and nothing of it is
 * public: a moderator accepts it (into a draft story or into the media library, which then go
 * through the normal workflow and its consent gate), rejects it with feedback, or escalates it to
 * the safeguarding lead (a possible disclosure of harm, never published). The submitter may
 * withdraw it at any moment, also after acceptance and publication: that withdraws its consent
 * record, whose takedown brings down everything made from it.
 *
 * <p>The submitter reaches it only through the status token, of which only the SHA-256 is kept.
 */
@Entity
@Table(name = "submission")
@NamedQuery(name = Submission.FIND_BY_TOKEN, query = "SELECT s FROM Submission s WHERE s.tokenHash = :hash")
@NamedQuery(name = Submission.FIND_BY_PUBLIC_ID, query = "SELECT s FROM Submission s WHERE s.publicId = :id")
@NamedQuery(name = Submission.FIND_BY_STATUS, query = "SELECT s FROM Submission s WHERE s.organization.id IN :organizations"
        + " AND s.status = :status AND s.id < :before ORDER BY s.id DESC")
@NamedQuery(name = Submission.COUNT_BY_STATUS, query = "SELECT COUNT(s) FROM Submission s WHERE s.organization.id IN :organizations"
        + " AND s.status = :status")
public class Submission {

    public static final String FIND_BY_TOKEN = "Submission.findByToken";
    public static final String FIND_BY_PUBLIC_ID = "Submission.findByPublicId";
    public static final String FIND_BY_STATUS = "Submission.findByStatus";
    public static final String COUNT_BY_STATUS = "Submission.countByStatus";
    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 20_000;
    public static final int CREDIT_LENGTH = 40;
    public static final int FEEDBACK_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private NeighbourhoodProject project;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invitation_id")
    private InvitationCode invitation;

    @Column(nullable = false, length = 8)
    private String lang;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Lob
    @Column
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "credit_type", nullable = false, length = 16)
    private CreditType creditType;

    @Column(name = "credit_name", nullable = false, length = CREDIT_LENGTH)
    private String creditName;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false, length = 16)
    private AgeBand ageBand;

    /** The guardian's name and how to reach them, sealed; null for adults. */
    @Lob
    @Column(name = "guardian_sealed")
    private String guardianSealed;

    /** The channels agreed to, as their codes, comma-separated. */
    @Column(nullable = false, length = 200)
    private String channels;

    /** The consent record made of the assent (and the guardian's consent) given with it. */
    @Column(name = "consent_id", length = 32)
    private String consentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubmissionStatus status;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(length = FEEDBACK_LENGTH)
    private String feedback;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "escalation_note", length = FEEDBACK_LENGTH)
    private String escalationNote;

    @Column(name = "story_id", length = 32)
    private String storyId;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "submission_file", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "file_index")
    @Column(name = "media_id", length = 32)
    private List<String> mediaIds = new ArrayList<>();

    @Version
    private int version;

    protected Submission() {
    }

    public Submission(InvitationCode invitation, String tokenHash, SubmissionForm form, String guardianSealed,
                      String consentId, List<String> mediaIds, Instant now) {
        this.publicId = PublicIds.next();
        this.tokenHash = tokenHash;
        this.invitation = invitation;
        this.organization = invitation.organization();
        this.project = invitation.project();
        this.lang = form.lang();
        this.title = form.title();
        this.description = form.description();
        this.creditType = form.creditType();
        this.creditName = form.creditName();
        this.ageBand = form.ageBand();
        this.guardianSealed = guardianSealed;
        this.channels = form.channels().stream().map(Channel::code).sorted().collect(Collectors.joining(","));
        this.consentId = consentId;
        this.mediaIds = new ArrayList<>(mediaIds);
        this.status = SubmissionStatus.PENDING;
        this.submittedAt = now;
    }

    /** A moderator opened it: the submitter now reads "in review". */
    public void open(Instant now) {
        if (status == SubmissionStatus.PENDING && openedAt == null) {
            openedAt = now;
        }
    }

    /** Accepted: into {@code storyId}, a draft, or (null) into the media library. */
    public void accept(String moderator, String storyId, Instant now) {
        if (status == SubmissionStatus.ESCALATED) {
            // A possible disclosure of harm is the safeguarding lead's to handle, never content.
            throw new RuleViolationException("submission-escalated", "An escalated submission is never published;"
                    + " the safeguarding lead may only close it.");
        }
        requireUndecided("accepted");
        this.status = SubmissionStatus.ACCEPTED;
        this.storyId = storyId;
        decided(moderator, null, now);
    }

    public void reject(String moderator, String feedback, Instant now) {
        requireUndecided("rejected");
        this.status = SubmissionStatus.REJECTED;
        decided(moderator, feedback, now);
    }

    /** To the safeguarding lead: it leaves the moderators' queue and is never published. */
    public void escalate(String moderator, String note, Instant now) {
        if (status != SubmissionStatus.PENDING) {
            throw new RuleViolationException("submission-decided", "This submission was already " + status.code() + ".");
        }
        this.status = SubmissionStatus.ESCALATED;
        this.escalationNote = note;
        this.decidedBy = moderator;
        this.decidedAt = now;
        if (openedAt == null) {
            openedAt = now;
        }
    }

    /** The submitter took it back; whatever was made of it comes down through its consent. Idempotent. */
    public boolean withdraw(Instant now) {
        if (status == SubmissionStatus.WITHDRAWN) {
            return false;
        }
        this.status = SubmissionStatus.WITHDRAWN;
        this.withdrawnAt = now;
        return true;
    }

    private void requireUndecided(String what) {
        if (status != SubmissionStatus.PENDING && status != SubmissionStatus.ESCALATED) {
            throw new RuleViolationException("submission-decided", "This submission was already " + status.code()
                    + "; it cannot be " + what + " now.");
        }
    }

    private void decided(String moderator, String feedback, Instant now) {
        this.decidedBy = moderator;
        this.decidedAt = now;
        this.feedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
        if (openedAt == null) {
            openedAt = now;
        }
    }

    /** What the submitter reads: received, in-review, accepted, not-accepted or withdrawn. */
    public String volunteerStatus() {
        return switch (status) {
            case PENDING -> openedAt == null ? "received" : "in-review";
            case ESCALATED -> "in-review";
            case ACCEPTED -> "accepted";
            case REJECTED -> "not-accepted";
            case WITHDRAWN -> "withdrawn";
        };
    }

    public Set<Channel> channels() {
        Set<Channel> set = EnumSet.noneOf(Channel.class);
        Arrays.stream(channels.split(",")).filter(c -> !c.isBlank())
                .forEach(c -> Coded.find(Channel.class, c).ifPresent(set::add));
        return set;
    }

    public Long id() { return id; }
    public String publicId() { return publicId; }
    public Organization organization() { return organization; }
    public NeighbourhoodProject project() { return project; }
    public InvitationCode invitation() { return invitation; }
    public String lang() { return lang; }
    public String title() { return title; }
    public String description() { return description; }
    public CreditType creditType() { return creditType; }
    public String creditName() { return creditName; }
    public AgeBand ageBand() { return ageBand; }
    public String guardianSealed() { return guardianSealed; }
    public String consentId() { return consentId; }
    public SubmissionStatus status() { return status; }
    public Instant openedAt() { return openedAt; }
    public String feedback() { return feedback; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String escalationNote() { return escalationNote; }
    public String storyId() { return storyId; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public Instant submittedAt() { return submittedAt; }
    public List<String> mediaIds() { return List.copyOf(mediaIds); }
    public int version() { return version; }
}
