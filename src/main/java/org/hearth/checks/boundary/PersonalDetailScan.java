package org.hearth.checks.boundary;

import java.util.List;
import java.util.Locale;
import org.hearth.checks.Check;
import org.hearth.checks.CheckedText;
import org.hearth.checks.PrePublishChecks;

/**
 * The pre-publish checks' personal-detail detector (emails, phone numbers, postal codes,
 * addresses, plates, handles) for text that is not a story yet, such as a youth submission: the
 * findings, each already worded, with the detail masked.
 */
public final class PersonalDetailScan {

    private static final PrePublishChecks CHECKS = new PrePublishChecks();

    private PersonalDetailScan() {
    }

    /** What looks like a personal detail in {@code title} and {@code body}, worded in {@code locale}. */
    public static List<String> find(String title, String body, Locale locale) {
        return CHECKS.run(new CheckedText(title, null, body, null, List.of(), 0), List.of(), locale).stream()
                .filter(c -> Check.PERSONAL_DETAILS.equals(c.code())).map(Check::message).toList();
    }
}
