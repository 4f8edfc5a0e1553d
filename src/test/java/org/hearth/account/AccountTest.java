package org.hearth.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hearth.account.entity.AccessToken;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Role;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Province;
import org.junit.jupiter.api.Test;

class AccountTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    final Organization harbour = new Organization("harbour", "Harbour", Province.ON, NOW);
    final Organization other = new Organization("other", "Other", Province.QC, NOW);

    @Test
    void rolesArePerOrganization() {
        Account author = new Account("Author@Example.org ", "An Author", NOW);
        author.join(harbour, Role.AUTHOR, NOW);
        assertEquals("author@example.org", author.email());
        assertEquals(Optional.of(Role.AUTHOR), author.roleIn(harbour));
        assertEquals(Optional.empty(), author.roleIn(other));
        author.join(harbour, Role.EDITOR, NOW);
        assertEquals(Optional.of(Role.EDITOR), author.roleIn(harbour), "joining again replaces the role");
        assertEquals(1, author.memberships().size());
    }

    @Test
    void aPlatformAdminActsEverywhere() {
        Account admin = Account.platformAdmin("admin@example.org", NOW);
        assertEquals(Optional.of(Role.PLATFORM_ADMIN), admin.roleIn(other));
    }

    @Test
    void roleAbilities() {
        assertTrue(Role.AUTHOR.mayAuthor());
        assertFalse(Role.AUTHOR.mayEdit());
        assertTrue(Role.EDITOR.mayEdit());
        assertFalse(Role.EDITOR.mayAdminister());
        assertTrue(Role.ORG_ADMIN.mayAdminister());
        assertFalse(Role.VOLUNTEER.mayReadDrafts());
        assertFalse(Role.MODERATOR.mayAuthor());
    }

    @Test
    void anAccountWithoutPasswordCannotSignIn() {
        Account invited = new Account("new@example.org", null, NOW);
        assertFalse(invited.maySignIn());
        invited.setPasswordHash("pbkdf2-sha512$1$a$b");
        assertTrue(invited.maySignIn());
    }

    @Test
    void emailIsRequired() {
        assertThrows(InvalidInputException.class, () -> new Account("not-an-email", null, NOW));
    }

    @Test
    void tokensAreStoredHashedExpireAndCanBeRevoked() {
        Account account = new Account("a@example.org", null, NOW);
        account.setPasswordHash("pbkdf2-sha512$1$a$b");
        AccessToken token = new AccessToken("the-token", account, NOW, Duration.ofHours(12));
        assertNotEquals("the-token", AccessToken.hash("the-token"));
        assertEquals(64, AccessToken.hash("the-token").length());
        assertTrue(token.isValidAt(NOW.plus(Duration.ofHours(11))));
        assertFalse(token.isValidAt(NOW.plus(Duration.ofHours(12))));
        token.revoke(NOW.plusSeconds(1));
        assertFalse(token.isValidAt(NOW.plusSeconds(2)));
    }
}
