package org.hearth.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A value with a stable, lower-case code used in URLs, the API and the content folder
 * (such as {@code labour-exploitation}); labels are data, codes never change.
 */
public interface Coded {

    /** The constant's name, which every enum has: what the default {@link #code()} is made from. */
    String name();

    /** Its name in lower case with hyphens ({@code LABOUR_EXPLOITATION} is {@code labour-exploitation}), unless it says otherwise. */
    default String code() {
        return codeOf(name());
    }

    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.code().equals(code)).findFirst();
    }

    /** The constant with this code, or {@link InvalidInputException} naming the field and the codes allowed. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code, String field) {
        return find(type, code).orElseThrow(() -> new InvalidInputException(field,
                "unknown code '" + code + "'; expected one of " + codes(type)));
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Coded::code).toList());
    }

    /** The code of an enum constant: its name in lower case with hyphens. */
    static String codeOf(Enum<?> value) {
        return codeOf(value.name());
    }

    // Locale.ROOT: in a Turkish default locale, "IN_REVIEW".toLowerCase() is "ın-review".
    private static String codeOf(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
