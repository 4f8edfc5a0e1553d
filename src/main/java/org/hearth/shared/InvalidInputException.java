package org.hearth.shared;

import java.util.List;

/** Input that breaks a rule about its shape: which fields, and why. */
public class InvalidInputException extends BusinessException {

    /**
     * One field and why; {@code reason}, when given, lets each reader be told in their language
     * ({@code message} stays the English the API gives).
     */
    public record FieldError(String field, String message, Reason reason) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }

        /** A field error whose English is its reason's. */
        public static FieldError of(String field, Reason reason) {
            return new FieldError(field, reason.english(), reason);
        }

        public String in(java.util.Locale locale) {
            return reason == null ? message : reason.in(locale);
        }
    }

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
