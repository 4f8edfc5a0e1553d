package org.hearth.protocol.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioRows;
import org.hearth.platform.faces.StudioText;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.protocol.boundary.Protocols;
import org.hearth.protocol.entity.LocalProtocol;
import org.hearth.protocol.entity.ProtocolContent;
import org.hearth.protocol.entity.ProtocolRevision;
import org.hearth.protocol.entity.StepInput;
import org.hearth.service.boundary.Services;
import org.hearth.service.entity.SupportService;
import org.hearth.shared.BusinessException;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.StaleVersionException;

/**
 * A project's protocol in the studio ({@code /studio/projects/{slug}/protocol}): titles, the
 * introduction and the rules in both languages, the steps in order — each with the directory's
 * service it sends people to, moved up and down by keyboard, removed, added — the workflow steps
 * the caller may take, what blocks approval, and its revisions. The form is plain HTML read on every
 * postback, so its steps can change in number between requests; every rule is in {@link Protocols}.
 */
@Named("studioProtocol")
@RequestScoped
public class ProtocolStudioBacking {

    @Inject
    Protocols protocols;

    @Inject
    Projects projects;

    @Inject
    Services services;

    private static final java.util.regex.Pattern STEP_FIELD = java.util.regex.Pattern.compile("steps\\[(\\d+)\\]\\.text(En|Fr)");

    /** One step as the form holds it. */
    public record Row(String textEn, String textFr, String service) {
    }

    private String slug;
    private NeighbourhoodProject project;
    private LocalProtocol protocol;
    private String titleEn;
    private String titleFr;
    private String introEn;
    private String introFr;
    private String rulesEn;
    private String rulesFr;
    private String lastVerified;
    private Integer version;
    private List<Row> rows = new ArrayList<>();
    private Map<String, Object> theirs;

    public void load() {
        slug = StudioPage.key();
        try {
            project = projects.get(slug);
            protocol = protocols.read(slug).orElse(null);
            if (StudioPage.isPostback()) {
                readForm();
                act(StudioPage.param("op"));
            } else if (protocol != null) {
                fill(protocol);
            } else {
                rows.add(new Row("", "", null));
            }
        } catch (ResourceNotFoundException missing) {
            StudioPage.notFound();
        } catch (StaleVersionException conflict) {
            theirs = conflict.currentState();
            version = (int) conflict.current();
            StudioText.error("reference.conflict");
        } catch (InvalidInputException invalid) {
            invalid.errors().forEach(e -> StudioText.errorAt(null, StudioText.fieldError(label(e.field()), e)));
        } catch (BusinessException refused) {
            StudioText.refused(refused, "protocol");
        }
    }

    /** A field's label: a step's by its number ("Step 3 (French)"), the others by name. */
    private static String label(String field) {
        java.util.regex.Matcher step = STEP_FIELD.matcher(field);
        return step.matches() ? StudioText.text("protocol.step" + step.group(2), Integer.parseInt(step.group(1)) + 1)
                : StudioText.text("protocol." + field);
    }

    private void act(String op) {
        if (op == null || StudioRows.apply(rows, op)) {
            return;
        }
        String[] parts = op.split(":");
        switch (parts[0]) {
            case "add" -> rows.add(new Row("", "", null));
            case "save" -> {
                protocols.save(slug, version, content());
                StudioText.info("reference.saved");
                StudioPage.redirect(page());
            }
            case "step" -> {
                LocalProtocol moved = protocols.take(slug, parts.length > 1 ? parts[1] : null, version);
                StudioText.info("protocol.moved", StudioText.text("status." + moved.status().code()));
                StudioPage.redirect(page());
            }
            default -> { }
        }
    }

    private ProtocolContent content() {
        LocalDate verified;
        try {
            verified = lastVerified == null || lastVerified.isBlank() ? null : LocalDate.parse(lastVerified.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("lastVerified", "must be a date (2026-10-15)");
        }
        return new ProtocolContent(titleEn, titleFr, introEn, introFr, rulesEn, rulesFr,
                rows.stream().map(r -> new StepInput(r.textEn(), r.textFr(), r.service())).toList(), verified);
    }


    private void fill(LocalProtocol p) {
        ProtocolContent c = p.content();
        titleEn = c.titleEn();
        titleFr = c.titleFr();
        introEn = c.introEn();
        introFr = c.introFr();
        rulesEn = c.rulesEn();
        rulesFr = c.rulesFr();
        lastVerified = c.lastVerified() == null ? null : c.lastVerified().toString();
        version = p.version();
        rows = new ArrayList<>(c.steps().stream().map(s -> new Row(s.textEn(), s.textFr(), s.service())).toList());
    }

    private void readForm() {
        titleEn = StudioPage.param("titleEn");
        titleFr = StudioPage.param("titleFr");
        introEn = StudioPage.param("introEn");
        introFr = StudioPage.param("introFr");
        rulesEn = StudioPage.param("rulesEn");
        rulesFr = StudioPage.param("rulesFr");
        lastVerified = StudioPage.param("lastVerified");
        String v = StudioPage.param("version");
        version = v != null && v.matches("\\d{1,9}") ? Integer.valueOf(v) : null;
        List<String> en = StudioPage.values("step-en");
        List<String> fr = StudioPage.values("step-fr");
        List<String> service = StudioPage.values("step-service");
        rows = new ArrayList<>();
        for (int n = 0; n < en.size(); n++) {
            String chosen = n < service.size() ? service.get(n) : null;
            rows.add(new Row(en.get(n), n < fr.size() ? fr.get(n) : null, chosen == null || chosen.isBlank() ? null : chosen));
        }
    }

    private String page() {
        return "/studio/projects/" + slug + "/protocol";
    }

    // ---------------------------------------------------------------- for the page

    public NeighbourhoodProject getProject() { return project; }
    public LocalProtocol getProtocol() { return protocol; }
    public boolean isCreating() { return protocol == null; }
    public String getSlug() { return slug; }
    public String getTitleEn() { return titleEn; }
    public String getTitleFr() { return titleFr; }
    public String getIntroEn() { return introEn; }
    public String getIntroFr() { return introFr; }
    public String getRulesEn() { return rulesEn; }
    public String getRulesFr() { return rulesFr; }
    public String getLastVerified() { return lastVerified; }
    public Integer getVersion() { return version; }
    public List<Row> getRows() { return rows; }
    public Map<String, Object> getTheirs() { return theirs; }

    public List<String> getActions() {
        return protocol == null ? List.of() : protocols.actions(protocol);
    }

    public List<String> getBlockers() {
        Locale locale = "fr".equals(StudioText.lang()) ? Locale.FRENCH : Locale.ENGLISH;
        return protocol == null ? List.of() : protocols.blockers(protocol).stream().map(r -> r.in(locale)).toList();
    }

    public boolean isStale() {
        return protocol != null && protocol.needsVerification(protocols.today());
    }

    public List<ProtocolRevision> getRevisions() {
        return protocol == null ? List.of() : protocols.revisions(slug);
    }

    /** The directory's services that work in the project's province (national ones included), by name. */
    public List<SupportService> getServiceChoices() {
        return services.directory(project.province(), null, StudioText.lang());
    }
}
