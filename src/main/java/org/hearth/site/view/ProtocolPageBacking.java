package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.protocol.boundary.ProtocolJson;
import org.hearth.protocol.boundary.Protocols;
import org.hearth.protocol.entity.LocalProtocol;
import org.hearth.protocol.entity.ProtocolStep;
import org.hearth.service.entity.SupportService;
import org.hearth.shared.MarkdownRenderer;
import org.hearth.site.boundary.PageValidators;

/**
 * A project's local service protocol, {@code /{lang}/projects/{slug}/protocol}: the steps in order,
 * each with its service's card, then the consent and safety rules; printable (the print stylesheet
 * keeps the steps and numbers) and as a PDF. Anything unpublished answers 404.
 */
@Named("protocolPage")
@RequestScoped
public class ProtocolPageBacking {

    @Inject
    Protocols protocols;

    @Inject
    Projects projects;

    @Inject
    SitePage site;

    private LocalProtocol protocol;
    private NeighbourhoodProject project;
    private Map<String, SupportService> services;

    /** One step as the page shows it: its number, its text and its service or null. */
    public record Step(int number, String text, SupportService service) {
    }

    public void load() {
        project = projects.find(SitePage.slug()).orElse(null);
        protocol = project == null ? null : protocols.find(project.slug()).filter(LocalProtocol::isPublic).orElse(null);
        if (protocol == null) {
            SitePage.fail(404);
            return;
        }
        services = protocols.servicesOf(protocol);
        site.inProvince(project.province());
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .put(PageValidators.TAGS, Set.of("protocol:" + project.slug(), org.hearth.site.control.PageCache.LISTS));
    }

    public LocalProtocol getProtocol() {
        return protocol;
    }

    public NeighbourhoodProject getProject() {
        return project;
    }

    public List<Step> getSteps() {
        String lang = site.getLang();
        return protocol.steps().stream().map((ProtocolStep s) -> new Step(s.position() + 1, ProtocolJson.text(s, lang),
                s.service() == null ? null : services.get(s.service()))).toList();
    }

    public String getIntroHtml() {
        return MarkdownRenderer.toHtml(protocol.intro(site.getLang()));
    }

    public String getRulesHtml() {
        return MarkdownRenderer.toHtml(protocol.rules(site.getLang()));
    }

    public boolean isStale() {
        return protocol.needsVerification(protocols.today());
    }

    public String getVerified() {
        return protocol.lastVerified() == null ? null : protocol.lastVerified().format(
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(site.getLocale()));
    }

    public String getPdfHref() {
        return "/api/v1/projects/" + project.slug() + "/protocol/pdf?lang=" + site.getLang();
    }
}
