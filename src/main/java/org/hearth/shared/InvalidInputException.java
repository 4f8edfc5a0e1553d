package org.hearth.shared;

import java.util.List;

/** Input that breaks a rule about its shape: which fields, and why. */
public class InvalidInputException extends BusinessException {

    public record FieldError(String field, String message) {
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
