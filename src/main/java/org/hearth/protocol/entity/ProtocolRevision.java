package org.hearth.protocol.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A saved state of a protocol (its content as JSON), numbered from 1: when, by whom. */
@Entity
@Table(name = "protocol_revision")
@NamedQuery(name = ProtocolRevision.OF_PROTOCOL,
        query = "SELECT r FROM ProtocolRevision r WHERE r.protocol = :protocol ORDER BY r.number DESC")
public class ProtocolRevision {

    public static final String OF_PROTOCOL = "ProtocolRevision.ofProtocol";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "protocol_id")
    private LocalProtocol protocol;

    @Column(nullable = false)
    private int number;

    @Column(length = 200)
    private String author;

    @Column(nullable = false, length = 1_000_000)
    private String snapshot;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProtocolRevision() {
    }

    public ProtocolRevision(LocalProtocol protocol, int number, String author, String snapshot, Instant at) {
        this.protocol = protocol;
        this.number = number;
        this.author = author;
        this.snapshot = snapshot;
        this.createdAt = at;
    }

    public int number() { return number; }
    public String author() { return author; }
    public String snapshot() { return snapshot; }
    public Instant createdAt() { return createdAt; }
}
