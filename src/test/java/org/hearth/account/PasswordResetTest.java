package org.hearth.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.PasswordReset;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** A forgotten-password link works once, for its lifetime, and only for an active account; language choice. */
class PasswordResetTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    static Account account() {
        Account account = new Account("someone@example.org", "Someone", NOW);
        account.setPasswordHash("old-hash");
        return account;
    }

    @Test
    void aLinkSetsThePasswordOnceWithinItsHour() {
        Account account = account();
        PasswordReset reset = new PasswordReset("token-token-token-token", account, NOW, Duration.ofHours(1));
        assertTrue(reset.isUsableAt(NOW.plusSeconds(3599)));
        assertFalse(reset.isUsableAt(NOW.plusSeconds(3600)), "expired at the hour");
        reset.use("new-hash", NOW.plusSeconds(60));
        assertEquals("new-hash", account.passwordHash());
        RuleViolationException again = assertThrows(RuleViolationException.class, () -> reset.use("other-hash", NOW.plusSeconds(61)));
        assertEquals("reset-link-unusable", again.rule());
        assertEquals("new-hash", account.passwordHash(), "a spent link changes nothing");
    }

    @Test
    void aSpentLinkCannotBeUsedAndTheHashIsNotTheToken() {
        PasswordReset reset = new PasswordReset("token-token-token-token", account(), NOW, Duration.ofHours(1));
        reset.spend(NOW.plusSeconds(5));
        assertFalse(reset.isUsableAt(NOW.plusSeconds(6)));
        assertThrows(RuleViolationException.class, () -> reset.use("new-hash", NOW.plusSeconds(7)));
    }

    @Test
    void theStudioLanguageIsOneThatExists() {
        Account account = account();
        assertTrue(account.language().isEmpty(), "follows the browser until chosen");
        account.chooseLanguage("fr", List.of("en", "fr"));
        assertEquals("fr", account.language().orElseThrow());
        assertThrows(InvalidInputException.class, () -> account.chooseLanguage("klingon", List.of("en", "fr")));
        assertEquals("fr", account.language().orElseThrow(), "a refused choice keeps the old one");
    }
}
