package org.hearth.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.hearth.search.entity.Facet;
import org.hearth.search.entity.SearchResult;
import org.hearth.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SearchResourceTest {

    // No Search behind it: every request here must be refused before the index is asked.
    private final SearchResource resource = new SearchResource();

    @Test
    void aMissingOrBlankQueryIsInvalidInputOnQ() {
        for (String q : new String[] {null, "", "   "}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> search(q, null));
            assertEquals("q", refused.errors().get(0).field());
        }
    }

    @Test
    void anOverlongQueryAndAnOutOfRangeLimitAreInvalidInput() {
        assertThrows(InvalidInputException.class, () -> search("a".repeat(SearchResource.MAX_QUERY_LENGTH + 1), null));
        assertThrows(InvalidInputException.class, () -> search("worker", 0));
        assertThrows(InvalidInputException.class, () -> search("worker", 101));
    }

    @Test
    void theJsonNamesEveryFacetByItsParameter() {
        SearchResult found = new SearchResult(1,
                List.of(new SearchResult.Hit("s", "en", "T", "<mark>w</mark>", "https://x/en/stories/s")),
                Map.of(Facet.AUDIENCE, Map.of("youth", 1), Facet.PROVINCE, Map.of("ON", 1)), true, "worker");

        SearchJson.Result json = SearchJson.of(found, List.of());

        assertEquals(Map.of("audience", Map.of("youth", 1), "province", Map.of("ON", 1)), json.facets());
        assertEquals(List.of(new SearchJson.Item("s", "en", "T", "<mark>w</mark>", "https://x/en/stories/s")), json.items());
        assertEquals("worker", json.suggestion());
        assertEquals(1, json.total());
        assertEquals(List.of(), json.services());
    }

    private SearchJson.Result search(String q, Integer limit) {
        return resource.search(q, null, null, null, null, null, null, null, limit);
    }
}
