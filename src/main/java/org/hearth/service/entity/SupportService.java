package org.hearth.service.entity;

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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hearth.organization.entity.Organization;
import org.hearth.service.entity.ServiceDetails.Accessibility;
import org.hearth.shared.Coded;
import org.hearth.shared.FieldChecks;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Verification;
import org.hearth.shared.InvalidInputException.FieldError;
import org.hearth.shared.Province;

/**
 * One service in the provincial directory: who runs it, what help it gives, where, in which
 * languages, how to reach it and who may refer. Admin-managed like the help resources, with the
 * date someone last checked it: after {@value #STALE_AFTER_MONTHS} months the studio flags it.
 * <p>
 * Two rules protect the people it serves. A shelter or safe house never has an address here (its
 * location is how someone who exploited a person would find them again), and every service can be
 * reached some way (phone, text or web), or it helps nobody.
 */
@Entity
@Table(name = "support_service")
@NamedQuery(name = SupportService.FIND_ALL, query = "SELECT s FROM SupportService s ORDER BY s.slug")
@NamedQuery(name = SupportService.FIND_BY_SLUG, query = "SELECT s FROM SupportService s WHERE s.slug = :slug")
public class SupportService {

    public static final String FIND_ALL = "SupportService.findAll";
    public static final String FIND_BY_SLUG = "SupportService.findBySlug";
    public static final int STALE_AFTER_MONTHS = Verification.STALE_AFTER_MONTHS;
    public static final int SLUG_LENGTH = 100;
    public static final int NAME_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int LIST_LENGTH = 1000;
    public static final int LANGUAGES_LENGTH = 300;
    public static final int HOURS_LENGTH = 200;
    public static final int ADDRESS_LENGTH = 300;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (SLUG_LENGTH - 1) + "}");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false, unique = true, length = SLUG_LENGTH)
    private String slug;

    @Column(name = "name_en", nullable = false, length = NAME_LENGTH)
    private String nameEn;

    @Column(name = "name_fr", nullable = false, length = NAME_LENGTH)
    private String nameFr;

    /** The organization that runs the service (not the Hearth organization that lists it). */
    @Column(length = NAME_LENGTH)
    private String provider;

    @Column(name = "summary_en", length = SUMMARY_LENGTH)
    private String summaryEn;

    @Column(name = "summary_fr", length = SUMMARY_LENGTH)
    private String summaryFr;

    /** Category codes, comma-separated, in the order staff gave them. */
    @Column(nullable = false, length = LIST_LENGTH)
    private String categories;

    /** Area codes ({@link Area#code()}), comma-separated. */
    @Column(nullable = false, length = LIST_LENGTH)
    private String areas;

    /** Audience codes, comma-separated; empty: for everyone. */
    @Column(nullable = false, length = LIST_LENGTH)
    private String audiences = "";

    @Column(name = "languages_en", length = LANGUAGES_LENGTH)
    private String languagesEn;

    @Column(name = "languages_fr", length = LANGUAGES_LENGTH)
    private String languagesFr;

    @Column(name = "hours_en", length = HOURS_LENGTH)
    private String hoursEn;

    @Column(name = "hours_fr", length = HOURS_LENGTH)
    private String hoursFr;

    @Column(nullable = false)
    private boolean wheelchair;

    @Column(nullable = false)
    private boolean tty;

    @Column(nullable = false)
    private boolean interpretation;

    @Column(length = FieldChecks.PHONE_LENGTH)
    private String phone;

    @Column(name = "text_url", length = FieldChecks.URL_LENGTH)
    private String textUrl;

    @Column(name = "web_url", length = FieldChecks.URL_LENGTH)
    private String webUrl;

    /** A walk-in address, only where the service publishes one itself; never a shelter's. */
    @Column(length = ADDRESS_LENGTH)
    private String address;

    @Column(nullable = false, length = 20)
    private String referral;

    @Column(nullable = false, length = 20)
    private String cost;

    @Column(name = "trauma_informed", nullable = false)
    private boolean traumaInformed;

    @Column(name = "trafficking_specific", nullable = false)
    private boolean traffickingSpecific;

    /** Sample content: an invented service, shown as such so nobody calls it. */
    @Column(nullable = false)
    private boolean fictional;

    @Column(name = "last_verified")
    private LocalDate lastVerified;

    @Version
    private int version;

    protected SupportService() {
    }

    /** A service with these details; refused, naming every field, when they break a rule. */
    public SupportService(Organization organization, String slug, ServiceDetails details, LocalDate today) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new InvalidInputException("slug", "must be lower-case letters, digits and hyphens (at most " + SLUG_LENGTH + " characters)");
        }
        this.organization = organization;
        this.slug = slug;
        revise(details, today);
    }

    /** Replaces everything staff edit at once, or nothing (see {@link #validate}). */
    public void revise(ServiceDetails details, LocalDate today) {
        validate(details, today);
        nameEn = details.nameEn().strip();
        nameFr = details.nameFr().strip();
        provider = blankToNull(details.provider());
        summaryEn = blankToNull(details.summaryEn());
        summaryFr = blankToNull(details.summaryFr());
        categories = join(details.categories().stream().map(c -> Coded.parse(ServiceCategory.class, c.strip(), "categories").code()).toList());
        areas = join(details.areas().stream().map(a -> Area.parse(a).code()).toList());
        audiences = join(codes(details.audiences()));
        languagesEn = blankToNull(details.languagesEn());
        languagesFr = blankToNull(details.languagesFr());
        hoursEn = blankToNull(details.hoursEn());
        hoursFr = blankToNull(details.hoursFr());
        Accessibility access = details.accessibility() == null ? new Accessibility(false, false, false) : details.accessibility();
        wheelchair = access.wheelchair();
        tty = access.tty();
        interpretation = access.interpretation();
        phone = blankToNull(details.phone());
        textUrl = blankToNull(details.textUrl());
        webUrl = blankToNull(details.webUrl());
        address = blankToNull(details.address());
        referral = Coded.parse(Referral.class, details.referral(), "referral").code();
        cost = Coded.parse(Cost.class, details.cost(), "cost").code();
        traumaInformed = details.traumaInformed();
        traffickingSpecific = details.traffickingSpecific();
        fictional = details.fictional();
        lastVerified = details.lastVerified();
    }

    /**
     * Refuses details that break a rule, naming every field that does: names in both languages, at
     * least one category and one area (all known codes), at least one way to reach the service, no
     * address for a shelter, numbers that look like numbers, no verification on a day still to come.
     */
    public static void validate(ServiceDetails d, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "nameEn", d.nameEn(), NAME_LENGTH);
        required(errors, "nameFr", d.nameFr(), NAME_LENGTH);
        optional(errors, "provider", d.provider(), NAME_LENGTH);
        optional(errors, "summaryEn", d.summaryEn(), SUMMARY_LENGTH);
        optional(errors, "summaryFr", d.summaryFr(), SUMMARY_LENGTH);
        List<ServiceCategory> kinds = categories(errors, d.categories());
        areas(errors, d.areas());
        for (String audience : codes(d.audiences())) {
            if (!CODE.matcher(audience).matches()) {
                errors.add(new FieldError("audiences", "'" + audience + "' is not an audience code"));
            }
        }
        optional(errors, "languagesEn", d.languagesEn(), LANGUAGES_LENGTH);
        optional(errors, "languagesFr", d.languagesFr(), LANGUAGES_LENGTH);
        optional(errors, "hoursEn", d.hoursEn(), HOURS_LENGTH);
        optional(errors, "hoursFr", d.hoursFr(), HOURS_LENGTH);
        FieldChecks.phone(errors, "phone", d.phone());
        link(errors, "textUrl", d.textUrl(), true);
        link(errors, "webUrl", d.webUrl(), false);
        optional(errors, "address", d.address(), ADDRESS_LENGTH);
        if (blankToNull(d.phone()) == null && blankToNull(d.textUrl()) == null && blankToNull(d.webUrl()) == null) {
            errors.add(new FieldError("phone", "give at least one way to reach the service: a phone number, a text address or a web page"));
        }
        if (kinds.contains(ServiceCategory.SHELTER) && blankToNull(d.address()) != null) {
            errors.add(new FieldError("address", "a shelter's or safe house's location is never published: leave the address empty"));
        }
        code(errors, Referral.class, d.referral(), "referral");
        code(errors, Cost.class, d.cost(), "cost");
        if (d.lastVerified() != null && d.lastVerified().isAfter(today)) {
            errors.add(new FieldError("lastVerified", "cannot be in the future"));
        }
        refuse(errors);
    }

    /** Someone checked the numbers, hours and languages {@code today}. */
    public void markVerified(LocalDate today) {
        lastVerified = today;
    }

    /** Whether nobody has checked this service in the last six months (exactly six months ago still counts). */
    public boolean needsVerification(LocalDate today) {
        return Verification.isDue(lastVerified, today);
    }

    /** How well it serves a place: the best {@link Area#fit} of its areas. */
    public int fit(Province province, String municipality) {
        return areaList().stream().mapToInt(a -> a.fit(province, municipality)).max().orElse(Area.ELSEWHERE);
    }

    /** Whether it works in this province (all of it, part of it, or the whole country). */
    public boolean reaches(Province province) {
        return areaList().stream().anyMatch(a -> a.isNational() || a.province() == province);
    }

    public boolean isNational() {
        return areaList().stream().allMatch(Area::isNational);
    }

    /** For everyone, or for one of {@code audienceCodes}. */
    public boolean servesAnyOf(Set<String> audienceCodes) {
        List<String> own = audienceCodes();
        return own.isEmpty() || own.stream().anyMatch(audienceCodes::contains);
    }

    public boolean offers(ServiceCategory category) {
        return categoryList().contains(category);
    }

    /** Whether every word of {@code query} appears in its names, provider, summaries or categories. */
    public boolean mentions(String query) {
        String haystack = Area.folded(String.join(" ", nameEn, nameFr, java.util.Objects.toString(provider, ""), java.util.Objects.toString(summaryEn, ""),
                java.util.Objects.toString(summaryFr, ""), String.join(" ", categoryList().stream().map(c -> c.label("en") + " " + c.label("fr")).toList())));
        String[] words = Area.folded(query).split("[^\\p{L}\\p{N}]+");
        return Arrays.stream(words).filter(w -> !w.isEmpty()).allMatch(haystack::contains)
                && Arrays.stream(words).anyMatch(w -> !w.isEmpty());
    }

    public ServiceDetails details() {
        return new ServiceDetails(nameEn, nameFr, provider, summaryEn, summaryFr,
                categoryList().stream().map(ServiceCategory::code).toList(), areaList().stream().map(Area::code).toList(),
                audienceCodes(), languagesEn, languagesFr, hoursEn, hoursFr, accessibility(), phone, textUrl, webUrl,
                address, referral, cost, traumaInformed, traffickingSpecific, fictional, lastVerified);
    }

    public List<ServiceCategory> categoryList() {
        return split(categories).stream().map(c -> Coded.find(ServiceCategory.class, c)).flatMap(Optional::stream).toList();
    }

    public List<Area> areaList() {
        return split(areas).stream().map(Area::parse).toList();
    }

    public List<String> audienceCodes() {
        return split(audiences);
    }

    public Accessibility accessibility() {
        return new Accessibility(wheelchair, tty, interpretation);
    }

    public Referral referral() {
        return Coded.parse(Referral.class, referral, "referral");
    }

    public Cost cost() {
        return Coded.parse(Cost.class, cost, "cost");
    }

    public String telUri() {
        return FieldChecks.telUri(phone);
    }

    public String changeTag() {
        return "service:" + slug;
    }

    public Long id() {
        return id;
    }

    public Organization organization() {
        return organization;
    }

    public String slug() {
        return slug;
    }

    public String name(String lang) {
        return "fr".equals(lang) ? nameFr : nameEn;
    }

    public String summary(String lang) {
        return "fr".equals(lang) ? summaryFr : summaryEn;
    }

    public String languages(String lang) {
        return "fr".equals(lang) ? languagesFr : languagesEn;
    }

    public String hours(String lang) {
        return "fr".equals(lang) ? hoursFr : hoursEn;
    }

    public String provider() {
        return provider;
    }

    public String phone() {
        return phone;
    }

    public String textUrl() {
        return textUrl;
    }

    public String webUrl() {
        return webUrl;
    }

    public String address() {
        return address;
    }

    public boolean traumaInformed() {
        return traumaInformed;
    }

    public boolean traffickingSpecific() {
        return traffickingSpecific;
    }

    public boolean fictional() {
        return fictional;
    }

    public LocalDate lastVerified() {
        return lastVerified;
    }

    public int version() {
        return version;
    }

    private static List<ServiceCategory> categories(List<FieldError> errors, List<String> codes) {
        List<ServiceCategory> found = new ArrayList<>();
        if (codes == null || codes.stream().allMatch(c -> c == null || c.isBlank())) {
            errors.add(new FieldError("categories", "choose at least one category (" + Coded.codes(ServiceCategory.class) + ")"));
            return found;
        }
        for (String code : codes) {
            Coded.find(ServiceCategory.class, code == null ? "" : code.strip()).ifPresentOrElse(found::add, () -> errors.add(
                    new FieldError("categories", "unknown code '" + code + "'; expected one of " + Coded.codes(ServiceCategory.class))));
        }
        return found;
    }

    private static void areas(List<FieldError> errors, List<String> codes) {
        if (codes == null || codes.stream().allMatch(c -> c == null || c.isBlank())) {
            errors.add(new FieldError("areas", "give at least one area: national, a province (ON) or a municipality (ON:Toronto)"));
            return;
        }
        for (String code : codes) {
            try {
                Area.parse(code);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        optional(errors, "areas", String.join(",", codes), LIST_LENGTH);
    }

    private static <E extends Enum<E> & Coded> void code(List<FieldError> errors, Class<E> type, String code, String field) {
        if (code == null || Coded.find(type, code).isEmpty()) {
            errors.add(new FieldError(field, "unknown code '" + code + "'; expected one of " + Coded.codes(type)));
        }
    }

    private static List<String> codes(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    private static String join(List<String> codes) {
        return String.join(",", new LinkedHashSet<>(codes));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
}
