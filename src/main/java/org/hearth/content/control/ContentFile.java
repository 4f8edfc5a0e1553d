package org.hearth.content.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One file of the content folder: YAML front matter between {@code ---} lines and a Markdown body
 * ({@code .md}), or plain YAML ({@code .yaml}). Parsed with SnakeYAML's safe constructor, so a
 * content file can never instantiate arbitrary classes.
 */
public record ContentFile(Path path, Map<String, Object> fields, String body) {

    public static ContentFile read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!path.toString().endsWith(".md")) {
            return new ContentFile(path, asMap(yaml().load(text), path), "");
        }
        if (!text.startsWith("---\n")) {
            throw new IOException(path + ": a content file starts with a '---' line and YAML front matter");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new IOException(path + ": the front matter has no closing '---' line");
        }
        Map<String, Object> fields = asMap(yaml().load(text.substring(4, end)), path);
        return new ContentFile(path, fields, text.substring(end + 5).strip());
    }

    /** The YAML list in a file such as {@code audiences.yaml}. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> readList(Path path) throws IOException {
        Object loaded = yaml().load(Files.readString(path, StandardCharsets.UTF_8));
        if (!(loaded instanceof List<?>)) {
            throw new IOException(path + ": expected a YAML list");
        }
        return (List<Map<String, Object>>) loaded;
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object loaded, Path path) throws IOException {
        if (!(loaded instanceof Map<?, ?>)) {
            throw new IOException(path + ": expected YAML fields (key: value)");
        }
        return (Map<String, Object>) loaded;
    }

    public String text(String key) {
        return text(fields, key);
    }

    public static String text(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        return value == null ? null : value.toString().strip();
    }

    /** A bilingual value written as {@code {en: …, fr: …}}, in {@code lang}. */
    @SuppressWarnings("unchecked")
    public static String localized(Map<String, Object> fields, String key, String lang) {
        Object value = fields.get(key);
        if (value instanceof Map<?, ?> map) {
            Object text = ((Map<String, Object>) map).get(lang);
            return text == null ? null : text.toString().strip();
        }
        return value == null || !"en".equals(lang) ? null : value.toString().strip();
    }

    public List<String> list(String key) {
        return list(fields, key);
    }

    /** A YAML list (or a single value) under {@code key}, as texts; empty when absent. */
    @SuppressWarnings("unchecked")
    public static List<String> list(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return ((List<Object>) list).stream().map(Object::toString).toList();
        }
        return List.of(value.toString());
    }

    /** Nested fields under {@code key}, such as {@code accessibility: {tty: true}}; empty when absent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** A yes/no field: true only when written {@code true}. */
    public static boolean flag(Map<String, Object> fields, String key) {
        return Boolean.TRUE.equals(fields.get(key));
    }

    public Map<String, Object> map(String key) {
        return map(fields, key);
    }

    /** A day, written {@code 2026-09-01} (SnakeYAML reads it as a UTC date). */
    public static LocalDate day(Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(value.toString().strip());
    }

    public LocalDate day(String key) {
        return day(fields, key);
    }

    /** An instant, written {@code 2026-11-02T14:00:00Z}. */
    public Instant instant(String key) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return Instant.parse(value.toString().strip());
    }

    /** The file's slug and language from its name, {@code <slug>.<lang>.md}. */
    public String[] slugAndLanguage() {
        String name = path.getFileName().toString().replaceFirst("\\.md$", "");
        int dot = name.lastIndexOf('.');
        return dot < 0 ? new String[] {name, "en"} : new String[] {name.substring(0, dot), name.substring(dot + 1)};
    }

    /** The file's slug from its name, {@code <slug>.md}. */
    public String slug() {
        return path.getFileName().toString().replaceFirst("\\.(md|ya?ml)$", "");
    }
}
