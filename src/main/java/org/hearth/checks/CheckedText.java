package org.hearth.checks;

import java.util.List;

/**
 * What the pre-publish checks look at: one language version of an item as the editor has it now.
 *
 * @param title                 headline
 * @param summary               short summary
 * @param body                  Markdown body
 * @param kind                  story kind code: {@code lived-experience}, {@code composite},
 *                              {@code expert} or {@code guidance}
 * @param contentNotes          content note codes, such as {@code sexual-violence}
 * @param imagesWithoutAltText  how many images used by the item have no alt text
 */
public record CheckedText(String title, String summary, String body, String kind,
                          List<String> contentNotes, int imagesWithoutAltText) {

    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String LIVED_EXPERIENCE = "lived-experience";

    public CheckedText {
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        contentNotes = contentNotes == null ? List.of() : List.copyOf(contentNotes);
        if (imagesWithoutAltText < 0) {
            throw new IllegalArgumentException("imagesWithoutAltText must not be negative");
        }
    }

    /** The text of a field by its name ({@link #TITLE}, {@link #SUMMARY} or {@link #BODY}). */
    String field(String name) {
        return switch (name) {
            case TITLE -> title;
            case SUMMARY -> summary;
            case BODY -> body;
            default -> throw new IllegalArgumentException("unknown field " + name);
        };
    }
}
