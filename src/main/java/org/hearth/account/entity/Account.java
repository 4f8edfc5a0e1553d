package org.hearth.account.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.PublicIds;

/**
 * A person who signs in to the studio or the API. Their roles are per organization
 * ({@link Membership}); a platform admin may act in every organization.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.FIND_BY_EMAIL, query = "SELECT a FROM Account a WHERE a.email = :email")
@NamedQuery(name = Account.FIND_BY_PUBLIC_ID, query = "SELECT a FROM Account a WHERE a.publicId = :publicId")
@NamedQuery(name = Account.COUNT, query = "SELECT COUNT(a) FROM Account a")
public class Account {

    public static final String FIND_BY_EMAIL = "Account.findByEmail";
    public static final String FIND_BY_PUBLIC_ID = "Account.findByPublicId";
    public static final String COUNT = "Account.count";
    public static final int EMAIL_LENGTH = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @Column(nullable = false, unique = true, length = EMAIL_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The studio's language this person chose ({@code en} or {@code fr}); null follows the browser. */
    @Column(length = 8)
    private String language;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Membership> memberships = new ArrayList<>();

    @Version
    private int version;

    protected Account() {
    }

    public Account(String email, String displayName, Instant now) {
        this.email = normalizeEmail(email);
        this.displayName = displayName == null || displayName.isBlank() ? this.email : displayName.strip();
        this.publicId = PublicIds.next();
        this.createdAt = now;
    }

    /** E-mail addresses are compared case-insensitively; stored trimmed and lower-case. */
    public static String normalizeEmail(String email) {
        if (email == null || !email.contains("@") || email.strip().length() > EMAIL_LENGTH) {
            throw new InvalidInputException("email", "must be an e-mail address");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static Account platformAdmin(String email, Instant now) {
        Account admin = new Account(email, "Platform admin", now);
        admin.platformAdmin = true;
        return admin;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /**
     * Gives this account {@code role} in {@code organization}, replacing any role it had there (and
     * reactivating a deactivated membership). The membership row is kept, so its history stays.
     * Whether the organization may lose an admin this way is for the {@link Roster} to say first.
     */
    public Membership join(Organization organization, Role role, Instant now) {
        Optional<Membership> existing = membershipIn(organization);
        if (existing.isPresent()) {
            existing.get().changeRole(role);
            existing.get().reactivate();
            return existing.get();
        }
        Membership membership = new Membership(this, organization, role, now);
        membership.changeRole(role);
        memberships.add(membership);
        return membership;
    }

    /** The membership in {@code organization}, active or not. */
    public Optional<Membership> membershipIn(Organization organization) {
        return memberships.stream().filter(m -> m.organization().slug().equals(organization.slug())).findFirst();
    }

    /** This account's role in the organization, if it is an active member; platform admins act as one everywhere. */
    public Optional<Role> roleIn(Organization organization) {
        if (platformAdmin) {
            return Optional.of(Role.PLATFORM_ADMIN);
        }
        return membershipIn(organization).filter(Membership::isActive).map(Membership::role);
    }

    /** The memberships that give access, first joined first. */
    public List<Membership> activeMemberships() {
        return memberships.stream().filter(Membership::isActive)
                .sorted(Comparator.comparing(Membership::createdAt,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * Whether this account may sign in (and use its tokens): it has a password, and if it belongs to
     * organizations at all, at least one of them has not deactivated it. Checked on every request,
     * so a deactivation ends sessions and tokens at once.
     */
    public boolean maySignIn() {
        boolean deactivatedEverywhere = !platformAdmin && !memberships.isEmpty()
                && memberships.stream().noneMatch(Membership::isActive);
        return active && passwordHash != null && !deactivatedEverywhere;
    }

    public void signedIn(Instant now) {
        this.lastSignInAt = now;
    }

    /** When this person last signed in (studio or token), if ever since Hearth started recording it. */
    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public boolean isActive() {
        return active;
    }

    public Long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isPlatformAdmin() {
        return platformAdmin;
    }

    public List<Membership> memberships() {
        return List.copyOf(memberships);
    }

    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** Keeps the studio in {@code code} for this person, one of {@code supported}. */
    public void chooseLanguage(String code, List<String> supported) {
        if (code == null || !supported.contains(code)) {
            throw new InvalidInputException("language", "must be one of " + supported);
        }
        language = code;
    }
}
