package org.hearth.story.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.InvalidInputException.FieldError;
import org.hearth.shared.Reason;

/**
 * What a story says, validated as a whole so that every problem is reported at once:
 * title, summary and body are required and bounded; kind defaults to nothing, it must be chosen.
 */
public record StoryContent(String title, String summary, String body, StoryKind kind, Attribution attribution,
                           Set<Topic> topics, Set<ContentNote> contentNotes) {

    public StoryContent {
        List<FieldError> errors = new ArrayList<>();
        title = required("title", title, Story.TITLE_LENGTH, errors);
        summary = required("summary", summary, Story.SUMMARY_LENGTH, errors);
        body = required("body", body, Story.BODY_LENGTH, errors);
        if (kind == null) {
            errors.add(FieldError.of("kind", Reason.of("kind-required", "is required: lived-experience, composite, expert or guidance")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        attribution = attribution == null ? Attribution.anonymous() : attribution;
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        contentNotes = contentNotes == null ? Set.of() : Set.copyOf(contentNotes);
    }

    private static String required(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, Reason.of("required", "is required")));
            return value;
        }
        // Browsers send a textarea's lines with CR LF: one kind of line end, so diffs and fingerprints agree.
        String stripped = value.strip().replace("\r\n", "\n").replace('\r', '\n');
        if (stripped.length() > max) {
            errors.add(FieldError.of(field, Reason.of("too-long", "is too long (" + stripped.length() + " characters, at most " + max + ")",
                    stripped.length(), max)));
        }
        return stripped;
    }
}
