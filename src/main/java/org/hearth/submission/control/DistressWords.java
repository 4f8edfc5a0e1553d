package org.hearth.submission.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words that may mean the person is in danger or disclosing harm (the list in
 * {@code submission/distress-words.txt}, English and French). Matching is whole words, ignoring
 * case and the kind of apostrophe; it only ever leads to help being shown and a flag for the moderator.
 */
public final class DistressWords {

    private final List<Pattern> patterns;
    private final List<String> phrases;

    public DistressWords(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        this.patterns = phrases.stream().map(DistressWords::normalize).filter(p -> !p.isBlank())
                .map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])"))
                .toList();
    }

    /** The list shipped with Hearth. */
    public static DistressWords standard() {
        try (InputStream in = DistressWords.class.getResourceAsStream("/submission/distress-words.txt")) {
            List<String> phrases = new ArrayList<>();
            if (in != null) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        phrases.add(line.strip());
                    }
                }
            }
            return new DistressWords(phrases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> phrases() {
        return phrases;
    }

    /** Whether any of the texts holds one of the phrases. */
    public boolean foundIn(String... texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String normalized = normalize(text);
            if (patterns.stream().anyMatch(p -> p.matcher(normalized).find())) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("\\s+", " ");
    }
}
