package org.hearth.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hearth.account.entity.AccessToken;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Membership;
import org.hearth.account.entity.Role;
import org.hearth.account.entity.Roster;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Province;
import org.hearth.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The rules of who belongs to an organization: it always keeps an active admin; deactivation is real. */
class RosterTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    final Organization harbour = new Organization("harbour", "Harbour", Province.ON, NOW);
    final Organization other = new Organization("other", "Other", Province.QC, NOW);

    Account person(String email, Organization organization, Role role) {
        Account account = new Account(email, null, NOW);
        account.setPasswordHash("pbkdf2-sha512$1$a$b");
        account.join(organization, role, NOW);
        return account;
    }

    Membership in(Account account, Organization organization) {
        return account.membershipIn(organization).orElseThrow();
    }

    @Test
    void theLastActiveAdminCannotDemoteOrDeactivateThemselves() {
        Account admin = person("admin@example.org", harbour, Role.ORG_ADMIN);
        Account editor = person("editor@example.org", harbour, Role.EDITOR);
        Roster roster = new Roster(harbour, List.of(in(admin, harbour), in(editor, harbour)));

        RuleViolationException demoted = assertThrows(RuleViolationException.class,
                () -> roster.changeRole(in(admin, harbour), Role.EDITOR));
        assertEquals(Roster.LAST_ADMIN, demoted.rule());
        assertThrows(RuleViolationException.class, () -> roster.deactivate(in(admin, harbour), NOW));
        assertThrows(RuleViolationException.class, () -> roster.admit(admin, Role.AUTHOR, NOW),
                "re-adding oneself with a lower role is a demotion too");
        assertEquals(Optional.of(Role.ORG_ADMIN), admin.roleIn(harbour), "nothing changed");
        assertTrue(in(admin, harbour).isActive());
    }

    @Test
    void withAnotherActiveAdminAnAdminMayStepDown() {
        Account first = person("first@example.org", harbour, Role.ORG_ADMIN);
        Account second = person("second@example.org", harbour, Role.ORG_ADMIN);
        Roster roster = new Roster(harbour, List.of(in(first, harbour), in(second, harbour)));

        roster.changeRole(in(first, harbour), Role.EDITOR);
        assertEquals(Optional.of(Role.EDITOR), first.roleIn(harbour));
        assertThrows(RuleViolationException.class, () -> roster.deactivate(in(second, harbour), NOW),
                "now the second one is the last admin");
    }

    @Test
    void aDeactivatedAdminDoesNotCountAsAnotherAdmin() {
        Account first = person("first@example.org", harbour, Role.ORG_ADMIN);
        Account second = person("second@example.org", harbour, Role.ORG_ADMIN);
        Roster roster = new Roster(harbour, List.of(in(first, harbour), in(second, harbour)));
        roster.deactivate(in(second, harbour), NOW);

        assertThrows(RuleViolationException.class, () -> roster.changeRole(in(first, harbour), Role.EDITOR));
    }

    @Test
    void aDeactivatedMemberLosesTheOrganizationAndCannotSignInOrUseTokens() {
        Account admin = person("admin@example.org", harbour, Role.ORG_ADMIN);
        Account editor = person("editor@example.org", harbour, Role.EDITOR);
        AccessToken token = new AccessToken("editor-token", editor, NOW, Duration.ofHours(12));
        Roster roster = new Roster(harbour, List.of(in(admin, harbour), in(editor, harbour)));

        roster.deactivate(in(editor, harbour), NOW);

        assertEquals(Optional.empty(), editor.roleIn(harbour), "no role in that organization any more");
        assertFalse(editor.maySignIn(), "deactivated in every organization they belong to");
        assertFalse(token.isValidAt(NOW.plusSeconds(1)), "their token stops working at once");
        assertEquals(NOW, in(editor, harbour).deactivatedAt());

        roster.reactivate(in(editor, harbour));
        assertEquals(Optional.of(Role.EDITOR), editor.roleIn(harbour));
        assertTrue(editor.maySignIn());
        assertTrue(token.isValidAt(NOW.plusSeconds(2)));
    }

    @Test
    void deactivationInOneOrganizationLeavesTheOthers() {
        Account admin = person("admin@example.org", harbour, Role.ORG_ADMIN);
        Account editor = person("editor@example.org", harbour, Role.EDITOR);
        editor.join(other, Role.AUTHOR, NOW.plusSeconds(1));
        new Roster(harbour, List.of(in(admin, harbour), in(editor, harbour))).deactivate(in(editor, harbour), NOW);

        assertTrue(editor.maySignIn(), "still a member of another organization");
        assertEquals(Optional.empty(), editor.roleIn(harbour));
        assertEquals(Optional.of(Role.AUTHOR), editor.roleIn(other));
        assertEquals(List.of(other.slug()), editor.activeMemberships().stream().map(m -> m.organization().slug()).toList());
    }

    @Test
    void joiningAgainReactivatesAndKeepsOneMembership() {
        Account admin = person("admin@example.org", harbour, Role.ORG_ADMIN);
        Account editor = person("editor@example.org", harbour, Role.EDITOR);
        Roster roster = new Roster(harbour, List.of(in(admin, harbour), in(editor, harbour)));
        roster.deactivate(in(editor, harbour), NOW);

        roster.admit(editor, Role.AUTHOR, NOW);
        assertEquals(Optional.of(Role.AUTHOR), editor.roleIn(harbour));
        assertEquals(1, editor.memberships().size());
    }

    @Test
    void noOrganizationMakesPlatformAdmins() {
        Account admin = person("admin@example.org", harbour, Role.ORG_ADMIN);
        Account editor = person("editor@example.org", harbour, Role.EDITOR);
        Roster roster = new Roster(harbour, List.of(in(admin, harbour), in(editor, harbour)));
        assertThrows(InvalidInputException.class, () -> roster.changeRole(in(editor, harbour), Role.PLATFORM_ADMIN));
    }
}
