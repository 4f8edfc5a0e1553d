package org.hearth.shared;

/** Nothing by that name exists, or the caller may not know that it does. */
public class ResourceNotFoundException extends BusinessException {

    public ResourceNotFoundException(String what, String key) {
        super("No " + what + " '" + key + "'");
    }

    @Override
    public String title() {
        return "Not found";
    }
}
