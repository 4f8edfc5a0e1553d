package org.hearth.help.entity;

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
import java.time.LocalDate;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.InvalidInputException;

/**
 * A hotline or support shown to readers: the Canadian Human Trafficking Hotline, 911, and
 * audience-specific supports. Admin-managed data, never hard-coded, with the date someone last
 * checked that the number and hours are still right.
 */
@Entity
@Table(name = "help_resource")
@NamedQuery(name = HelpResource.FIND_ALL, query = "SELECT h FROM HelpResource h ORDER BY h.position, h.id")
public class HelpResource {

    public static final String FIND_ALL = "HelpResource.findAll";
    /** Older than this, a resource is flagged for re-verification. */
    public static final int STALE_AFTER_MONTHS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_fr", nullable = false, length = 200)
    private String nameFr;

    @Column(length = 40)
    private String phone;

    @Column(name = "hours_en", length = 200)
    private String hoursEn;

    @Column(name = "hours_fr", length = 200)
    private String hoursFr;

    @Column(name = "languages_en", length = 300)
    private String languagesEn;

    @Column(name = "languages_fr", length = 300)
    private String languagesFr;

    @Column(name = "notes_en", length = 500)
    private String notesEn;

    @Column(name = "notes_fr", length = 500)
    private String notesFr;

    /** The audience this support is for, or null for everyone. */
    @Column(name = "audience_code", length = 40)
    private String audienceCode;

    @Column(name = "last_verified")
    private LocalDate lastVerified;

    @Column(nullable = false)
    private int position;

    @Version
    private int version;

    protected HelpResource() {
    }

    public HelpResource(Organization organization, String code, String nameEn, String nameFr, int position) {
        if (code == null || code.isBlank() || nameEn == null || nameEn.isBlank() || nameFr == null || nameFr.isBlank()) {
            throw new InvalidInputException("name", "a code and an English and a French name are required");
        }
        this.organization = organization;
        this.code = code;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.position = position;
    }

    public void contact(String phone, String hoursEn, String hoursFr, String languagesEn, String languagesFr,
                        String notesEn, String notesFr) {
        this.phone = phone;
        this.hoursEn = hoursEn;
        this.hoursFr = hoursFr;
        this.languagesEn = languagesEn;
        this.languagesFr = languagesFr;
        this.notesEn = notesEn;
        this.notesFr = notesFr;
    }

    public void intendFor(String audienceCode) {
        this.audienceCode = audienceCode == null || audienceCode.isBlank() ? null : audienceCode;
    }

    public void verifiedOn(LocalDate day) {
        this.lastVerified = day;
    }

    /** Whether nobody has checked this resource in the last six months. */
    public boolean needsVerification(LocalDate today) {
        return lastVerified == null || lastVerified.isBefore(today.minusMonths(STALE_AFTER_MONTHS));
    }

    public String code() {
        return code;
    }

    public String name(String lang) {
        return "fr".equals(lang) ? nameFr : nameEn;
    }

    public String phone() {
        return phone;
    }

    /** The phone number as a {@code tel:} URI target: digits only, with the country code. */
    public String telUri() {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.length() == 11 && digits.startsWith("1") ? "tel:+" + digits : "tel:" + digits;
    }

    public String hours(String lang) {
        return "fr".equals(lang) ? hoursFr : hoursEn;
    }

    public String languages(String lang) {
        return "fr".equals(lang) ? languagesFr : languagesEn;
    }

    public String notes(String lang) {
        return "fr".equals(lang) ? notesFr : notesEn;
    }

    /**
     * What a change to this support touches, as a {@link org.hearth.shared.PublicContentChanged}
     * description: {@code help} (every page shows it) or {@code help-audience:<code>}.
     */
    public String changeTag() {
        return audienceCode == null ? "help" : "help-audience:" + audienceCode;
    }

    public String audienceCode() {
        return audienceCode;
    }

    public LocalDate lastVerified() {
        return lastVerified;
    }
}
