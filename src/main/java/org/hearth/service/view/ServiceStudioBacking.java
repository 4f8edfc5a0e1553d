package org.hearth.service.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.platform.faces.StudioEditForm;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.service.boundary.Services;
import org.hearth.service.entity.Cost;
import org.hearth.service.entity.Referral;
import org.hearth.service.entity.ServiceCategory;
import org.hearth.service.entity.ServiceDetails;
import org.hearth.service.entity.ServiceDetails.Accessibility;
import org.hearth.service.entity.SupportService;
import org.hearth.shared.BusinessException;
import org.hearth.shared.ResourceNotFoundException;

/**
 * The studio's service directory: the list ({@code /studio/services}), which flags every service
 * nobody verified in six months, and the edit page ({@code /studio/services/new},
 * {@code /studio/services/{slug}}) with "mark verified today". Areas are typed one per line
 * ({@code ON:Toronto}). Every rule lives in {@link Services} and {@link SupportService}.
 */
@Named("studioServices")
@RequestScoped
public class ServiceStudioBacking extends StudioEditForm<SupportService> {

    @Inject
    Services services;

    @Inject
    Audiences audiences;

    private String organization;
    private String slug;
    private String nameEn;
    private String nameFr;
    private String provider;
    private String summaryEn;
    private String summaryFr;
    private List<String> categories = new ArrayList<>();
    private String areas;
    private List<String> audienceCodes = new ArrayList<>();
    private String languagesEn;
    private String languagesFr;
    private String hoursEn;
    private String hoursFr;
    private boolean wheelchair;
    private boolean tty;
    private boolean interpretation;
    private String phone;
    private String textUrl;
    private String webUrl;
    private String address;
    private String referral = Referral.SELF.code();
    private String cost = Cost.FREE.code();
    private boolean traumaInformed;
    private boolean traffickingSpecific;
    private boolean fictional;
    private LocalDate lastVerified;
    private SupportService service;

    public List<SupportService> getServices() {
        return services.visible();
    }

    public boolean stale(SupportService s) {
        return s.needsVerification(services.today());
    }

    /** Whether the service being edited is due for verification, as stored. */
    public boolean isStale() {
        return service != null && service.needsVerification(services.today());
    }

    public void load() {
        if (key == null || StudioPage.isPostback()) {
            return;
        }
        try {
            fill(services.read(key));
        } catch (ResourceNotFoundException e) {
            StudioPage.notFound();
        } catch (BusinessException refused) {
            StudioText.refused(refused, "service");
            key = null;
        }
    }

    private void fill(SupportService s) {
        service = s;
        ServiceDetails d = s.details();
        version = s.version();
        organization = s.organization().slug();
        slug = s.slug();
        nameEn = d.nameEn();
        nameFr = d.nameFr();
        provider = d.provider();
        summaryEn = d.summaryEn();
        summaryFr = d.summaryFr();
        categories = new ArrayList<>(d.categories());
        areas = String.join("\n", d.areas());
        audienceCodes = new ArrayList<>(d.audiences());
        languagesEn = d.languagesEn();
        languagesFr = d.languagesFr();
        hoursEn = d.hoursEn();
        hoursFr = d.hoursFr();
        wheelchair = d.accessibility().wheelchair();
        tty = d.accessibility().tty();
        interpretation = d.accessibility().interpretation();
        phone = d.phone();
        textUrl = d.textUrl();
        webUrl = d.webUrl();
        address = d.address();
        referral = d.referral();
        cost = d.cost();
        traumaInformed = d.traumaInformed();
        traffickingSpecific = d.traffickingSpecific();
        fictional = d.fictional();
        lastVerified = d.lastVerified();
    }

    public String save() {
        List<String> areaLines = areas == null ? List.of()
                : Arrays.stream(areas.split("[\\r\\n,]+")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        ServiceDetails details = new ServiceDetails(nameEn, nameFr, provider, summaryEn, summaryFr, categories, areaLines,
                audienceCodes, languagesEn, languagesFr, hoursEn, hoursFr, new Accessibility(wheelchair, tty, interpretation),
                phone, textUrl, webUrl, address, referral, cost, traumaInformed, traffickingSpecific, fictional, lastVerified);
        save(() -> key == null ? services.create(organization, slug, details) : services.update(key, version, details),
                saved -> "/studio/services/" + saved.slug(), "reference.saved", "service");
        return null;
    }

    /** Someone just checked the numbers, hours and languages: the warning goes away for six months. */
    public String markVerified() {
        save(() -> services.markVerified(key, version), saved -> "/studio/services/" + key, "help.verifiedToday", "service");
        return null;
    }

    public List<ServiceCategory> getCategoryChoices() {
        return List.of(ServiceCategory.values());
    }

    public List<Referral> getReferralChoices() {
        return List.of(Referral.values());
    }

    public List<Cost> getCostChoices() {
        return List.of(Cost.values());
    }

    public List<Audience> getAudiences() {
        return audiences.all();
    }

    public String categoryLabels(SupportService s) {
        return String.join(", ", s.categoryList().stream().map(c -> c.label(StudioText.lang())).toList());
    }

    public String areaLabels(SupportService s) {
        return String.join(", ", s.areaList().stream().map(a -> a.label(StudioText.lang())).toList());
    }

    public int getStaleAfterMonths() {
        return SupportService.STALE_AFTER_MONTHS;
    }

    public String getOrganization() { return organization; }
    public void setOrganization(String organization) { this.organization = organization; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String nameFr) { this.nameFr = nameFr; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public String getSummaryEn() { return summaryEn; }
    public void setSummaryEn(String summaryEn) { this.summaryEn = summaryEn; }
    public String getSummaryFr() { return summaryFr; }
    public void setSummaryFr(String summaryFr) { this.summaryFr = summaryFr; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories; }
    public String getAreas() { return areas; }
    public void setAreas(String areas) { this.areas = areas; }
    public List<String> getAudienceCodes() { return audienceCodes; }
    public void setAudienceCodes(List<String> audienceCodes) { this.audienceCodes = audienceCodes; }
    public String getLanguagesEn() { return languagesEn; }
    public void setLanguagesEn(String languagesEn) { this.languagesEn = languagesEn; }
    public String getLanguagesFr() { return languagesFr; }
    public void setLanguagesFr(String languagesFr) { this.languagesFr = languagesFr; }
    public String getHoursEn() { return hoursEn; }
    public void setHoursEn(String hoursEn) { this.hoursEn = hoursEn; }
    public String getHoursFr() { return hoursFr; }
    public void setHoursFr(String hoursFr) { this.hoursFr = hoursFr; }
    public boolean isWheelchair() { return wheelchair; }
    public void setWheelchair(boolean wheelchair) { this.wheelchair = wheelchair; }
    public boolean isTty() { return tty; }
    public void setTty(boolean tty) { this.tty = tty; }
    public boolean isInterpretation() { return interpretation; }
    public void setInterpretation(boolean interpretation) { this.interpretation = interpretation; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getTextUrl() { return textUrl; }
    public void setTextUrl(String textUrl) { this.textUrl = textUrl; }
    public String getWebUrl() { return webUrl; }
    public void setWebUrl(String webUrl) { this.webUrl = webUrl; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getReferral() { return referral; }
    public void setReferral(String referral) { this.referral = referral; }
    public String getCost() { return cost; }
    public void setCost(String cost) { this.cost = cost; }
    public boolean isTraumaInformed() { return traumaInformed; }
    public void setTraumaInformed(boolean traumaInformed) { this.traumaInformed = traumaInformed; }
    public boolean isTraffickingSpecific() { return traffickingSpecific; }
    public void setTraffickingSpecific(boolean traffickingSpecific) { this.traffickingSpecific = traffickingSpecific; }
    public boolean isFictional() { return fictional; }
    public void setFictional(boolean fictional) { this.fictional = fictional; }
    public LocalDate getLastVerified() { return lastVerified; }
    public void setLastVerified(LocalDate lastVerified) { this.lastVerified = lastVerified; }
}
