package org.hearth.shared;

/** The caller is known but their role in that organization does not allow this. */
public class NotPermittedException extends BusinessException {

    public NotPermittedException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Not allowed";
    }
}
