package org.hearth.submission.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hearth.consent.entity.Channel;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.InvalidInputException.FieldError;
import org.hearth.shared.Reason;
import org.hearth.submission.entity.AgeBand;
import org.hearth.submission.entity.CreditType;
import org.hearth.submission.entity.Submission;
import org.hearth.submission.entity.SubmissionForm;

/**
 * The rules a submission's fields follow, all checked at once so the form can say everything that
 * is missing: a title; writing or at least one file; a credit that is a first name (one word), an
 * initial or an alias, never a full name; an age band of 13 or over; the submitter's own assent;
 * for everyone under 18 a guardian's name, how to reach them and their consent; at least one
 * channel. Each refusal carries a reason code, worded in French from {@code i18n/reasons}.
 */
public final class SubmissionRules {

    public static final int GUARDIAN_LENGTH = 200;
    private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?");
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}'’\\-]+");

    private SubmissionRules() {
    }

    /** Whether a checkbox or field value means yes ({@code true}, {@code on}, {@code yes}). */
    public static boolean yes(String value) {
        return value != null && switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            default -> false;
        };
    }

    /**
     * The validated form, or {@link InvalidInputException} naming every bad field.
     *
     * @param files how many files came with it
     */
    public static SubmissionForm validate(String lang, String title, String description, String creditType,
                                          String creditName, String ageBand, String assent, String guardianName,
                                          String guardianContact, String guardianConsent, List<String> channels,
                                          int files) {
        List<FieldError> errors = new ArrayList<>();
        String language = blank(lang) ? "en" : lang.strip();
        if (!language.equals("en") && !language.equals("fr")) {
            errors.add(error("lang", "submission-lang", "is en or fr"));
        }
        String heading = strip(title);
        if (heading == null) {
            errors.add(error("title", "submission-title-required", "give your work a title"));
        } else if (heading.length() > Submission.TITLE_LENGTH) {
            errors.add(error("title", "submission-too-long", "is too long (at most {0} characters)", Submission.TITLE_LENGTH));
        }
        String words = strip(description);
        if (words != null && words.length() > Submission.DESCRIPTION_LENGTH) {
            errors.add(error("description", "submission-too-long", "is too long (at most {0} characters)",
                    Submission.DESCRIPTION_LENGTH));
        }
        if (words == null && files == 0) {
            errors.add(error("file", "submission-nothing-sent", "send a file, or write your piece in the description"));
        }
        CreditType credit = blank(creditType) ? null
                : Coded.find(CreditType.class, creditType.strip()).orElse(null);
        String name = strip(creditName);
        if (credit == null) {
            errors.add(error("creditType", "submission-credit-type", "choose a first name, an initial or an alias"));
        }
        if (name == null) {
            errors.add(error("creditName", "submission-credit-name", "say how we should credit you"));
        } else if (name.length() > Submission.CREDIT_LENGTH) {
            errors.add(error("creditName", "submission-too-long", "is too long (at most {0} characters)", Submission.CREDIT_LENGTH));
        } else if (credit == CreditType.INITIAL && !INITIAL.matcher(name).matches()) {
            errors.add(error("creditName", "submission-credit-initial", "an initial is one letter"));
        } else if (credit == CreditType.FIRST_NAME && !ONE_WORD.matcher(name).matches()) {
            errors.add(error("creditName", "submission-credit-first-name", "a first name only: one word, never your full name"));
        } else if (name.matches(".*[@\\d].*")) {
            errors.add(error("creditName", "submission-credit-contact", "no numbers, emails or handles in your credit"));
        }
        AgeBand band = blank(ageBand) ? null : Coded.find(AgeBand.class, ageBand.strip()).orElse(null);
        if (band == null) {
            errors.add(error("ageBand", "submission-age-band", "choose your age"));
        } else if (!band.maySubmit()) {
            errors.add(error("ageBand", "submission-under-13",
                    "you need to be 13 or older to send your work here; please ask an adult at the project to help you"));
        }
        if (!yes(assent)) {
            errors.add(error("assent", "submission-assent", "tick the box to say you agree"));
        }
        String guardian = strip(guardianName);
        String contact = strip(guardianContact);
        if (band != null && band.maySubmit() && band.needsGuardian()) {
            if (guardian == null) {
                errors.add(error("guardianName", "submission-guardian-name", "under 18: your parent's or guardian's name is needed"));
            }
            if (contact == null) {
                errors.add(error("guardianContact", "submission-guardian-contact",
                        "under 18: how we can reach your parent or guardian is needed"));
            }
            if (!yes(guardianConsent)) {
                errors.add(error("guardianConsent", "submission-guardian-consent",
                        "under 18: your parent or guardian must agree too"));
            }
        }
        if ((guardian != null && guardian.length() > GUARDIAN_LENGTH) || (contact != null && contact.length() > GUARDIAN_LENGTH)) {
            errors.add(error("guardianContact", "submission-too-long", "is too long (at most {0} characters)", GUARDIAN_LENGTH));
        }
        Set<Channel> agreed = EnumSet.noneOf(Channel.class);
        for (String channel : channels) {
            if (blank(channel)) {
                continue;
            }
            Coded.find(Channel.class, channel.strip()).ifPresentOrElse(agreed::add,
                    () -> errors.add(error("channels", "submission-channel", "unknown channel")));
        }
        if (agreed.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("channels"))) {
            errors.add(error("channels", "submission-channels", "choose at least one place where your work may appear"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean withGuardian = band.needsGuardian();
        return new SubmissionForm(language, heading, words, credit, name, band, withGuardian ? guardian : null,
                withGuardian ? contact : null, agreed);
    }

    private static FieldError error(String field, String code, String english, Object... args) {
        return FieldError.of(field, Reason.of(code, args.length == 0 ? english : java.text.MessageFormat.format(english, args), args));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
