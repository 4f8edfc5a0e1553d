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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A bearer token for the API. Only its SHA-256 hash is stored, so a copy of the database does not
 * hand out working tokens; the token itself (256 random bits) is shown once, when issued.
 * It expires, and can be revoked.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(name = AccessToken.FIND_BY_HASH, query = "SELECT t FROM AccessToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
public class AccessToken {

    public static final String FIND_BY_HASH = "AccessToken.findByHash";

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

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {
    }

    public AccessToken(String token, Account account, Instant now, Duration lifetime) {
        this.tokenHash = hash(token);
        this.account = account;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public boolean isValidAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && account.maySignIn();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Account account() {
        return account;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
