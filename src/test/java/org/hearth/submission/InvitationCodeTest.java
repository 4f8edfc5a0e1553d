package org.hearth.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hearth.organization.entity.Organization;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.submission.entity.InvitationCode;
import org.junit.jupiter.api.Test;

/** An invitation code: readable aloud, hard to guess, and good only while it has uses, time and no revocation. */
class InvitationCodeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static InvitationCode code(int uses, LocalDate expiresOn) {
        Organization organization = new Organization("northern-lantern", "Northern Lantern", org.hearth.shared.Province.ON, Instant.EPOCH);
        return new InvitationCode(new NeighbourhoodProject("parkdale", organization, Instant.EPOCH), uses, expiresOn,
                "staff@example.org", Instant.EPOCH);
    }

    @Test
    void codesAreEightUnambiguousCharactersAndRarelyRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = InvitationCode.generate();
            assertTrue(code.matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 1990, "codes repeat far too often: " + seen.size());
    }

    @Test
    void aCodeIsTakenAsPeopleTypeIt() {
        assertEquals("ABCDEFGH", InvitationCode.normalize(" abcd-efgh "));
        assertEquals("ABCDEFGH", InvitationCode.normalize("ABCD EFGH"));
        assertNull(InvitationCode.normalize("  - "));
        assertNull(InvitationCode.normalize(null));
        assertEquals(9, code(1, TODAY).display().length());
    }

    @Test
    void aCodeAdmitsItsUsesThenNoMore() {
        InvitationCode code = code(2, TODAY);
        assertTrue(code.admits(TODAY));
        code.use();
        assertEquals(1, code.remaining());
        code.use();
        assertFalse(code.admits(TODAY));
        assertEquals("used-up", code.status(TODAY));
    }

    @Test
    void aCodeIsGoodThroughItsExpiryDayOnly() {
        InvitationCode code = code(5, TODAY);
        assertTrue(code.admits(TODAY));
        assertFalse(code.admits(TODAY.plusDays(1)));
        assertEquals("expired", code.status(TODAY.plusDays(1)));
    }

    @Test
    void aRevokedCodeAdmitsNothing() {
        InvitationCode code = code(5, TODAY.plusDays(30));
        code.revoke(Instant.EPOCH);
        assertFalse(code.admits(TODAY));
        assertEquals("revoked", code.status(TODAY));
        assertEquals(5, code.remaining());
    }
}
