package org.hearth.help.entity;

import static org.hearth.shared.FieldChecks.link;
import static org.hearth.shared.FieldChecks.blankToNull;
import static org.hearth.shared.FieldChecks.optional;
import static org.hearth.shared.FieldChecks.refuse;
import static org.hearth.shared.FieldChecks.required;

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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.FieldChecks;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Verification;
import org.hearth.shared.InvalidInputException.FieldError;

/**
 * A hotline or support shown to readers: the Canadian Human Trafficking Hotline, 911, and
 * audience-specific supports. Admin-managed data, never hard-coded, with the date someone last
 * checked that the number and hours are still right. A resource nobody has checked for more than
 * {@value #STALE_AFTER_MONTHS} months is flagged in the studio until someone verifies it again:
 * a wrong number on a hotline page fails the person who needed it.
 */
@Entity
@Table(name = "help_resource")
@NamedQuery(name = HelpResource.FIND_ALL, query = "SELECT h FROM HelpResource h ORDER BY h.position, h.id")
public class HelpResource {

    public static final String FIND_ALL = "HelpResource.findAll";
    /** Older than this, a resource is flagged for re-verification. */
    public static final int STALE_AFTER_MONTHS = Verification.STALE_AFTER_MONTHS;
    public static final int CODE_LENGTH = 60;
    public static final int NAME_LENGTH = 200;
    public static final int PHONE_LENGTH = FieldChecks.PHONE_LENGTH;
    public static final int HOURS_LENGTH = 200;
    public static final int LANGUAGES_LENGTH = 300;
    public static final int NOTES_LENGTH = 500;
    public static final int URL_LENGTH = FieldChecks.URL_LENGTH;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (CODE_LENGTH - 1) + "}");

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

    @Column(length = PHONE_LENGTH)
    private String phone;

    @Column(length = PHONE_LENGTH)
    private String tty;

    /** Where to text or chat: an {@code https:} page or an {@code sms:} address. */
    @Column(name = "text_url", length = URL_LENGTH)
    private String textUrl;

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
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "must be lower-case letters, digits and hyphens (at most " + CODE_LENGTH + " characters)"));
        }
        required(errors, "nameEn", nameEn, NAME_LENGTH);
        required(errors, "nameFr", nameFr, NAME_LENGTH);
        refuse(errors);
        this.organization = organization;
        this.code = code;
        this.nameEn = nameEn.strip();
        this.nameFr = nameFr.strip();
        this.position = position;
    }

    /**
     * Replaces everything staff edit at once, or nothing: every field that breaks a rule is named.
     * Names are required in both languages; numbers look like numbers; the text or chat address is
     * {@code https:}, {@code http:} or {@code sms:}; nobody verifies a resource on a day still to come.
     */
    public void revise(HelpDetails details, LocalDate today) {
        validate(details, today);
        this.nameEn = details.nameEn().strip();
        this.nameFr = details.nameFr().strip();
        this.phone = blankToNull(details.phone());
        this.tty = blankToNull(details.tty());
        this.textUrl = blankToNull(details.textUrl());
        this.hoursEn = blankToNull(details.hoursEn());
        this.hoursFr = blankToNull(details.hoursFr());
        this.languagesEn = blankToNull(details.languagesEn());
        this.languagesFr = blankToNull(details.languagesFr());
        this.notesEn = blankToNull(details.notesEn());
        this.notesFr = blankToNull(details.notesFr());
        intendFor(details.audienceCode());
        this.lastVerified = details.lastVerified();
    }

    /** Refuses details that break a rule, naming every field that does (see {@link #revise}). */
    public static void validate(HelpDetails details, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "nameEn", details.nameEn(), NAME_LENGTH);
        required(errors, "nameFr", details.nameFr(), NAME_LENGTH);
        FieldChecks.phone(errors, "phone", details.phone());
        FieldChecks.phone(errors, "tty", details.tty());
        link(errors, "textUrl", details.textUrl(), true);
        optional(errors, "hoursEn", details.hoursEn(), HOURS_LENGTH);
        optional(errors, "hoursFr", details.hoursFr(), HOURS_LENGTH);
        optional(errors, "languagesEn", details.languagesEn(), LANGUAGES_LENGTH);
        optional(errors, "languagesFr", details.languagesFr(), LANGUAGES_LENGTH);
        optional(errors, "notesEn", details.notesEn(), NOTES_LENGTH);
        optional(errors, "notesFr", details.notesFr(), NOTES_LENGTH);
        if (details.lastVerified() != null && details.lastVerified().isAfter(today)) {
            errors.add(new FieldError("lastVerified", "cannot be in the future"));
        }
        refuse(errors);
    }

    /** Someone checked the number, hours and languages {@code today}. */
    public void markVerified(LocalDate today) {
        this.lastVerified = today;
    }

    /** For the supports of one audience only; null or blank: for everyone. */
    public void intendFor(String audienceCode) {
        this.audienceCode = audienceCode == null || audienceCode.isBlank() ? null : audienceCode;
    }

    /** Whether nobody has checked this resource in the last six months (exactly six months ago still counts as checked). */
    public boolean needsVerification(LocalDate today) {
        return Verification.isDue(lastVerified, today);
    }

    public HelpDetails details() {
        return new HelpDetails(nameEn, nameFr, phone, tty, textUrl, hoursEn, hoursFr, languagesEn, languagesFr,
                notesEn, notesFr, audienceCode, lastVerified);
    }

    public Long id() {
        return id;
    }

    public Organization organization() {
        return organization;
    }

    public int position() {
        return position;
    }

    public int version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String tty() {
        return tty;
    }

    public String ttyUri() {
        return tty == null ? null : "tel:" + tty.replaceAll("[^0-9+]", "");
    }

    public String textUrl() {
        return textUrl;
    }

    public String name(String lang) {
        return "fr".equals(lang) ? nameFr : nameEn;
    }

    public String phone() {
        return phone;
    }

    /** The phone number as a {@code tel:} URI target: digits only, with the country code. */
    public String telUri() {
        return FieldChecks.telUri(phone);
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
