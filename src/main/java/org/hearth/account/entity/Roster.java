package org.hearth.account.entity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.RuleViolationException;

/**
 * All the memberships of one organization, and the rule that needs to see them together: an
 * organization always keeps at least one active org admin, so nobody can lock everyone out of
 * managing it (an admin demoting or deactivating themselves while they are the only one is the
 * usual way to do that). Every change to someone's role or status goes through here.
 */
public class Roster {

    public static final String LAST_ADMIN = "last-admin";

    private final Organization organization;
    private final List<Membership> members;

    public Roster(Organization organization, List<Membership> members) {
        this.organization = Objects.requireNonNull(organization, "organization");
        this.members = List.copyOf(members);
    }

    /** Gives {@code member} another role; refused if that leaves the organization without an active admin. */
    public void changeRole(Membership member, Role role) {
        if (role != Role.ORG_ADMIN) {
            requireAnotherAdmin(member, "change the role of");
        }
        member.changeRole(role);
    }

    /** Takes {@code member}'s access to this organization away; refused for the last active admin. */
    public void deactivate(Membership member, Instant now) {
        requireAnotherAdmin(member, "deactivate");
        member.deactivate(now);
    }

    public void reactivate(Membership member) {
        member.reactivate();
    }

    /**
     * Adds {@code account} with {@code role}, or gives an existing member that role (reactivating
     * them); the same last-admin rule holds as for a role change.
     */
    public Membership admit(Account account, Role role, Instant now) {
        account.membershipIn(organization).ifPresent(existing -> {
            if (role != Role.ORG_ADMIN) {
                requireAnotherAdmin(existing, "change the role of");
            }
        });
        return account.join(organization, role, now);
    }

    private void requireAnotherAdmin(Membership member, String action) {
        if (!member.isActiveAdmin()) {
            return;
        }
        boolean another = members.stream().anyMatch(m -> m != member && !sameAccount(m, member) && m.isActiveAdmin());
        if (!another) {
            throw new RuleViolationException(LAST_ADMIN, "You cannot " + action + " " + member.account().email()
                    + ": they are the last active admin of " + organization.name()
                    + ". Make someone else an admin first.");
        }
    }

    private static boolean sameAccount(Membership a, Membership b) {
        return a.account() == b.account()
                || a.account().publicId() != null && a.account().publicId().equals(b.account().publicId());
    }
}
