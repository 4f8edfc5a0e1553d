package org.hearth.shared;

import java.time.LocalDate;

/**
 * The rule every checked piece of reference data shares (help lines, services, protocols): a wrong
 * number fails the person who needed it, so nobody checking it for {@value #STALE_AFTER_MONTHS}
 * months flags it until someone verifies it again. Exactly six months ago still counts as checked.
 */
public final class Verification {

    public static final int STALE_AFTER_MONTHS = 6;

    private Verification() {
    }

    /** Whether something last checked on {@code lastVerified} (null: never) is due for checking {@code today}. */
    public static boolean isDue(LocalDate lastVerified, LocalDate today) {
        return lastVerified == null || lastVerified.isBefore(today.minusMonths(STALE_AFTER_MONTHS));
    }
}
