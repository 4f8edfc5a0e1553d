package org.hearth.mediakit.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hearth.mediakit.entity.KitKind;

/**
 * The {@code README.txt} of a kit's ZIP, in the kit's language (English or French): the kit's title
 * and purpose, who made it (and who adapted it), the usage terms, the date after which
 * consent-bound items may no longer be used, each file with its title, credit, licence, alt text
 * or transcript and its own use-until date, and the hotline. Plain text, UTF-8, for people.
 */
public final class Manifest {

    /** Canada's Human Trafficking Hotline, written with its leading 1; never customizable. */
    public static final String HOTLINE = "1-833-900-1010";

    /** One file of the ZIP as the README describes it. {@code usableUntil} is null when no consent binds it. */
    public record Entry(String file, String title, String credit, String licence, String alt, String transcript,
                        LocalDate usableUntil) {
    }

    /** What the README is made from. {@code adaptedBy} is the partner's name, or null. */
    public record Kit(String lang, String title, String summary, KitKind kind, String level, String duration,
                      String madeBy, String adaptedBy, String localServices, String contact, String usageTerms,
                      String url, List<Entry> entries) {
    }

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("kind.campaign", "Campaign kit"), Map.entry("kind.training", "Training kit"),
            Map.entry("level", "Level"), Map.entry("duration", "Duration"),
            Map.entry("madeBy", "Made by"), Map.entry("adaptedBy", "Adapted by"),
            Map.entry("localServices", "Local services"), Map.entry("contact", "Contact"),
            Map.entry("online", "Online"),
            Map.entry("terms", "Usage terms"), Map.entry("noTerms", "Share unchanged and credit each file."),
            Map.entry("until", "Use until"),
            Map.entry("until.some", "Some items show or quote a person and depend on that person's consent. "
                    + "They may no longer be used after the date given beside them. The earliest such date in this kit:"),
            Map.entry("until.none", "No item of this kit depends on a person's consent."),
            Map.entry("until.stop", "After that date, delete those files and remove them from anything you made "
                    + "with them. Download the kit again for its current contents."),
            Map.entry("files", "Files"), Map.entry("title", "Title"), Map.entry("credit", "Credit"),
            Map.entry("licence", "Licence"), Map.entry("alt", "Alt text"), Map.entry("transcript", "Transcript"),
            Map.entry("itemUntil", "May not be used after"),
            Map.entry("help", "Help"),
            Map.entry("hotline", "Canada's Human Trafficking Hotline: " + HOTLINE
                    + " (24/7, confidential, in over 200 languages). In an emergency, call 911."),
            Map.entry("locked", "The hotline, this safety text and the words of the people shown may not be changed."),
            Map.entry("alternate", "Alternate formats of every file are available on request."));

    private static final Map<String, String> FR = Map.ofEntries(
            Map.entry("kind.campaign", "Trousse de campagne"), Map.entry("kind.training", "Trousse de formation"),
            Map.entry("level", "Niveau"), Map.entry("duration", "Durée"),
            Map.entry("madeBy", "Réalisée par"), Map.entry("adaptedBy", "Adaptée par"),
            Map.entry("localServices", "Services locaux"), Map.entry("contact", "Contact"),
            Map.entry("online", "En ligne"),
            Map.entry("terms", "Conditions d’utilisation"), Map.entry("noTerms", "À partager sans modification, en citant chaque fichier."),
            Map.entry("until", "Utilisable jusqu’au"),
            Map.entry("until.some", "Certains éléments montrent ou citent une personne et dépendent de son consentement. "
                    + "Ils ne peuvent plus être utilisés après la date indiquée à côté d’eux. La première de ces dates dans cette trousse :"),
            Map.entry("until.none", "Aucun élément de cette trousse ne dépend du consentement d’une personne."),
            Map.entry("until.stop", "Après cette date, supprimez ces fichiers et retirez-les de tout ce que vous avez fait "
                    + "avec eux. Téléchargez de nouveau la trousse pour son contenu à jour."),
            Map.entry("files", "Fichiers"), Map.entry("title", "Titre"), Map.entry("credit", "Crédit"),
            Map.entry("licence", "Licence"), Map.entry("alt", "Texte de remplacement"), Map.entry("transcript", "Transcription"),
            Map.entry("itemUntil", "Ne peut plus être utilisé après le"),
            Map.entry("help", "Aide"),
            Map.entry("hotline", "Ligne d’urgence canadienne contre la traite des personnes : " + HOTLINE
                    + " (24 h sur 24, confidentielle, en plus de 200 langues). En cas d’urgence, composez le 911."),
            Map.entry("locked", "La ligne d’urgence, ce texte de sécurité et les mots des personnes montrées ne peuvent pas être modifiés."),
            Map.entry("alternate", "Des formats de remplacement de chaque fichier sont offerts sur demande."));

    private Manifest() {
    }

    /** The README's text. */
    public static String write(Kit kit) {
        boolean fr = kit.lang() != null && kit.lang().startsWith("fr");
        Map<String, String> w = fr ? FR : EN;
        Locale locale = fr ? Locale.CANADA_FRENCH : Locale.CANADA;
        StringBuilder out = new StringBuilder();
        out.append(kit.title()).append('\n').append("=".repeat(Math.min(72, Math.max(3, kit.title().length())))).append("\n\n");
        if (kit.summary() != null) {
            out.append(kit.summary()).append("\n\n");
        }
        out.append(w.get(kit.kind() == KitKind.TRAINING ? "kind.training" : "kind.campaign"));
        if (kit.level() != null) {
            out.append(" · ").append(w.get("level")).append(fr ? " : " : ": ").append(kit.level());
        }
        if (kit.duration() != null) {
            out.append(" · ").append(w.get("duration")).append(fr ? " : " : ": ").append(kit.duration());
        }
        out.append('\n');
        line(out, w.get("madeBy"), kit.madeBy(), fr);
        line(out, w.get("adaptedBy"), kit.adaptedBy(), fr);
        line(out, w.get("localServices"), kit.localServices(), fr);
        line(out, w.get("contact"), kit.contact(), fr);
        line(out, w.get("online"), kit.url(), fr);
        out.append('\n');

        heading(out, w.get("terms"));
        out.append(kit.usageTerms() == null || kit.usageTerms().isBlank() ? w.get("noTerms") : kit.usageTerms().strip())
                .append("\n\n");

        heading(out, w.get("until"));
        LocalDate earliest = kit.entries().stream().map(Entry::usableUntil).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        if (earliest == null) {
            out.append(w.get("until.none")).append("\n\n");
        } else {
            out.append(w.get("until.some")).append(' ').append(day(earliest, locale)).append("\n")
                    .append(w.get("until.stop")).append("\n\n");
        }

        heading(out, w.get("files"));
        int n = 1;
        for (Entry e : kit.entries()) {
            out.append(n++).append(". ").append(e.file()).append('\n');
            field(out, w.get("title"), e.title(), fr);
            field(out, w.get("credit"), e.credit(), fr);
            field(out, w.get("licence"), e.licence(), fr);
            field(out, w.get("alt"), e.alt(), fr);
            field(out, w.get("transcript"), e.transcript(), fr);
            if (e.usableUntil() != null) {
                field(out, w.get("itemUntil"), day(e.usableUntil(), locale), fr);
            }
            out.append('\n');
        }

        heading(out, w.get("help"));
        out.append(w.get("hotline")).append('\n').append(w.get("locked")).append('\n')
                .append(w.get("alternate")).append('\n');
        return out.toString();
    }

    /** The day as ISO and written out: {@code 2027-12-20 (December 20, 2027)}, {@code 2027-12-20 (20 décembre 2027)}. */
    public static String day(LocalDate day, Locale locale) {
        String pattern = locale.getLanguage().equals("fr") ? "d MMMM uuuu" : "MMMM d, uuuu";
        return day + " (" + DateTimeFormatter.ofPattern(pattern, locale).format(day) + ")";
    }

    private static void heading(StringBuilder out, String text) {
        out.append(text).append('\n').append("-".repeat(text.length())).append('\n');
    }

    private static void line(StringBuilder out, String label, String value, boolean fr) {
        if (value != null && !value.isBlank()) {
            out.append(label).append(fr ? " : " : ": ").append(value.strip()).append('\n');
        }
    }

    private static void field(StringBuilder out, String label, String value, boolean fr) {
        if (value != null && !value.isBlank()) {
            out.append("   ").append(label).append(fr ? " : " : ": ")
                    .append(value.strip().replace("\n", "\n      ")).append('\n');
        }
    }
}
