package org.hearth.shared;

/** Content that was public and has been taken down for good (consent withdrawn or expired). */
public class ContentGoneException extends BusinessException {

    public ContentGoneException() {
        super("This content has been removed.");
    }

    @Override
    public String title() {
        return "Gone";
    }
}
