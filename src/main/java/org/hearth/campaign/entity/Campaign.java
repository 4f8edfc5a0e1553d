package org.hearth.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.hearth.shared.Slug;

/**
 * Groups stories and media kits across projects and audiences over a date range, such as
 * National Human Trafficking Awareness Day (February 22).
 */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.FIND_BY_SLUG, query = "SELECT c FROM Campaign c JOIN FETCH c.organization WHERE c.slug = :slug")
@NamedQuery(name = Campaign.FIND_ALL,
        query = "SELECT c FROM Campaign c JOIN FETCH c.organization WHERE c.slug > :after ORDER BY c.slug")
public class Campaign {

    public static final String FIND_BY_SLUG = "Campaign.findBySlug";
    public static final String FIND_ALL = "Campaign.findAll";
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

    @Lob
    private String description;

    @Lob
    @Column(name = "description_fr")
    private String descriptionFr;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Campaign() {
    }

    public Campaign(String slug, Organization organization, Instant now) {
        this.slug = Slug.require(slug, "slug");
        this.organization = organization;
        this.createdAt = now;
    }

    public void rename(String name, String nameFr) {
        if (name == null || name.isBlank() || name.length() > NAME_LENGTH) {
            throw new InvalidInputException("name", "is required (at most " + NAME_LENGTH + " characters)");
        }
        this.name = name.strip();
        this.nameFr = nameFr == null || nameFr.isBlank() ? null : nameFr.strip();
    }

    public void describe(String english, String french) {
        this.description = english;
        this.descriptionFr = french;
    }

    /** Sets the date range; the end may not come before the start. */
    public void runFrom(LocalDate startsOn, LocalDate endsOn) {
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", "must not be before the start date");
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    /** Whether the campaign runs on {@code day} (open-ended sides count as running). */
    public boolean runsOn(LocalDate day) {
        return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
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

    public String name(String lang) {
        return "fr".equals(lang) && nameFr != null ? nameFr : name;
    }

    public String name() {
        return name;
    }

    public String description(String lang) {
        return "fr".equals(lang) && descriptionFr != null ? descriptionFr : description;
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
