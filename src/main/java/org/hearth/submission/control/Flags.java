package org.hearth.submission.control;

import java.util.ArrayList;
import java.util.List;

/**
 * What a moderator is asked to look at before deciding, worked out from the submission as it is
 * (nothing is stored): personal details in the text, a possible disclosure of harm, an incomplete
 * guardian consent, files needing alt text, captions or transcripts, and the safe-imagery
 * checklist for every picture and video.
 */
public final class Flags {

    public static final String PERSONAL_DETAILS = "personal-details";
    public static final String POSSIBLE_DISCLOSURE = "possible-disclosure";
    public static final String GUARDIAN_CONSENT = "guardian-consent-incomplete";
    public static final String NEEDS_ALT_TEXT = "needs-alt-text";
    public static final String NEEDS_TRANSCRIPT = "needs-captions-or-transcript";
    public static final String SAFE_IMAGERY = "safe-imagery-checklist";

    /** One flag: a stable code and its English words (the studio words it from its bundle). */
    public record Flag(String code, String message) {
    }

    /** The kinds of file a submission brought, as far as the flags care. */
    public record Files(int images, int videos, int audio) {
    }

    private Flags() {
    }

    /**
     * @param personalDetails what the personal-detail detector found in the text (already worded)
     * @param disclosure      whether the distress words matched
     * @param needsGuardian   the age band is under 18
     * @param guardianKnown   a guardian's name, contact and consent are all on record
     */
    public static List<Flag> of(List<String> personalDetails, boolean disclosure, boolean needsGuardian,
                                boolean guardianKnown, Files files) {
        List<Flag> flags = new ArrayList<>();
        if (disclosure) {
            flags.add(new Flag(POSSIBLE_DISCLOSURE, "The text may disclose harm or distress: escalate to the safeguarding"
                    + " lead rather than publish; the submitter was shown where to get help."));
        }
        if (!personalDetails.isEmpty()) {
            flags.add(new Flag(PERSONAL_DETAILS, "Personal details in the text (contact details, addresses…): "
                    + String.join("; ", personalDetails) + ". Remove them before anything is published."));
        }
        if (needsGuardian && !guardianKnown) {
            flags.add(new Flag(GUARDIAN_CONSENT, "Under 18 and the guardian's consent is missing or incomplete."));
        }
        if (files.images() > 0) {
            flags.add(new Flag(NEEDS_ALT_TEXT, files.images() + " image(s) need alt text before publication."));
        }
        if (files.videos() + files.audio() > 0) {
            flags.add(new Flag(NEEDS_TRANSCRIPT, (files.videos() + files.audio())
                    + " video or audio file(s) need captions or a transcript before publication."));
        }
        if (files.images() + files.videos() > 0) {
            flags.add(new Flag(SAFE_IMAGERY, "Confirm the safe-imagery checklist: no faces of others without their"
                    + " consent, no school uniforms or logos, no street signs, house numbers or licence plates, no one"
                    + " who could be at risk, nothing staged or sexualized."));
        }
        return flags;
    }
}
