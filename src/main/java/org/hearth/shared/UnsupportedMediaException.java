package org.hearth.shared;

/**
 * Bytes Hearth will not take: a type it refuses (SVG, HTML, an executable), bytes that disagree
 * with the name or the claimed type, a PDF that carries scripts or attachments, or a file that is
 * empty or cut short. {@code code} says which, so callers decide by it and never by the words.
 */
public class UnsupportedMediaException extends BusinessException {

    private final String code;

    public UnsupportedMediaException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, lower-case reason such as {@code type-mismatch}, {@code svg-refused}, {@code truncated}. */
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return "Unsupported media";
    }
}
