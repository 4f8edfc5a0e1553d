package org.hearth.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hearth.account.control.PasswordHasher;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("correct horse".toCharArray());
        assertTrue(hasher.verify("correct horse".toCharArray(), stored));
        assertFalse(hasher.verify("correct horsE".toCharArray(), stored));
        assertFalse(hasher.verify("".toCharArray(), stored));
    }

    @Test
    void saltsEveryHashAndNamesItsParameters() {
        String first = hasher.hash("same".toCharArray());
        String second = hasher.hash("same".toCharArray());
        assertNotEquals(first, second);
        assertTrue(first.startsWith("pbkdf2-sha512$1000$"), first);
    }

    @Test
    void theDefaultIsSlow() {
        assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= 210_000);
        String stored = new PasswordHasher().hash("x".toCharArray());
        assertTrue(stored.startsWith("pbkdf2-sha512$" + PasswordHasher.DEFAULT_ITERATIONS + "$"));
        // A hash made with an older, lower count still verifies: the count travels with the hash.
        assertTrue(new PasswordHasher().verify("same".toCharArray(), hasher.hash("same".toCharArray())));
    }

    @Test
    void garbageNeverVerifies() {
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain-text"));
        assertFalse(hasher.verify("x".toCharArray(), "md5$1$abc$def"));
    }
}
