package org.hearth.project.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Province;
import org.hearth.shared.Slug;

/**
 * Where a campaign meets a community: a neighbourhood in a municipality, run by one organization.
 * Public content is organized organization, then project. A project never records the location
 * of a shelter or safe housing; its place is a neighbourhood name, never an address.
 */
@Entity
@Table(name = "neighbourhood_project")
@NamedQuery(name = NeighbourhoodProject.FIND_BY_SLUG,
        query = "SELECT p FROM NeighbourhoodProject p JOIN FETCH p.organization WHERE p.slug = :slug")
@NamedQuery(name = NeighbourhoodProject.FIND_ALL,
        query = "SELECT p FROM NeighbourhoodProject p JOIN FETCH p.organization WHERE p.slug > :after ORDER BY p.slug")
public class NeighbourhoodProject {

    public static final String FIND_BY_SLUG = "NeighbourhoodProject.findBySlug";
    public static final String FIND_ALL = "NeighbourhoodProject.findAll";
    public static final int NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(name = "name_fr", length = NAME_LENGTH)
    private String nameFr;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Province province;

    @Column(nullable = false, length = 200)
    private String municipality;

    @Column(nullable = false, length = 200)
    private String neighbourhood;

    @Lob
    private String description;

    @Lob
    @Column(name = "description_fr")
    private String descriptionFr;

    @Lob
    @Column(name = "partner_services")
    private String partnerServices;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected NeighbourhoodProject() {
    }

    public NeighbourhoodProject(String slug, Organization organization, Instant now) {
        this.slug = Slug.require(slug, "slug");
        this.organization = organization;
        this.createdAt = now;
    }

    /** Names the project and places it: a neighbourhood of a municipality in a province or territory. */
    public void place(String name, String nameFr, Province province, String municipality, String neighbourhood) {
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
            throw new InvalidInputException("name", "is required (at most " + NAME_LENGTH + " characters)");
        }
        if (municipality == null || municipality.isBlank()) {
            throw new InvalidInputException("municipality", "is required");
        }
        if (neighbourhood == null || neighbourhood.isBlank()) {
            throw new InvalidInputException("neighbourhood", "is required");
        }
        this.name = name.strip();
        this.nameFr = nameFr == null || nameFr.isBlank() ? null : nameFr.strip();
        this.province = province;
        this.municipality = municipality.strip();
        this.neighbourhood = neighbourhood.strip();
    }

    public void describe(String english, String french, String partnerServices) {
        this.description = english;
        this.descriptionFr = french;
        this.partnerServices = partnerServices;
    }

    public void schedule(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", "must not be before the start date");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public Organization organization() {
        return organization;
    }

    public String name() {
        return name;
    }

    public String name(String lang) {
        return "fr".equals(lang) && nameFr != null ? nameFr : name;
    }

    public Province province() {
        return province;
    }

    public String municipality() {
        return municipality;
    }

    public String neighbourhood() {
        return neighbourhood;
    }

    public String description(String lang) {
        return "fr".equals(lang) && descriptionFr != null ? descriptionFr : description;
    }

    public String partnerServices() {
        return partnerServices;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    /** The French name as stored (null when there is none), for editing; readers get {@link #name(String)}. */
    public String nameFr() {
        return nameFr;
    }

    /** The description as stored in {@code lang} (null when there is none), for editing. */
    public String storedDescription(String lang) {
        return "fr".equals(lang) ? descriptionFr : description;
    }

    public int version() {
        return version;
    }
}
