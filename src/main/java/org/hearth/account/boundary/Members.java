package org.hearth.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.platform.mail.Mail;
import org.hearth.account.entity.AccessToken;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Invitation;
import org.hearth.account.entity.Membership;
import org.hearth.account.entity.Role;
import org.hearth.account.entity.Roster;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.config.HearthSettings;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.PublicIds;
import org.hearth.shared.ResourceNotFoundException;

/**
 * Who belongs to an organization and with which role. Organization admins add members: an
 * existing account simply gets the role; a new person gets an invitation link (single use,
 * expiring) through which they set their password. Admins change roles and deactivate or
 * reactivate members; the {@link Roster} keeps at least one active admin in every organization,
 * and a deactivated member loses that organization at once (sessions and tokens included,
 * because every request asks {@link Account#roleIn} and {@link Account#maySignIn} afresh).
 */
@ApplicationScoped
public class Members {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Organizations organizations;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    HearthSettings settings;

    @Inject
    Mail mail;

    @Inject
    @ConfigProperty(name = "hearth.invitation.lifetime", defaultValue = "P7D")
    Duration invitationLifetime;

    private final Clock clock = Clock.systemUTC();

    /** The member added, and the invitation link when they had no account yet (shown once) and the file it was written to. */
    public record Added(Account account, Role role, String invitationUrl, Instant invitationExpiresAt, String outboxFile) {
    }

    /** What an admin changes about a member: a role, active or not (nulls leave it), from a version (null: any). */
    public record Change(String role, Boolean active, Integer version) {
    }

    @Transactional
    public Added add(String organizationSlug, String email, String roleCode) {
        Organization organization = organizations.get(organizationSlug);
        caller.require(organization, Role::mayAdminister, "add members");
        Role role = role(roleCode);
        Instant now = clock.instant();
        Optional<Account> existing = accounts.findByEmail(email);
        Account account = existing.orElseGet(() -> {
            Account created = new Account(email, null, now);
            accounts.add(created);
            return created;
        });
        roster(organization).admit(account, role, now);
        audit.record(organization.id(), caller.account().email(), "member.added", "account", account.publicId(), role.code());
        if (existing.isPresent() && existing.get().maySignIn()) {
            return new Added(account, role, null, null, null);
        }
        String token = PublicIds.random(32);
        Invitation invitation = new Invitation(token, account, organization, role, caller.account().email(), now,
                invitationLifetime);
        em.persist(invitation);
        String url = settings.absolute("/studio/invitations/" + token);
        Mail.Delivery delivery = mail.send(account.email(), "Your invitation to " + organization.name() + " on Hearth",
                "You have been invited to " + organization.name() + " as " + role.code() + ".\n"
                        + "Choose your password here (the link works once, until " + invitation.expiresAt() + "):\n" + url);
        return new Added(account, role, url, invitation.expiresAt(), delivery.outboxFile());
    }

    /**
     * An admin changes a member's role and/or whether they are active. Refused (409) when it would
     * leave the organization without an active admin, or when the membership changed since
     * {@code version}.
     */
    @Transactional
    public Membership change(String organizationSlug, String accountId, Change change) {
        Organization organization = organizations.get(organizationSlug);
        caller.require(organization, Role::mayAdminister, "manage members");
        if (change == null || change.role() == null && change.active() == null) {
            throw new InvalidInputException("role", "send a role, active (true or false), or both");
        }
        List<Membership> all = membershipsOf(organization);
        Membership member = all.stream().filter(m -> m.account().publicId().equals(accountId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("member", accountId));
        member.requireVersion(change.version());
        Roster roster = new Roster(organization, all);
        String actor = caller.account().email();
        if (change.role() != null) {
            Role role = role(change.role());
            if (role != member.role()) {
                roster.changeRole(member, role);
                audit.record(organization.id(), actor, "member.role-changed", "account", accountId, role.code());
            }
        }
        if (Boolean.FALSE.equals(change.active()) && member.isActive()) {
            roster.deactivate(member, clock.instant());
            audit.record(organization.id(), actor, "member.deactivated", "account", accountId, null);
        } else if (Boolean.TRUE.equals(change.active()) && !member.isActive()) {
            roster.reactivate(member);
            audit.record(organization.id(), actor, "member.reactivated", "account", accountId, null);
        }
        em.flush();
        return member;
    }

    /** One member of the organization, for its admins. */
    public Membership member(String organizationSlug, String accountId) {
        Organization organization = organizations.get(organizationSlug);
        caller.require(organization, Role::mayAdminister, "manage members");
        return membershipsOf(organization).stream().filter(m -> m.account().publicId().equals(accountId)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("member", accountId));
    }

    /** Whether the caller may manage this organization's members (for screens to offer it or not). */
    public boolean mayManage(String organizationSlug) {
        return organizations.find(organizationSlug)
                .flatMap(o -> caller.find().flatMap(a -> a.roleIn(o)))
                .map(Role::mayAdminister).orElse(false);
    }

    private Roster roster(Organization organization) {
        return new Roster(organization, membershipsOf(organization));
    }

    private List<Membership> membershipsOf(Organization organization) {
        return em.createQuery("SELECT m FROM Membership m JOIN FETCH m.account WHERE m.organization = :organization"
                        + " ORDER BY m.account.email", Membership.class)
                .setParameter("organization", organization).getResultList();
    }

    private static Role role(String code) {
        Role role = Coded.parse(Role.class, code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT), "role");
        if (role == Role.PLATFORM_ADMIN) {
            throw new InvalidInputException("role", "platform admins are not made through an organization");
        }
        return role;
    }

    public List<Membership> of(String organizationSlug) {
        Organization organization = organizations.get(organizationSlug);
        caller.roleIn(organization);
        return membershipsOf(organization);
    }

    /** Whether the invitation link can still be used (for the page to say so before asking anything). */
    public Optional<Invitation> invitation(String token) {
        return em.createNamedQuery(Invitation.FIND_BY_HASH, Invitation.class)
                .setParameter("hash", AccessToken.hash(token == null ? "" : token))
                .getResultStream().findFirst().filter(i -> i.isUsableAt(clock.instant()));
    }

    /** The new member sets their password; the link is spent. */
    @Transactional
    public Account accept(String token, String password) {
        Invitation invitation = invitation(token).orElseThrow(() -> new ResourceNotFoundException("invitation", "(hidden)"));
        invitation.accept(accounts.passwordHash(password), clock.instant());
        audit.record(invitation.organization().id(), invitation.account().email(), "member.joined", "account",
                invitation.account().publicId(), invitation.role().code());
        return invitation.account();
    }
}
