package org.hearth.shared;

/**
 * A business rule said no. Controls and entities throw its subclasses; the REST boundary and the
 * Faces pages turn each into the right answer (problem+json status, or a message on the page).
 */
public abstract class BusinessException extends RuntimeException {

    protected BusinessException(String message) {
        super(message);
    }

    /** A short, stable, human-readable title for this kind of refusal. */
    public abstract String title();
}
