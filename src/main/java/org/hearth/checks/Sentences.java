package org.hearth.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits plain or Markdown text into sentences, well enough for hints (not for grammar). */
final class Sentences {

    /** Paragraph breaks, and line starts of list items and headings. */
    private static final Pattern BLOCKS = Pattern.compile("\\n\\s*\\n|\\n(?=\\s*(?:[-*+]\\s|\\d+[.)]\\s|#))");
    /** After . ! ? or … (and closing quotes or brackets), before the next sentence. */
    private static final Pattern ENDS = Pattern.compile("(?<=[.!?…][\"'’”»)\\]*_]{0,3})\\s+");

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        for (String block : BLOCKS.split(text)) {
            for (String sentence : ENDS.split(block)) {
                String trimmed = sentence.strip();
                if (!trimmed.isEmpty()) {
                    sentences.add(trimmed);
                }
            }
        }
        return sentences;
    }
}
