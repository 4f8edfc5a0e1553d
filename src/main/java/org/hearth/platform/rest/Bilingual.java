package org.hearth.platform.rest;

import java.util.HashMap;
import java.util.Map;

/**
 * Texts in both languages as the studio API shows and takes them, {@code {"en": …, "fr": …}}, so
 * what a GET returns can be sent back in a PUT (a missing language is null, not absent).
 */
public final class Bilingual {

    private Bilingual() {
    }

    public static Map<String, String> both(String en, String fr) {
        Map<String, String> texts = new HashMap<>();
        texts.put("en", en);
        texts.put("fr", fr);
        return texts;
    }

    /**
     * The {@code lang} asked of an API written in English and French: {@code en} when none is
     * asked, otherwise {@code en} or {@code fr}, or a 400 naming {@code lang}.
     */
    public static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return "en";
        }
        String asked = lang.strip();
        if (!"en".equals(asked) && !"fr".equals(asked)) {
            throw new org.hearth.shared.InvalidInputException("lang", "this is written in English and French: use en or fr");
        }
        return asked;
    }

    /** The text in {@code lang}, or null when none was sent. */
    public static String in(Map<String, String> texts, String lang) {
        return texts == null ? null : texts.get(lang);
    }
}
