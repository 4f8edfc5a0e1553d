package org.hearth.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hearth.shared.Province;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Slug;

/**
 * The tenant: a non-profit running campaigns on Hearth. Everything staff write belongs to exactly
 * one organization, and nobody sees another organization's drafts, consents or members.
 */
@Entity
@Table(name = "organization")
@NamedQuery(name = Organization.FIND_BY_SLUG, query = "SELECT o FROM Organization o WHERE o.slug = :slug")
@NamedQuery(name = Organization.FIND_ALL, query = "SELECT o FROM Organization o ORDER BY o.name")
@NamedQuery(name = Organization.COUNT, query = "SELECT COUNT(o) FROM Organization o")
public class Organization {

    public static final String FIND_BY_SLUG = "Organization.findBySlug";
    public static final String FIND_ALL = "Organization.findAll";
    public static final String COUNT = "Organization.count";
    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Province province;

    @Lob
    @Column(name = "description_en")
    private String descriptionEn;

    @Lob
    @Column(name = "description_fr")
    private String descriptionFr;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Organization() {
    }

    public Organization(String slug, String name, Province province, Instant now) {
        Slug.require(slug, "slug");
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
            throw new InvalidInputException("name", "is required (at most " + NAME_LENGTH + " characters)");
        }
        this.slug = slug;
        this.name = name.strip();
        this.province = Objects.requireNonNull(province, "province");
        this.createdAt = now;
    }

    public void describe(String english, String french) {
        this.descriptionEn = english;
        this.descriptionFr = french;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public Province province() {
        return province;
    }

    public String description(String lang) {
        return "fr".equals(lang) && descriptionFr != null ? descriptionFr : descriptionEn;
    }

    public int version() {
        return version;
    }
}
