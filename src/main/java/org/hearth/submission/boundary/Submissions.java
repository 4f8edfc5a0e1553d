package org.hearth.submission.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.checks.boundary.PersonalDetailScan;
import org.hearth.consent.boundary.Consents;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.consent.entity.ConsentTerms;
import org.hearth.consent.entity.FaceLevel;
import org.hearth.consent.entity.NameLevel;
import org.hearth.consent.entity.Takedown;
import org.hearth.consent.entity.VoiceLevel;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.media.boundary.Upload;
import org.hearth.media.entity.MediaAsset;
import org.hearth.media.entity.MediaKind;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.crypto.Secrets;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.PublicIds;
import org.hearth.shared.RateLimitedException;
import org.hearth.shared.Reason;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.StaleVersionException;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryInput;
import org.hearth.story.entity.Story;
import org.hearth.submission.control.DistressWords;
import org.hearth.submission.control.Flags;
import org.hearth.submission.control.RateLimiter;
import org.hearth.submission.control.SubmissionRules;
import org.hearth.submission.entity.CreditType;
import org.hearth.submission.entity.InvitationCode;
import org.hearth.submission.entity.Submission;
import org.hearth.submission.entity.SubmissionForm;
import org.hearth.submission.entity.SubmissionStatus;

/**
 * Youth submissions, for the volunteer (submit with a code, follow it by its private token,
 * withdraw it) and for moderators (the queue, the flags, the decisions).
 *
 * <p>Every refusal of a submission stores nothing: the limits, the honeypot, the fields and the
 * code are checked before any file is read, the files are inspected before anything is kept, and
 * what is kept (the code's use, the consent record, the held media and the submission) is written
 * in one transaction. A bad code of any kind (wrong, used up, revoked, expired) gets one and the
 * same answer, so trying codes tells nothing. Attempts are counted per network address and per
 * code in memory only.
 *
 * <p>The submitter's assent (and, under 18, their guardian's consent) becomes a consent record
 * as the submission is stored; the media it brought show that person and are held out of the
 * library until accepted. Accepting makes a draft story that depends on that consent, or releases
 * the media into the library; withdrawing withdraws the consent, whose takedown brings down
 * everything made from it before the call returns.
 */
@ApplicationScoped
public class Submissions {

    /** What every bad code gets: one message for wrong, used-up, revoked and expired. */
    public static final String CODE_REFUSED = "This invitation code cannot be used. Check it with the person who gave"
            + " it to you: it may be mistyped, used up or no longer valid.";
    public static final String VOLUNTEER = "youth volunteer";
    public static final int MAX_FILES = 5;
    /** How long a youth's consent runs before it must be renewed. */
    static final int CONSENT_YEARS = 2;

    private static final RateLimiter ATTEMPTS_BY_ADDRESS = new RateLimiter(100, Duration.ofHours(1));
    private static final RateLimiter BAD_CODES_BY_ADDRESS = new RateLimiter(10, Duration.ofMinutes(10));
    private static final RateLimiter SUBMISSIONS_BY_CODE = new RateLimiter(60, Duration.ofHours(1));
    private static final DistressWords DISTRESS = DistressWords.standard();

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    InvitationCodes codes;

    @Inject
    MediaLibrary media;

    @Inject
    Consents consents;

    @Inject
    Stories stories;

    @Inject
    Audiences audiences;

    @Inject
    org.hearth.organization.boundary.Organizations organizations;

    @Inject
    Secrets secrets;

    @Inject
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** What the volunteer gets back: the submission's id, the status token, and whether to show help now. */
    public record Receipt(String id, String token, String lang, boolean showHelp) {
    }

    // ---------------------------------------------------------------- the volunteer

    /** Refuses (429) when {@code address} has tried too often; otherwise counts this attempt. */
    public void admit(String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = ATTEMPTS_BY_ADDRESS.retryAfter(address, now)
                .or(() -> BAD_CODES_BY_ADDRESS.retryAfter(address, now));
        if (wait.isPresent()) {
            throw new RateLimitedException("Too many submissions from your network just now. Please wait a few minutes"
                    + " and try again.", wait.get());
        }
        ATTEMPTS_BY_ADDRESS.record(address, now);
    }

    /**
     * Checks and stores a submission from {@code address} (already {@link #admit admitted}); the
     * files are read only once the fields and the code passed.
     */
    @Transactional
    public Receipt submit(SubmissionInput input, List<Upload> uploads, String address) {
        Instant now = clock.instant();
        if (input.website() != null && !input.website().isBlank()) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.of("website",
                    Reason.of("submission-honeypot", "leave this field empty"))));
        }
        if (uploads.size() > MAX_FILES) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.of("file",
                    Reason.of("submission-too-many-files", "send at most " + MAX_FILES + " files at once", MAX_FILES))));
        }
        SubmissionForm form = SubmissionRules.validate(input.lang(), input.title(), input.description(), input.creditType(),
                input.creditName(), input.ageBand(), input.assent(), input.guardianName(), input.guardianContact(),
                input.guardianConsent(), input.channels(), uploads.size());
        InvitationCode code = codes.admitting(input.code()).orElse(null);
        if (code == null) {
            BAD_CODES_BY_ADDRESS.record(address, now);
            throw new NotPermittedException(CODE_REFUSED);
        }
        Optional<Duration> wait = SUBMISSIONS_BY_CODE.retryAfter(code.code(), now);
        if (wait.isPresent()) {
            throw new RateLimitedException("Many people are sending work with this code just now. Please wait a few"
                    + " minutes and try again.", wait.get());
        }
        try (MediaLibrary.Received files = media.receive(uploads)) {
            code.use();
            Organization organization = code.organization();
            String guardian = form.guardianName() == null ? null : form.guardianName() + "\n" + form.guardianContact();
            ConsentRecord consent = consents.recordFromSubmission(organization, terms(form, code, today()),
                    guardian == null ? null : "Guardian: " + guardian.replace('\n', ' '), VOLUNTEER);
            List<String> mediaIds = media.storeHeld(organization, files, VOLUNTEER, consent.publicId(), "submission");
            String token = PublicIds.random(18);
            Submission submission = new Submission(code, hash(token), form,
                    guardian == null ? null : secrets.sealText(guardian), consent.publicId(), mediaIds, now);
            em.persist(submission);
            em.flush();
            audit.record(organization.id(), VOLUNTEER, "submission.received", "submission", submission.publicId(),
                    code.project().slug() + ", " + mediaIds.size() + " file(s), " + form.ageBand().code());
            SUBMISSIONS_BY_CODE.record(code.code(), now);
            return new Receipt(submission.publicId(), token, form.lang(),
                    distressWords(organization).foundIn(form.title(), form.description()));
        }
    }

    /** The submission this status token opens (404 for anything else). */
    public Submission byToken(String token) {
        if (token == null || token.length() < 16 || token.length() > 64) {
            throw new ResourceNotFoundException("submission", "(token)");
        }
        return em.createNamedQuery(Submission.FIND_BY_TOKEN, Submission.class).setParameter("hash", hash(token))
                .getResultStream().findFirst().orElseThrow(() -> new ResourceNotFoundException("submission", "(token)"));
    }

    /**
     * The submitter takes it back, at any moment: its consent is withdrawn, and the takedown brings
     * down the story and media made from it, in this transaction. Answers the takedown record.
     */
    @Transactional
    public Takedown withdraw(String token) {
        Submission submission = byToken(token);
        if (!submission.withdraw(clock.instant())) {
            throw new RuleViolationException("submission-withdrawn", "This submission was already withdrawn.");
        }
        audit.record(submission.organization().id(), VOLUNTEER, "submission.withdrawn", "submission",
                submission.publicId(), submission.storyId() == null ? null : "story " + submission.storyId());
        return consents.withdrawForStoryteller(submission.consentId(), VOLUNTEER);
    }

    /** Whether the confirmation should show help now (the text may disclose danger); never said as such. */
    public boolean showsHelp(Submission submission) {
        return distressWords(submission.organization()).foundIn(submission.title(), submission.description());
    }

    /** The organization's own distress list, or the one shipped with Hearth until it saves one. */
    public DistressWords distressWords(Organization organization) {
        List<String> own = ownPhrases(organization);
        return own.isEmpty() ? DISTRESS : new DistressWords(own);
    }

    /** An organization's distress list as its staff see it: the phrases, whether they are the shipped ones, its version. */
    public record DistressList(String organization, List<String> items, boolean standard, int version) {
    }

    /** The phrases in use for {@code organizationSlug} (moderators, editors and admins there). */
    public DistressList distressPhrases(String organizationSlug) {
        Organization organization = organizations.named(organizationSlug);
        caller.require(organization, Role::mayModerate, "see the distress word list");
        return distressList(organization);
    }

    private DistressList distressList(Organization organization) {
        int version = distressVersion(organization).map(org.hearth.submission.entity.DistressList::version).orElse(0);
        List<String> own = ownPhrases(organization);
        return new DistressList(organization.slug(), own.isEmpty() ? DISTRESS.phrases() : own, own.isEmpty(), version);
    }

    /**
     * Replaces the organization's list (editors and admins, like the terminology), from the
     * version the edit started at ({@code fromVersion}: a list someone saved since is never
     * overwritten); an empty list goes back to the shipped one.
     */
    @Transactional
    public DistressList replaceDistressPhrases(String organizationSlug, List<String> phrases, Integer fromVersion) {
        Organization organization = organizations.named(organizationSlug);
        caller.require(organization, Role::mayEdit, "edit the distress word list");
        Optional<org.hearth.submission.entity.DistressList> stored = distressVersion(organization);
        if (stored.isEmpty()) {
            // Two first saves at once: the second waits here, then finds the first one's list and its version.
            em.find(Organization.class, organization.id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            stored = distressVersion(organization);
        }
        StaleVersionException.requireCurrent(fromVersion, stored.map(org.hearth.submission.entity.DistressList::version)
                .orElse(0), () -> Map.of("items", distressList(organization).items()));
        java.util.Set<String> kept = new java.util.TreeSet<>();
        for (String phrase : phrases == null ? List.<String>of() : phrases) {
            if (phrase == null || phrase.isBlank()) {
                continue;
            }
            String p = phrase.strip().replaceAll("\\s+", " ");
            if (p.length() > org.hearth.submission.entity.DistressPhrase.LENGTH) {
                throw new InvalidInputException(List.of(InvalidInputException.FieldError.of("items",
                        Reason.of("distress-phrase-too-long", "each phrase has at most "
                                + org.hearth.submission.entity.DistressPhrase.LENGTH + " characters",
                                org.hearth.submission.entity.DistressPhrase.LENGTH))));
            }
            kept.add(p.toLowerCase(Locale.ROOT));
        }
        String by = caller.account().email();
        Instant now = clock.instant();
        stored.ifPresentOrElse(list -> list.changed(by, now),
                () -> em.persist(new org.hearth.submission.entity.DistressList(organization.id(), by, now)));
        em.createNamedQuery(org.hearth.submission.entity.DistressPhrase.DELETE_BY_ORGANIZATION)
                .setParameter("organization", organization.id()).executeUpdate();
        kept.forEach(p -> em.persist(new org.hearth.submission.entity.DistressPhrase(organization.id(), p)));
        em.flush();
        audit.record(organization.id(), by, "submission.distress-words-changed", "organization",
                organization.slug(), kept.size() + " phrase(s)");
        return distressList(organization);
    }

    private Optional<org.hearth.submission.entity.DistressList> distressVersion(Organization organization) {
        return em.createNamedQuery(org.hearth.submission.entity.DistressList.FIND_BY_ORGANIZATION,
                org.hearth.submission.entity.DistressList.class).setParameter("organization", organization.id())
                .getResultStream().findFirst();
    }

    private List<String> ownPhrases(Organization organization) {
        return em.createNamedQuery(org.hearth.submission.entity.DistressPhrase.FIND_BY_ORGANIZATION,
                org.hearth.submission.entity.DistressPhrase.class).setParameter("organization", organization.id())
                .getResultStream().map(org.hearth.submission.entity.DistressPhrase::phrase).toList();
    }

    // ---------------------------------------------------------------- moderators

    /**
     * The caller's organizations' submissions in {@code status}, newest first. Escalated ones only
     * for the safeguarding lead (the organization's admins).
     */
    public List<Submission> queue(SubmissionStatus status, Long beforeId, int limit) {
        caller.account();
        List<Long> ids = organizationsFor(status);
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Submission.FIND_BY_STATUS, Submission.class).setParameter("organizations", ids)
                .setParameter("status", status).setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit).getResultList();
    }

    /** How many wait for a decision in the caller's organizations (the dashboard's column). */
    public long waiting() {
        List<Long> ids = caller.find().isEmpty() ? List.of() : organizationsFor(SubmissionStatus.PENDING);
        return ids.isEmpty() ? 0 : em.createNamedQuery(Submission.COUNT_BY_STATUS, Long.class)
                .setParameter("organizations", ids).setParameter("status", SubmissionStatus.PENDING).getSingleResult();
    }

    /** Whether the caller is the safeguarding lead somewhere in view (sees escalations). */
    public boolean seesEscalations() {
        return caller.find().isPresent() && !organizationsFor(SubmissionStatus.ESCALATED).isEmpty();
    }

    /** A submission the caller moderates; opening it tells the submitter it is in review. */
    @Transactional
    public Submission open(String id) {
        Submission submission = read(id);
        submission.open(clock.instant());
        return submission;
    }

    /** A submission the caller moderates (escalated ones only for the lead); others do not exist for them. */
    public Submission read(String id) {
        Submission submission = em.createNamedQuery(Submission.FIND_BY_PUBLIC_ID, Submission.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new ResourceNotFoundException("submission", id));
        Optional<Role> role = caller.account().roleIn(submission.organization());
        boolean allowed = role.isPresent() && role.get().mayModerate()
                && (submission.status() != SubmissionStatus.ESCALATED || role.get().isSafeguardingLead());
        if (!allowed) {
            throw new ResourceNotFoundException("submission", id);
        }
        return submission;
    }

    /** The submission's media as its moderators may see them. */
    public List<MediaAsset> files(Submission submission) {
        return media.readable(submission.mediaIds());
    }

    /** What the moderator is asked to look at, worded in English (the studio words the codes itself). */
    public List<Flags.Flag> flags(Submission submission) {
        List<MediaAsset> assets = files(submission);
        Flags.Files kinds = new Flags.Files(count(assets, MediaKind.IMAGE), count(assets, MediaKind.VIDEO),
                count(assets, MediaKind.AUDIO));
        return Flags.of(PersonalDetailScan.find(submission.title(), submission.description(), Locale.ENGLISH),
                showsHelp(submission), submission.ageBand().needsGuardian(), submission.guardianSealed() != null, kinds);
    }

    /** A moderator's decision: accept (into a story or the media library), reject with feedback, or escalate. */
    public enum Decision { ACCEPT, REJECT, ESCALATE }

    /**
     * Decides on a submission, as of {@code fromVersion} when given (a newer decision by someone
     * else is never overwritten). Accepting into a story makes a draft of the code's project, the
     * youth's words as its body, the credit as they chose it, depending on their consent.
     */
    @Transactional
    public Submission decide(String id, Decision decision, boolean intoStory, String feedback, Integer fromVersion) {
        Submission submission = read(id);
        if (fromVersion != null) {
            // Optional: one decision per submission is the rule that matters, and the entity guards it.
            StaleVersionException.requireCurrent(fromVersion, submission.version(), java.util.Map::of);
        }
        String moderator = caller.account().email();
        Instant now = clock.instant();
        if (feedback != null && feedback.strip().length() > Submission.FEEDBACK_LENGTH) {
            throw new InvalidInputException("feedback", "is too long (at most " + Submission.FEEDBACK_LENGTH + " characters)");
        }
        switch (decision) {
            case ACCEPT -> {
                String storyId = null;
                if (intoStory) {
                    Story story = stories.createFromSubmission(storyInput(submission));
                    storyId = story.publicId();
                }
                media.releaseHeld(submission.mediaIds());
                submission.accept(moderator, storyId, now);
            }
            case REJECT -> {
                submission.reject(moderator, feedback, now);
                media.discardHeld(submission.mediaIds(), moderator);
            }
            case ESCALATE -> submission.escalate(moderator, feedback, now);
        }
        audit.record(submission.organization().id(), moderator, "submission." + submission.status().code(), "submission",
                submission.publicId(), submission.storyId() == null ? null : "story " + submission.storyId());
        return submission;
    }

    // ---------------------------------------------------------------- sample content

    /** The sample projects' codes (README, "Youth submissions"): valid for a year from the first start. */
    static final Map<String, String> SAMPLE_CODES = Map.of("parkdale-youth-voices", "PARK-DALE",
            "hochelaga-together", "HOCH-ELAG");

    @Inject
    org.hearth.project.boundary.Projects projects;

    /**
     * After the sample content is imported (priority 20): two invitation codes for sample projects
     * and a few fictional pending submissions, so that a newcomer sees the queue at once. Only
     * where the sample projects exist and no code was ever made.
     */
    @Transactional
    void seedSample(@jakarta.enterprise.event.Observes @jakarta.annotation.Priority(25)
                    org.hearth.platform.config.HearthStartup.SchemaReady ready) {
        if (em.createQuery("SELECT COUNT(c) FROM InvitationCode c", Long.class).getSingleResult() > 0) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = today();
        List<InvitationCode> made = new java.util.ArrayList<>();
        SAMPLE_CODES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> projects.find(e.getKey())
                .ifPresent(project -> {
                    InvitationCode code = InvitationCode.chosen(project, e.getValue(), 50, today.plusYears(1), Consents.SYSTEM, now);
                    em.persist(code);
                    made.add(code);
                }));
        for (InvitationCode code : made) {
            boolean french = code.project().slug().equals("hochelaga-together");
            List<SubmissionForm> forms = french
                    ? List.of(new SubmissionForm("fr", "Le parc Morgan en hiver (exemple)", "Un poème fictif sur la patinoire"
                            + " du parc, écrit pour l'exemple. Personne n'est réel ici.", CreditType.ALIAS, "Étoile",
                            org.hearth.submission.entity.AgeBand.AGE_18_24, null, null, Set.of(org.hearth.consent.entity.Channel.WEBSITE)))
                    : List.of(new SubmissionForm("en", "Our corner store mural (sample)", "A fictional sample: a mural idea"
                                    + " for the wall beside the corner store. Text me at 416-555-0142 if you want to help paint!",
                                    CreditType.FIRST_NAME, "Ari", org.hearth.submission.entity.AgeBand.AGE_16_17, "Sample Guardian",
                                    "guardian@example.org", Set.of(org.hearth.consent.entity.Channel.WEBSITE,
                                    org.hearth.consent.entity.Channel.PRINT)),
                            new SubmissionForm("en", "What safe feels like (sample)", "A fictional sample: a short piece"
                                    + " about the library being a place where everyone is welcome.", CreditType.INITIAL, "J.",
                                    org.hearth.submission.entity.AgeBand.AGE_13_15, "Sample Parent", "555-0100 (fictional)",
                                    Set.of(org.hearth.consent.entity.Channel.WEBSITE)));
            for (SubmissionForm form : forms) {
                code.use();
                String guardian = form.guardianName() == null ? null : form.guardianName() + "\n" + form.guardianContact();
                ConsentRecord consent = consents.recordFromSubmission(code.organization(), terms(form, code, today),
                        guardian == null ? null : "Guardian: " + guardian.replace('\n', ' '), Consents.SYSTEM);
                em.persist(new Submission(code, hash(PublicIds.random(18)), form,
                        guardian == null ? null : secrets.sealText(guardian), consent.publicId(), List.of(), now));
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private StoryInput storyInput(Submission s) {
        String body = s.description() == null ? s.title() : s.description();
        String summary = summaryOf(body);
        String type = s.creditType() == CreditType.FIRST_NAME ? "first-name" : "pseudonym";
        return new StoryInput(s.organization().slug(), s.project().slug(), null, s.lang(), s.title(), summary, body,
                List.of(), List.of(), List.of(), "composite", new StoryInput.AttributionInput(type, s.creditName()),
                s.consentId(), null, null);
    }

    /** The first sentence or so of the youth's words: a summary for editors to improve. */
    static String summaryOf(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        int end = flat.indexOf(". ");
        String first = end > 0 && end < 300 ? flat.substring(0, end + 1) : flat;
        return first.length() <= 300 ? first : first.substring(0, 299) + "…";
    }

    private ConsentTerms terms(SubmissionForm form, InvitationCode code, LocalDate today) {
        Set<String> all = audiences.all().stream().map(Audience::code).collect(Collectors.toSet());
        String obtained = "Youth submission form, code " + code.display()
                + (form.guardianName() == null ? ", own consent (" + form.ageBand().code() + ")"
                : ", assent (" + form.ageBand().code() + ") and guardian consent");
        return new ConsentTerms("Youth volunteer " + form.creditName() + " (" + code.project().slug() + ")", false,
                obtained, today, form.lang(), null, form.channels(),
                form.creditType() == CreditType.FIRST_NAME ? NameLevel.FIRST_NAME : NameLevel.PSEUDONYM,
                FaceLevel.NONE, VoiceLevel.NONE, Set.of(form.lang()), all, today.plusYears(CONSENT_YEARS), null, null,
                null, null);
    }

    private List<Long> organizationsFor(SubmissionStatus status) {
        return caller.inView(role -> role.mayModerate() && (status != SubmissionStatus.ESCALATED || role.isSafeguardingLead()))
                .stream().map(Organization::id).toList();
    }

    private static int count(List<MediaAsset> assets, MediaKind kind) {
        return (int) assets.stream().filter(a -> a.kind() == kind).count();
    }

    private LocalDate today() {
        return codes.today();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
