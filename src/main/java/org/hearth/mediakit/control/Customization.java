package org.hearth.mediakit.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.mediakit.entity.CustomField;

/**
 * A partner's own words in a kit that allows them: text items name the fields they take as
 * {@code {{organizationName}}}, {@code {{localServices}}}, {@code {{contact}}}. Only the fields the
 * kit allows are filled; any other placeholder keeps the kit's own value. What a partner sends is
 * plain text (no Markdown, no links, one short paragraph), so it can never hide or rewrite the
 * hotline, the safety text or a person's words, which are never fields.
 */
public final class Customization {

    public static final int VALUE_LENGTH = 500;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z]+)\\s*}}");

    private final Map<CustomField, String> values;
    private final boolean french;

    private Customization(Map<CustomField, String> values, boolean french) {
        this.values = values;
        this.french = french;
    }

    /** The kit's own values only (the public page, a reader's download): open fields show what goes there. */
    public static Customization defaults(Map<CustomField, String> defaults, String lang) {
        return of(Map.of(), Set.of(), defaults, lang);
    }

    /**
     * The partner's values for the fields {@code allowed}; others are dropped. {@code defaults} are
     * the kit's own (its organization's name), used where the partner gives nothing.
     */
    public static Customization of(Map<CustomField, String> sent, Set<CustomField> allowed, Map<CustomField, String> defaults,
                                   String lang) {
        Map<CustomField, String> values = new EnumMap<>(CustomField.class);
        defaults.forEach((field, value) -> {
            if (value != null) {
                values.put(field, value);
            }
        });
        sent.forEach((field, value) -> {
            String clean = clean(value);
            if (allowed.contains(field) && clean != null) {
                values.put(field, clean);
            }
        });
        return new Customization(values, lang != null && lang.startsWith("fr"));
    }

    public String value(CustomField field) {
        return values.get(field);
    }

    /** What an open field says until a partner fills it: {@code [your local services]}. */
    String hint(CustomField field) {
        return switch (field) {
            case ORGANIZATION_NAME -> french ? "[le nom de votre organisme]" : "[your organization's name]";
            case LOGO -> french ? "[votre logo]" : "[your logo]";
            case LOCAL_SERVICES -> french ? "[vos services locaux]" : "[your local services]";
            case CONTACT -> french ? "[votre contact]" : "[your contact]";
        };
    }

    /** The text with its placeholders filled: a value, or the field's hint; an unknown placeholder is removed. */
    public String fill(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = java.util.Arrays.stream(CustomField.values()).filter(f -> f.code().equals(m.group(1)))
                    .findFirst().map(f -> values.getOrDefault(f, hint(f))).orElse("");
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Plain text only: Markdown and HTML characters are taken out, lines joined, the length
     * bounded. Null when nothing is left.
     */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String plain = value.replaceAll("[\\p{Cntrl}&&[^\n]]", " ").replaceAll("[<>\\[\\]()*_`#|\\\\{}!]", " ")
                .replaceAll("\\s+", " ").strip();
        if (plain.length() > VALUE_LENGTH) {
            plain = plain.substring(0, VALUE_LENGTH).strip();
        }
        return plain.isEmpty() ? null : plain;
    }
}
