package org.hearth.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened. Immutable: there is no setter and no way to change or remove it. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "target_type", nullable = false, length = 40)
    private String targetType;

    @Column(name = "target_id", nullable = false, length = 64)
    private String targetId;

    @Column(length = 2000)
    private String detail;

    @Column(nullable = false)
    private Instant at;

    protected AuditEvent() {
    }

    public AuditEvent(Long organizationId, String actor, String action, String targetType, String targetId,
                      String detail, Instant at) {
        this.organizationId = organizationId;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        this.at = at;
    }

    public Long id() {
        return id;
    }

    public Long organizationId() {
        return organizationId;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public String targetId() {
        return targetId;
    }

    public String detail() {
        return detail;
    }

    public Instant at() {
        return at;
    }
}
