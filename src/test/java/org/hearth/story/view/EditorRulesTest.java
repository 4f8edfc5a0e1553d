package org.hearth.story.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hearth.shared.InvalidInputException;
import org.hearth.story.boundary.StoryQuery;
import org.junit.jupiter.api.Test;

/** The story list's addresses and the editor's reading of what people type. */
class EditorRulesTest {

    @Test
    void aListLinkKeepsTheFiltersChangesOneAndAlwaysGoesBackToTheFirstPage() {
        Map<String, String> current = new LinkedHashMap<>();
        current.put("status", "draft");
        current.put("lang", null);
        current.put("author", "a.b@example.org");
        current.put("after", "xyz");
        assertEquals("/studio/stories?status=draft&author=a.b%40example.org&sort=title",
                StoryListBacking.link(current, Map.of("sort", "title")));
        Map<String, String> dropStatus = new LinkedHashMap<>();
        dropStatus.put("status", null);
        assertEquals("/studio/stories?author=a.b%40example.org", StoryListBacking.link(current, dropStatus));
        assertEquals("/studio/stories", StoryListBacking.link(Map.of(), Map.of()));
    }

    @Test
    void unknownSortsFallBackToTheLatestChangeFirst() {
        assertEquals(StoryQuery.Order.TITLE, StoryListBacking.order("title"));
        assertEquals(StoryQuery.Order.UPDATED_OLDEST, StoryListBacking.order("oldest"));
        assertEquals(StoryQuery.Order.UPDATED, StoryListBacking.order("'; DROP TABLE story"));
        assertEquals(StoryQuery.Order.UPDATED, StoryListBacking.order(null));
    }

    @Test
    void aPublicationTimeIsReadAsUtcAndNothingMeansNow() {
        assertEquals(Instant.parse("2027-02-22T09:00:00Z"), StoryEditBacking.when("2027-02-22T09:00"));
        assertNull(StoryEditBacking.when("  "));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> StoryEditBacking.when("next tuesday"));
        assertEquals("publishAt", e.errors().get(0).field());
    }

    @Test
    void errorsPointAtTheFieldTheyAreAbout() {
        assertEquals("editor:title", StoryEditBacking.fieldId("title"));
        assertEquals("editor:notes", StoryEditBacking.fieldId("contentNotes"));
        assertEquals("editor:attributionName", StoryEditBacking.fieldId("attribution.name"));
        assertNull(StoryEditBacking.fieldId("version"), "a message about no field goes to the top");
    }
}
