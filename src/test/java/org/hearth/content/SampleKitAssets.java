package org.hearth.content;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The one-off program that drew the sample kits' posters, social graphics and fact sheet in
 * {@code content/media/} (they are shipped as files, with their {@code .yaml}). Run it again
 * after changing a text: {@code java -cp target/test-classes:<pdfbox jars> org.hearth.content.SampleKitAssets content/media}.
 * Simple shapes and words only: no person is shown, so no consent is needed.
 */
public final class SampleKitAssets {

    private SampleKitAssets() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "content/media");
        Files.createDirectories(out);
        poster(out.resolve("youth-poster-not-every-offer-is-real.png"), 1200, 1600, new Color(0x1f3b73), new Color(0x3f7cc4),
                "Not every offer", "is what it seems.", "A job, a trip, a new friend online?",
                "Ask someone you trust before you say yes.", "Canada's Human Trafficking Hotline", "1-833-900-1010");
        poster(out.resolve("youth-social-1-real-friends.png"), 1080, 1080, new Color(0x5b2a86), new Color(0x9b59b6),
                "Real friends", "don't ask for secrets.", "If someone online asks you to keep", "your talks a secret, tell someone.",
                "Confidential help, 24/7", "1-833-900-1010");
        poster(out.resolve("youth-social-2-too-good.png"), 1080, 1080, new Color(0x0b6e4f), new Color(0x2fb380),
                "Too good", "to be true?", "Big money, no experience needed,", "leave tonight: those are warning signs.",
                "Talk it through, free", "1-833-900-1010");
        poster(out.resolve("youth-social-3-you-can-call.png"), 1080, 1080, new Color(0x8a3b12), new Color(0xe67e22),
                "You can call", "for a friend.", "Worried about someone?", "The hotline listens and helps you plan.",
                "Any language, any time", "1-833-900-1010");
        poster(out.resolve("affiche-droits-au-travail.png"), 1200, 1600, new Color(0x17446b), new Color(0x2e86c1),
                "Au travail,", "vous avez des droits.", "Votre employeur ne peut pas garder", "votre passeport ni votre salaire.",
                "Ligne d’urgence contre la traite", "1-833-900-1010");
        factSheet(out.resolve("health-fact-sheet-recognizing-trafficking.pdf"));
    }

    static void poster(Path file, int w, int h, Color top, Color bottom, String line1, String line2, String small1,
                       String small2, String footer1, String footer2) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, top, 0, h, bottom));
        g.fillRect(0, 0, w, h);
        // A lantern's glow: the sample content's one image, a light left on.
        g.setColor(new Color(255, 214, 102, 60));
        for (int r = w / 3; r > 20; r -= w / 24) {
            g.fill(new Ellipse2D.Double(w * 0.72 - r, h * 0.18 - r, 2 * r, 2 * r));
        }
        g.setColor(new Color(255, 226, 140));
        g.fill(new Ellipse2D.Double(w * 0.72 - w / 30.0, h * 0.18 - w / 30.0, w / 15.0, w / 15.0));
        int margin = w / 12;
        g.setColor(Color.WHITE);
        Font big = fit(g, new Font("DejaVu Sans", Font.BOLD, w / 11), w - 2 * margin, line1, line2);
        Font small = fit(g, new Font("DejaVu Sans", Font.PLAIN, w / 28), w - 2 * margin, small1, small2, footer1);
        int y = (int) (h * 0.42);
        y = text(g, big, line1, margin, y);
        y = text(g, big, line2, margin, y);
        y += h / 30;
        y = text(g, small, small1, margin, y);
        text(g, small, small2, margin, y);
        g.setColor(new Color(0, 0, 0, 90));
        g.fillRect(0, (int) (h * 0.78), w, h);
        g.setColor(Color.WHITE);
        int fy = (int) (h * 0.78) + h / 40;
        fy = text(g, small, footer1, margin, fy);
        text(g, new Font("DejaVu Sans", Font.BOLD, w / 14), footer2, margin, fy + h / 80);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    /** The font at the largest size (up to its own) at which every line fits {@code width}. */
    private static Font fit(Graphics2D g, Font font, int width, String... lines) {
        Font f = font;
        while (f.getSize() > 10) {
            FontMetrics m = g.getFontMetrics(f);
            boolean fits = true;
            for (String line : lines) {
                fits &= m.stringWidth(line) <= width;
            }
            if (fits) {
                return f;
            }
            f = f.deriveFont((float) f.getSize() - 2);
        }
        return f;
    }

    private static int text(Graphics2D g, Font font, String text, int x, int y) {
        g.setFont(font);
        FontMetrics m = g.getFontMetrics();
        g.drawString(text, x, y + m.getAscent());
        return y + m.getHeight();
    }

    static void factSheet(Path file) throws IOException {
        List<String[]> blocks = new ArrayList<>();
        blocks.add(new String[] {"h", "Recognizing and responding to human trafficking"});
        blocks.add(new String[] {"p", "A fact sheet for health providers. Sample content made for Hearth; review it with your"});
        blocks.add(new String[] {"p", "health alliance and people with lived experience before you use it."});
        blocks.add(new String[] {"h2", "Signs that may be present"});
        blocks.add(new String[] {"li", "Someone else speaks for the patient, holds their documents or pays for the visit."});
        blocks.add(new String[] {"li", "Injuries that do not match the story, or untreated conditions from work."});
        blocks.add(new String[] {"li", "The patient does not know their address, or cannot leave their job or home freely."});
        blocks.add(new String[] {"li", "Fear, signs of debt to an employer or recruiter, or a script-like account."});
        blocks.add(new String[] {"h2", "A trauma- and violence-informed response"});
        blocks.add(new String[] {"li", "See the patient alone, with a professional interpreter, never a companion."});
        blocks.add(new String[] {"li", "Explain confidentiality and its limits before asking questions."});
        blocks.add(new String[] {"li", "Ask open, non-judgmental questions; do not push for a disclosure."});
        blocks.add(new String[] {"li", "Offer choices; safety planning follows the patient's own priorities."});
        blocks.add(new String[] {"li", "Document facts and the patient's words, not labels."});
        blocks.add(new String[] {"h2", "Referral"});
        blocks.add(new String[] {"li", "Canada's Human Trafficking Hotline: 1-833-900-1010 (24/7, confidential, 200+ languages)."});
        blocks.add(new String[] {"li", "In immediate danger: call 911."});
        blocks.add(new String[] {"li", "Trafficked persons may be eligible for a temporary resident permit (IRCC)."});
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle("Recognizing and responding to human trafficking: a fact sheet for health providers");
            info.setSubject("Hearth sample content");
            PDPage page = new PDPage(PDRectangle.LETTER);
            pdf.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                s.setNonStrokingColor(0.12f, 0.23f, 0.45f);
                s.addRect(0, 742, 612, 50);
                s.fill();
                float y = 700;
                for (String[] b : blocks) {
                    PDType1Font font = b[0].startsWith("h") ? bold : regular;
                    float size = b[0].equals("h") ? 18 : b[0].equals("h2") ? 13 : 10.5f;
                    y -= b[0].startsWith("h") ? 14 : 4;
                    s.beginText();
                    s.setNonStrokingColor(0.1f, 0.1f, 0.1f);
                    s.setFont(font, size);
                    s.newLineAtOffset(b[0].equals("li") ? 66 : 56, y);
                    s.showText((b[0].equals("li") ? "- " : "") + b[1]);
                    s.endText();
                    y -= size + 4;
                }
            }
            pdf.save(file.toFile());
        }
    }
}
