package org.hearth.submission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.hearth.organization.entity.Organization;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.PublicIds;

/**
 * A code staff hand out (read aloud in a classroom, written on a board) so that volunteers of one
 * neighbourhood project may submit. It admits a set number of submissions until its expiry date,
 * unless revoked first. Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L):
 * about 40 bits, which the per-address and per-code rate limits keep out of guessing range.
 * It is not the {@code account} component's {@code Invitation}, which lets a new staff member in.
 */
@Entity
@Table(name = "invitation_code")
@NamedQuery(name = InvitationCode.FIND_BY_CODE, query = "SELECT c FROM InvitationCode c WHERE c.code = :code")
@NamedQuery(name = InvitationCode.FIND_BY_PUBLIC_ID, query = "SELECT c FROM InvitationCode c WHERE c.publicId = :id")
@NamedQuery(name = InvitationCode.FIND_BY_PROJECT,
        query = "SELECT c FROM InvitationCode c WHERE c.project = :project ORDER BY c.id DESC")
public class InvitationCode {

    public static final String FIND_BY_CODE = "InvitationCode.findByCode";
    public static final String FIND_BY_PUBLIC_ID = "InvitationCode.findByPublicId";
    public static final String FIND_BY_PROJECT = "InvitationCode.findByProject";
    /** Unambiguous when read aloud or copied by hand. */
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    public static final int MAX_USES = 1000;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, unique = true, length = 32)
    private String publicId;

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(optional = false)
    @JoinColumn(name = "project_id")
    private NeighbourhoodProject project;

    @Column(nullable = false)
    private int uses;

    @Column(nullable = false)
    private int used;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected InvitationCode() {
    }

    public InvitationCode(NeighbourhoodProject project, int uses, LocalDate expiresOn, String createdBy, Instant now) {
        this.publicId = PublicIds.next();
        this.code = generate();
        this.organization = project.organization();
        this.project = project;
        this.uses = uses;
        this.expiresOn = expiresOn;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A code chosen rather than drawn: the sample content's, documented in the README. */
    public static InvitationCode chosen(NeighbourhoodProject project, String code, int uses, LocalDate expiresOn,
                                        String createdBy, Instant now) {
        InvitationCode chosen = new InvitationCode(project, uses, expiresOn, createdBy, now);
        chosen.code = normalize(code);
        return chosen;
    }

    /** A fresh random code (normalized: capitals and digits only). */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed ("abcd-efgh", " ABCD EFGH ") in the form it is stored, or null. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return code.isEmpty() || code.length() > 16 ? null : code;
    }

    /** Whether it admits one more submission on {@code today}. */
    public boolean admits(LocalDate today) {
        return revokedAt == null && used < uses && !today.isAfter(expiresOn);
    }

    /** Counts one submission; the caller has checked {@link #admits}. */
    public void use() {
        used++;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** {@code active}, {@code used-up}, {@code expired} or {@code revoked}. */
    public String status(LocalDate today) {
        if (revokedAt != null) {
            return "revoked";
        }
        if (today.isAfter(expiresOn)) {
            return "expired";
        }
        return used >= uses ? "used-up" : "active";
    }

    /** The code as shown to people: two groups of four. */
    public String display() {
        return code.length() == LENGTH ? code.substring(0, 4) + "-" + code.substring(4) : code;
    }

    public Long id() { return id; }
    public String publicId() { return publicId; }
    public String code() { return code; }
    public Organization organization() { return organization; }
    public NeighbourhoodProject project() { return project; }
    public int uses() { return uses; }
    public int used() { return used; }
    public int remaining() { return Math.max(0, uses - used); }
    public LocalDate expiresOn() { return expiresOn; }
    public Instant revokedAt() { return revokedAt; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
