package org.hearth.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a terminology list from YAML: a sequence of entries with {@code term}, optional
 * {@code also} (variants sharing the same advice, such as French feminine and plural forms),
 * {@code suggestion}, {@code note}, {@code headlineOnly}, {@code severity} ({@code warning}
 * or {@code info}) and {@code lang} ({@code en} unless said). The seed list ships in {@code checks/terminology-seed.yaml}; organizations
 * edit their own copy.
 */
public final class TerminologyLoader {

    public static final String SEED = "checks/terminology-seed.yaml";

    private TerminologyLoader() {
    }

    /** The list Hearth ships with. */
    public static List<TerminologyEntry> seed() {
        InputStream in = TerminologyLoader.class.getClassLoader().getResourceAsStream(SEED);
        if (in == null) {
            throw new IllegalStateException(SEED + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a list; {@link IllegalArgumentException} names the entry that is malformed. */
    public static List<TerminologyEntry> read(Reader yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof List<?> items)) {
            throw new IllegalArgumentException("a terminology list is a YAML sequence of entries");
        }
        List<TerminologyEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> item)) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is not a mapping");
            }
            List<String> terms = new ArrayList<>();
            terms.add(text(item, "term", i));
            if (item.get("also") instanceof List<?> also) {
                also.forEach(variant -> terms.add(String.valueOf(variant)));
            }
            Severity severity = item.get("severity") == null ? Severity.WARNING
                    : Severity.valueOf(String.valueOf(item.get("severity")).toUpperCase(Locale.ROOT));
            boolean headlineOnly = Boolean.TRUE.equals(item.get("headlineOnly"));
            for (String term : terms) {
                entries.add(new TerminologyEntry(term, text(item, "suggestion", i),
                        item.get("note") == null ? "" : String.valueOf(item.get("note")).strip(),
                        headlineOnly, severity, item.get("lang") == null ? "en" : String.valueOf(item.get("lang"))));
            }
        }
        return List.copyOf(entries);
    }

    private static String text(Map<?, ?> item, String key, int index) {
        Object value = item.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException("entry " + (index + 1) + " has no " + key);
        }
        return String.valueOf(value).strip();
    }
}
