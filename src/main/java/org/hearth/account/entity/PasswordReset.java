package org.hearth.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hearth.shared.RuleViolationException;

/**
 * A forgotten-password link: single use, short-lived, kept only as a hash. Using it sets the
 * new password; asking for a new one, or using any one, spends the others.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(name = PasswordReset.FIND_BY_HASH,
        query = "SELECT r FROM PasswordReset r JOIN FETCH r.account WHERE r.tokenHash = :hash")
@NamedQuery(name = PasswordReset.OPEN_FOR_ACCOUNT,
        query = "SELECT r FROM PasswordReset r WHERE r.account = :account AND r.usedAt IS NULL AND r.expiresAt > :now")
@NamedQuery(name = PasswordReset.COUNT_SINCE,
        query = "SELECT COUNT(r) FROM PasswordReset r WHERE r.account = :account AND r.createdAt > :since")
public class PasswordReset {

    public static final String FIND_BY_HASH = "PasswordReset.findByHash";
    public static final String OPEN_FOR_ACCOUNT = "PasswordReset.openForAccount";
    public static final String COUNT_SINCE = "PasswordReset.countSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordReset() {
    }

    public PasswordReset(String token, Account account, Instant now, Duration lifetime) {
        this.tokenHash = AccessToken.hash(token);
        this.account = account;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isActive();
    }

    /** Sets the new password and spends the link; refused once used, expired or the account closed. */
    public void use(String passwordHash, Instant now) {
        if (!isUsableAt(now)) {
            throw new RuleViolationException("reset-link-unusable", "This link was already used or has expired.");
        }
        account.setPasswordHash(passwordHash);
        usedAt = now;
    }

    /** Spent without use: a newer link was asked for, or another one was used. */
    public void spend(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Account account() {
        return account;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
