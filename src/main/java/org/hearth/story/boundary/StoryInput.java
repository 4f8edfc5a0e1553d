package org.hearth.story.boundary;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hearth.shared.Coded;
import org.hearth.story.entity.Attribution;
import org.hearth.story.entity.AttributionType;
import org.hearth.story.entity.ContentNote;
import org.hearth.story.entity.StoryContent;
import org.hearth.story.entity.StoryKind;
import org.hearth.story.entity.Topic;

/**
 * The story create/update shape of the contract, as staff send it. {@code heroMedia} absent (null)
 * keeps the story's hero image on an update, {@code ""} removes it.
 */
public record StoryInput(String organization, String project, String campaign, String lang, String title,
                         String summary, String body, List<String> audiences, List<String> topics,
                         List<String> contentNotes, String kind, AttributionInput attribution, String consent,
                         Integer version, String heroMedia) {

    public record AttributionInput(String type, String name) {
    }

    /** The validated content, or an {@link org.hearth.shared.InvalidInputException} naming each bad field. */
    public StoryContent content() {
        StoryKind storyKind = kind == null ? null : Coded.parse(StoryKind.class, kind, "kind");
        Attribution byline = attribution == null || attribution.type() == null ? Attribution.anonymous()
                : Attribution.of(Coded.parse(AttributionType.class, attribution.type(), "attribution.type"),
                        attribution.name());
        return new StoryContent(title, summary, body, storyKind, byline, parse(Topic.class, topics, "topics"),
                parse(ContentNote.class, contentNotes, "contentNotes"));
    }

    private static <E extends Enum<E> & Coded> Set<E> parse(Class<E> type, List<String> codes, String field) {
        Set<E> values = EnumSet.noneOf(type);
        if (codes != null) {
            codes.forEach(code -> values.add(Coded.parse(type, code, field)));
        }
        return values;
    }
}
