package org.hearth.shared;

/** The call needs a signed-in caller (a valid bearer token) and has none. */
public class NotAuthenticatedException extends BusinessException {

    public NotAuthenticatedException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Authentication required";
    }
}
