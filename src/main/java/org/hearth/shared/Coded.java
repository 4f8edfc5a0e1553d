package org.hearth.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value with a stable, lower-case code used in URLs, the API and the content folder
 * (such as {@code labour-exploitation}); labels are data, codes never change.
 */
public interface Coded {

    String code();

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
        return value.name().toLowerCase().replace('_', '-');
    }
}
