package org.hearth.help.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.help.boundary.HelpResources;
import org.hearth.help.entity.HelpDetails;
import org.hearth.help.entity.HelpResource;
import org.hearth.platform.faces.StudioEditForm;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;
import org.hearth.shared.ResourceNotFoundException;

/**
 * The studio's help resources: the list ({@code /studio/help}), which flags every resource nobody
 * verified in six months, and the edit page ({@code /studio/help/new}, {@code /studio/help/{id}})
 * with "mark verified today". Every rule lives in {@link HelpResources} and {@link HelpResource}.
 */
@Named("studioHelp")
@RequestScoped
public class HelpStudioBacking extends StudioEditForm<HelpResource> {

    @Inject
    HelpResources help;

    @Inject
    Audiences audiences;

    private String organization;
    private String code;
    private String nameEn;
    private String nameFr;
    private String phone;
    private String tty;
    private String textUrl;
    private String hoursEn;
    private String hoursFr;
    private String languagesEn;
    private String languagesFr;
    private String notesEn;
    private String notesFr;
    private String audience;
    private LocalDate lastVerified;
    private HelpResource resource;


    public List<HelpResource> getResources() {
        return help.visible();
    }

    public boolean stale(HelpResource h) {
        return h.needsVerification(help.today());
    }

    /** Whether the resource being edited is due for verification, as stored. */
    public boolean isStale() {
        return resource != null && resource.needsVerification(help.today());
    }

    public void load() {
        if (key == null || StudioPage.isPostback()) {
            return;
        }
        try {
            fill(help.read(key));
        } catch (ResourceNotFoundException e) {
            StudioPage.notFound();
        } catch (BusinessException refused) {
            StudioText.refused(refused, "help");
            key = null;
        }
    }

    private void fill(HelpResource h) {
        resource = h;
        HelpDetails d = h.details();
        version = h.version();
        organization = h.organization().slug();
        code = h.code();
        nameEn = d.nameEn();
        nameFr = d.nameFr();
        phone = d.phone();
        tty = d.tty();
        textUrl = d.textUrl();
        hoursEn = d.hoursEn();
        hoursFr = d.hoursFr();
        languagesEn = d.languagesEn();
        languagesFr = d.languagesFr();
        notesEn = d.notesEn();
        notesFr = d.notesFr();
        audience = d.audienceCode();
        lastVerified = d.lastVerified();
    }

    public String save() {
        HelpDetails details = new HelpDetails(nameEn, nameFr, phone, tty, textUrl, hoursEn, hoursFr, languagesEn,
                languagesFr, notesEn, notesFr, audience, lastVerified);
        save(() -> key == null ? help.create(organization, code, details) : help.update(key, version, details),
                saved -> "/studio/help/" + saved.id(), "reference.saved", "help");
        return null;
    }

    /** Someone just checked the number, hours and languages: the warning goes away for six months. */
    public String markVerified() {
        save(() -> help.markVerified(key, version), saved -> "/studio/help/" + key, "help.verifiedToday", "help");
        return null;
    }


    public List<Audience> getAudiences() {
        return audiences.all();
    }

    public String audienceLabel(String code) {
        if (code == null) {
            return StudioText.text("help.everyone");
        }
        return audiences.find(code).map(a -> a.label(StudioText.lang())).orElse(code);
    }

    public int getStaleAfterMonths() {
        return HelpResource.STALE_AFTER_MONTHS;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getTty() {
        return tty;
    }

    public void setTty(String tty) {
        this.tty = tty;
    }

    public String getTextUrl() {
        return textUrl;
    }

    public void setTextUrl(String textUrl) {
        this.textUrl = textUrl;
    }

    public String getHoursEn() {
        return hoursEn;
    }

    public void setHoursEn(String hoursEn) {
        this.hoursEn = hoursEn;
    }

    public String getHoursFr() {
        return hoursFr;
    }

    public void setHoursFr(String hoursFr) {
        this.hoursFr = hoursFr;
    }

    public String getLanguagesEn() {
        return languagesEn;
    }

    public void setLanguagesEn(String languagesEn) {
        this.languagesEn = languagesEn;
    }

    public String getLanguagesFr() {
        return languagesFr;
    }

    public void setLanguagesFr(String languagesFr) {
        this.languagesFr = languagesFr;
    }

    public String getNotesEn() {
        return notesEn;
    }

    public void setNotesEn(String notesEn) {
        this.notesEn = notesEn;
    }

    public String getNotesFr() {
        return notesFr;
    }

    public void setNotesFr(String notesFr) {
        this.notesFr = notesFr;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience == null || audience.isBlank() ? null : audience;
    }

    public LocalDate getLastVerified() {
        return lastVerified;
    }

    public void setLastVerified(LocalDate lastVerified) {
        this.lastVerified = lastVerified;
    }
}
