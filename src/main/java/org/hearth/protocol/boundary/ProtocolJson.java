package org.hearth.protocol.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hearth.protocol.entity.LocalProtocol;
import org.hearth.protocol.entity.ProtocolStep;
import org.hearth.service.boundary.ServiceJson;
import org.hearth.service.entity.SupportService;
import org.hearth.shared.MarkdownRenderer;

/**
 * A published protocol as readers and integrators get it from {@code /api/v1/projects/{slug}/protocol},
 * in one language: its introduction and rules as sanitized HTML, its steps in order, each with the
 * service it names (when still in the directory), and where to read and print it.
 */
public record ProtocolJson(String project, String lang, String title, String introHtml, String rulesHtml,
                           List<Step> steps, LocalDate lastVerified, Instant publishedAt, String url, String pdfUrl) {

    /** Step {@code number} (from 1): what to do, and the service to turn to or null. */
    public record Step(int number, String text, ServiceJson service) {
    }

    public static ProtocolJson of(LocalProtocol p, String lang, Map<String, SupportService> services, String baseUrl) {
        List<Step> steps = p.steps().stream().map(s -> new Step(s.position() + 1, text(s, lang),
                s.service() == null || !services.containsKey(s.service()) ? null
                        : ServiceJson.of(services.get(s.service()), lang, baseUrl))).toList();
        return new ProtocolJson(p.projectSlug(), lang, p.title(lang), MarkdownRenderer.toHtml(p.intro(lang)),
                MarkdownRenderer.toHtml(p.rules(lang)), steps, p.lastVerified(), p.publishedAt(),
                baseUrl + "/" + lang + "/projects/" + p.projectSlug() + "/protocol",
                baseUrl + "/api/v1/projects/" + p.projectSlug() + "/protocol/pdf?lang=" + lang);
    }

    /** A step's text in {@code lang}, or in the other language when it has none there. */
    public static String text(ProtocolStep step, String lang) {
        String own = step.text(lang);
        return own != null ? own : step.text("fr".equals(lang) ? "en" : "fr");
    }
}
