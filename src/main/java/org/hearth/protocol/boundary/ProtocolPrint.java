package org.hearth.protocol.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.protocol.control.ProtocolPdf;
import org.hearth.protocol.control.ProtocolPdf.Block;
import org.hearth.protocol.entity.LocalProtocol;
import org.hearth.protocol.entity.ProtocolStep;
import org.hearth.service.entity.SupportService;
import org.hearth.shared.MarkdownRenderer;

/**
 * A published protocol as a PDF in the reader's language: the project, the introduction, the
 * numbered steps with each service's name, phone and hours, the consent and safety rules, the
 * national hotline and 911, and when it was last checked.
 */
@ApplicationScoped
public class ProtocolPrint {

    @Inject
    Protocols protocols;

    @Inject
    Projects projects;

    private final ProtocolPdf pdf = new ProtocolPdf();

    public void pdf(LocalProtocol protocol, String lang, OutputStream out) throws IOException {
        ResourceBundle texts = ResourceBundle.getBundle("i18n.services", Locale.forLanguageTag(lang));
        NeighbourhoodProject project = projects.get(protocol.projectSlug());
        Map<String, SupportService> services = protocols.servicesOf(protocol);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(project.name(lang) + " · " + project.municipality() + " (" + project.province().label(lang) + ")"));
        blocks.add(Block.paragraph(texts.getString("protocol.emergency")));
        if (protocol.intro(lang) != null) {
            blocks.add(Block.paragraph(MarkdownRenderer.toPlainText(protocol.intro(lang))));
        }
        blocks.add(Block.heading(texts.getString("protocol.steps")));
        for (ProtocolStep step : protocol.steps()) {
            StringBuilder text = new StringBuilder((step.position() + 1) + ". " + ProtocolJson.text(step, lang));
            SupportService service = step.service() == null ? null : services.get(step.service());
            if (service != null) {
                text.append("\n").append("    ").append(service.name(lang));
                if (service.phone() != null) {
                    text.append(" · ").append(service.phone());
                }
                if (service.hours(lang) != null) {
                    text.append(" · ").append(service.hours(lang));
                }
                if (service.fictional()) {
                    text.append(" · ").append(texts.getString("services.fictional"));
                }
            }
            blocks.add(Block.paragraph(text.toString()));
        }
        if (protocol.rules(lang) != null) {
            blocks.add(Block.heading(texts.getString("protocol.rules")));
            blocks.add(Block.paragraph(MarkdownRenderer.toPlainText(protocol.rules(lang))));
        }
        if (protocol.lastVerified() != null) {
            blocks.add(Block.paragraph(texts.getString("protocol.verified") + " "
                    + protocol.lastVerified().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(lang))) + "."));
        }
        pdf.write(protocol.title(lang), lang, blocks, out);
    }
}
