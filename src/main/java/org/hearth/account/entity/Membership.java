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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.StaleVersionException;

/**
 * An account's one role in one organization. A deactivated membership keeps its history (who the
 * person was, what they did) but gives no access: {@link Account#roleIn} no longer sees it, and
 * an account whose every membership is deactivated cannot sign in or use its tokens. Whether the
 * organization keeps an admin is the {@link Roster}'s rule, which sees all its members.
 */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Version
    private int version;

    protected Membership() {
    }

    Membership(Account account, Organization organization, Role role, Instant now) {
        this.account = account;
        this.organization = organization;
        this.role = role;
        this.createdAt = now;
    }

    /** Refuses an edit that started from an older version (null: the caller did not say, accepted). */
    public void requireVersion(Integer fromVersion) {
        if (fromVersion != null && fromVersion != version) {
            throw new StaleVersionException(fromVersion, version);
        }
    }

    void changeRole(Role newRole) {
        if (newRole == null) {
            throw new InvalidInputException("role", "is required");
        }
        if (newRole == Role.PLATFORM_ADMIN) {
            throw new InvalidInputException("role", "platform admins are not made through an organization");
        }
        this.role = newRole;
    }

    void deactivate(Instant now) {
        if (active) {
            active = false;
            deactivatedAt = now;
        }
    }

    void reactivate() {
        active = true;
        deactivatedAt = null;
    }

    /** An active org admin: one of the people who keep the organization manageable. */
    boolean isActiveAdmin() {
        return active && role == Role.ORG_ADMIN;
    }

    public boolean isActive() {
        return active;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
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
}
