package org.hearth.submission;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.hearth.consent.entity.Channel;
import org.hearth.submission.control.Flags;
import org.hearth.submission.control.StandardFeedbackTemplates;
import org.hearth.submission.entity.AgeBand;
import org.hearth.submission.entity.CreditType;
import org.hearth.submission.entity.SubmissionStatus;
import org.junit.jupiter.api.Test;

/**
 * Every word the submission pages need exists in English and French: the public form's choices
 * and refusals, the status page's statuses, and the studio's statuses, flags, channels, templates and the
 * pages that edit the distress words and the feedback templates.
 */
class SubmissionTextsTest {

    private static final ResourceBundle.Control EXACT = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_DEFAULT);

    private static void assertAll(String bundle, List<String> keys) {
        for (Locale locale : List.of(Locale.ROOT, Locale.FRENCH)) {
            ResourceBundle texts = ResourceBundle.getBundle(bundle, locale, EXACT);
            List<String> missing = keys.stream().filter(k -> !texts.containsKey(k)).toList();
            assertTrue(missing.isEmpty(), bundle + " (" + locale + ") lacks " + missing);
        }
    }

    @Test
    void thePublicPagesHaveEveryWord() {
        List<String> keys = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            keys.add("submit.age." + band.code());
        }
        for (Channel channel : Channel.values()) {
            keys.add("submit.channel." + channel.code());
        }
        for (String status : List.of("received", "in-review", "accepted", "not-accepted", "withdrawn")) {
            keys.add("submission.status." + status);
            keys.add("submission.status." + status + ".text");
        }
        for (String code : List.of("invalid", "code-refused", "too-large", "unsupported-file", "rate-limited", "lang",
                "title-required", "too-long", "nothing-sent", "credit-type", "credit-name", "credit-initial",
                "credit-first-name", "credit-contact", "age-band", "under-13", "assent", "guardian-name",
                "guardian-contact", "guardian-consent", "channel", "channels", "honeypot", "too-many-files")) {
            keys.add("submit.problem.submission-" + code);
        }
        assertAll("i18n.site", keys);
    }

    @Test
    void theStudioPagesHaveEveryWord() {
        List<String> keys = new ArrayList<>(List.of("nav.submissions", "dashboard.submissionsWaiting"));
        for (SubmissionStatus status : SubmissionStatus.values()) {
            keys.add("submissions.status." + status.code());
            if (status != SubmissionStatus.PENDING) {
                keys.add("audit.action.submission." + status.code());
            }
        }
        for (String flag : List.of(Flags.PERSONAL_DETAILS, Flags.POSSIBLE_DISCLOSURE, Flags.GUARDIAN_CONSENT,
                Flags.NEEDS_ALT_TEXT, Flags.NEEDS_TRANSCRIPT, Flags.SAFE_IMAGERY)) {
            keys.add("submission.flag." + flag);
        }
        for (Channel channel : Channel.values()) {
            keys.add("submission.channel." + channel.code());
        }
        for (CreditType type : CreditType.values()) {
            keys.add("submission.creditType." + type.code());
        }
        StandardFeedbackTemplates.CODES.forEach(t -> keys.add("submission.template." + t));
        for (String status : List.of("active", "used-up", "expired", "revoked")) {
            keys.add("codes.status." + status);
        }
        keys.addAll(List.of("codes.title", "codes.created", "codes.revoked", "audit.action.invitation-code.created",
                "audit.action.invitation-code.revoked", "audit.action.submission.distress-words-changed",
                "audit.action.submission.feedback-templates-changed", "submission.reject.useTemplate"));
        for (String key : List.of("title", "intro", "standard", "own", "words", "items", "hint", "saved")) {
            keys.add("distress." + key);
        }
        for (String key : List.of("title", "intro", "standard", "own", "hint", "template", "new", "en", "fr", "field.en",
                "field.fr", "field.code", "items", "saved")) {
            keys.add("templates." + key);
        }
        assertAll("i18n.studio", keys);
    }
}
