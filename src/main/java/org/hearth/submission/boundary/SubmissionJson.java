package org.hearth.submission.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.media.entity.MediaAsset;
import org.hearth.submission.control.Flags;
import org.hearth.submission.entity.InvitationCode;
import org.hearth.submission.entity.Submission;

/** The JSON shapes of invitation codes and submissions (the contract's submission rows). */
public final class SubmissionJson {

    private SubmissionJson() {
    }

    public record Invitation(String id, String code, String project, int uses, int remaining, LocalDate expiresOn,
                             String status, Instant createdAt) {
    }

    public record InvitationInput(String project, Integer uses, LocalDate expiresOn) {
    }

    /** What {@code POST /api/v1/submissions} answers. */
    public record Created(String id, String status, String statusUrl) {
    }

    /** What the submitter sees through their token. */
    public record Status(String status, String feedback, Instant submittedAt, String title) {
    }

    public record Item(String id, String title, String status, String project, String lang, String ageBand,
                       int files, Instant submittedAt) {
    }

    public record File(String media, String kind, String mediaType, String filename, String status,
                       Map<String, String> previews) {
    }

    public record Detail(String id, String title, String description, String status, String volunteerStatus,
                         String project, String lang, String credit, String creditType, String ageBand,
                         boolean guardianConsent, List<String> channels, String consent, List<Flags.Flag> flags,
                         List<File> files, List<String> mediaIds, String feedback, String decidedBy, Instant decidedAt,
                         String story, Instant submittedAt, int version) {
    }

    public record DecisionInput(String decision, String into, String feedback, String template, Integer version) {
    }

    static Invitation of(InvitationCode c, LocalDate today) {
        return new Invitation(c.publicId(), c.display(), c.project().slug(), c.uses(), c.remaining(), c.expiresOn(),
                c.status(today), c.createdAt());
    }

    static Item item(Submission s) {
        return new Item(s.publicId(), s.title(), s.status().code(), s.project().slug(), s.lang(), s.ageBand().code(),
                s.mediaIds().size(), s.submittedAt());
    }

    static Detail detail(Submission s, List<MediaAsset> assets, List<Flags.Flag> flags) {
        List<File> files = assets.stream().map(a -> new File(a.publicId(), a.kind().code(), a.mediaType(), a.filename(),
                a.status().code(), previews(a))).toList();
        return new Detail(s.publicId(), s.title(), s.description(), s.status().code(), s.volunteerStatus(),
                s.project().slug(), s.lang(), s.creditName(), s.creditType().code(), s.ageBand().code(),
                s.guardianSealed() != null, s.channels().stream().map(c -> c.code()).sorted().toList(), s.consentId(), flags,
                files, s.mediaIds(), s.feedback(), s.decidedBy(), s.decidedAt(), s.storyId(), s.submittedAt(), s.version());
    }

    /** The moderator's private previews of an asset (stripped renditions; never the original). */
    static Map<String, String> previews(MediaAsset a) {
        Map<String, String> previews = new java.util.LinkedHashMap<>();
        a.renditions().forEach(r -> previews.put(r.name(), "/api/v1/studio/media/" + a.publicId() + "/preview/" + r.name()));
        return previews;
    }
}
