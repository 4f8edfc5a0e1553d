package org.hearth.shared;

/** An upload larger than Hearth accepts for it. */
public class PayloadTooLargeException extends BusinessException {

    public PayloadTooLargeException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Too large";
    }
}
