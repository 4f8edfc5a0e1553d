package org.hearth.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.RuleViolationException;

/**
 * An invitation to join an organization: a single-use, expiring link (the token is stored only as
 * a hash) through which a new member sets their password.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = Invitation.FIND_BY_HASH, query = "SELECT i FROM Invitation i JOIN FETCH i.account WHERE i.tokenHash = :hash")
public class Invitation {

    public static final String FIND_BY_HASH = "Invitation.findByHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
    }

    public Invitation(String token, Account account, Organization organization, Role role, String createdBy,
                      Instant now, Duration lifetime) {
        this.tokenHash = AccessToken.hash(token);
        this.account = account;
        this.organization = organization;
        this.role = role;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public boolean isUsableAt(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    /** Used once: the member's password is set and the link is spent. */
    public void accept(String passwordHash, Instant now) {
        if (!isUsableAt(now)) {
            throw new RuleViolationException("invitation-used", "This invitation was already used or has expired.");
        }
        account.setPasswordHash(passwordHash);
        acceptedAt = now;
    }

    public Account account() {
        return account;
    }

    public Organization organization() {
        return organization;
    }

    public Role role() {
        return role;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
