package org.hearth.checks.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.checks.Severity;
import org.hearth.checks.TerminologyEntry;
import org.hearth.checks.boundary.Terminology;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;

/**
 * The studio's terminology list ({@code /studio/terminology}): an organization's discouraged terms
 * for the pre-publish checks, per language, with a form to add one; and one term's page
 * ({@code /studio/terminology/term?organization=&lang=&term=}) to change its suggestion and reason
 * or remove it. The address names the term, so a postback finds it again; {@link Terminology} keeps the rules.
 */
@Named("studioTerms")
@RequestScoped
public class TerminologyStudioBacking {

    @Inject
    Terminology terminology;

    @Inject
    Organizations organizations;

    @Inject
    Caller caller;

    private Organization organization;
    private List<TerminologyEntry> entries;
    private String term;
    private String lang = "en";
    private String suggestion;
    private String note;
    private boolean headlineOnly;
    private String severity = Severity.WARNING.name();
    private boolean found;

    /** The organization named by {@code ?organization=} (or the first one the caller edits), and the term named, if any. */
    @jakarta.annotation.PostConstruct
    void identify() {
        String slug = param("organization");
        // Where the caller edits the terminology list: the organization worked in, if an editor or admin there.
        List<Organization> editing = caller.inView(Role::mayEdit);
        organization = editing.stream().filter(o -> o.slug().equals(slug)).findFirst()
                .or(() -> editing.stream().findFirst()).orElse(null);
        if (param("term") != null) {
            term = param("term");
            lang = Optional.ofNullable(param("lang")).orElse("en");
        }
    }

    /** On the term's page, fills the form from the list on the first request. */
    public void load() {
        if (organization == null || term == null || StudioPage.isPostback()) {
            return;
        }
        getEntries().stream().filter(e -> e.sameTermAs(term, lang)).findFirst().ifPresentOrElse(e -> {
            found = true;
            suggestion = e.suggestion();
            note = e.note();
            headlineOnly = e.headlineOnly();
            severity = e.severity().name();
        }, StudioPage::notFound);
    }

    public List<TerminologyEntry> getEntries() {
        if (entries == null) {
            entries = organization == null ? List.of() : terminology.of(organization);
        }
        return entries;
    }

    /** The languages the list has terms in, English and French always. */
    public List<String> getLanguages() {
        TreeSet<String> langs = new TreeSet<>(List.of("en", "fr"));
        getEntries().forEach(e -> langs.add(e.lang()));
        return List.copyOf(langs);
    }

    public List<TerminologyEntry> in(String language) {
        return getEntries().stream().filter(e -> e.lang().equals(language)).toList();
    }

    public String languageName(String code) {
        String key = "language." + code;
        String text = StudioText.text(key);
        return text.equals(key) ? code : text;
    }

    /** The address of one term's page. */
    public String editUrl(TerminologyEntry e) {
        return "/studio/terminology/term?organization=" + encode(organization.slug()) + "&lang=" + encode(e.lang())
                + "&term=" + encode(e.term());
    }

    public String add() {
        try {
            TerminologyEntry added = terminology.add(organization, term, suggestion, note, headlineOnly, severity(), lang);
            StudioText.info("terms.added", added.term());
            StudioPage.redirect("/studio/terminology?organization=" + encode(organization.slug()));
        } catch (BusinessException refused) {
            StudioText.refused(refused, "term");
        }
        return null;
    }

    public String save() {
        try {
            terminology.revise(organization, term, lang, suggestion, note, headlineOnly, severity());
            StudioText.info("reference.saved");
            StudioPage.redirect("/studio/terminology?organization=" + encode(organization.slug()));
        } catch (BusinessException refused) {
            StudioText.refused(refused, "term");
        }
        return null;
    }

    public String remove() {
        try {
            terminology.remove(organization, term, lang);
            StudioText.info("terms.removed", term);
            StudioPage.redirect("/studio/terminology?organization=" + encode(organization.slug()));
        } catch (BusinessException refused) {
            StudioText.refused(refused, "term");
        }
        return null;
    }

    public Severity[] getSeverities() {
        return new Severity[] {Severity.WARNING, Severity.INFO};
    }

    public String severityLabel(Severity s) {
        return StudioText.text("term.severity." + s.name().toLowerCase());
    }

    private Severity severity() {
        return severity == null ? Severity.WARNING : Severity.valueOf(severity);
    }

    private static String param(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public Organization getOrganization() {
        return organization;
    }

    public boolean isFound() {
        return found || StudioPage.isPostback();
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public void setSuggestion(String suggestion) {
        this.suggestion = suggestion;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isHeadlineOnly() {
        return headlineOnly;
    }

    public void setHeadlineOnly(boolean headlineOnly) {
        this.headlineOnly = headlineOnly;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }
}
