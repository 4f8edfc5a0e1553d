package org.hearth.mediakit.entity;

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

/** A saved state of a kit (its content as JSON), numbered from 1: what changed, when, by whom. */
@Entity
@Table(name = "media_kit_revision")
@NamedQuery(name = KitRevision.OF_KIT, query = "SELECT r FROM KitRevision r WHERE r.kit = :kit ORDER BY r.number DESC")
public class KitRevision {

    public static final String OF_KIT = "KitRevision.ofKit";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "kit_id")
    private MediaKit kit;

    @Column(nullable = false)
    private int number;

    @Column(length = 200)
    private String author;

    @Column(length = 300)
    private String details;

    @Column(nullable = false, length = 1_000_000)
    private String snapshot;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected KitRevision() {
    }

    public KitRevision(MediaKit kit, int number, String author, String details, String snapshot, Instant at) {
        this.kit = kit;
        this.number = number;
        this.author = author;
        this.details = details == null || details.length() <= 300 ? details : details.substring(0, 300);
        this.snapshot = snapshot;
        this.createdAt = at;
    }

    public int number() { return number; }
    public String author() { return author; }
    public String details() { return details; }
    public String snapshot() { return snapshot; }
    public Instant createdAt() { return createdAt; }
}
