package org.hearth.site.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoriesFeedServletTest {

    @Test
    void anAuthorIsTheAttributionNameOrAnonymousInTheStoryLanguage() {
        assertEquals("Maya", StoriesFeedServlet.authorName("Maya", "fr"));
        assertEquals("Anonymous", StoriesFeedServlet.authorName(null, "en"));
        assertEquals("Anonyme", StoriesFeedServlet.authorName(null, "fr-CA"));
        assertEquals("Anonymous", StoriesFeedServlet.authorName(" ", "pa"));
    }

    @Test
    void theSelfQueryNamesKnownFiltersInAFixedOrderEncoded() {
        Map<String, String> filters = new LinkedHashMap<>();
        assertEquals("", StoriesFeedServlet.queryString(filters));
        filters.put("lang", "fr");
        filters.put("project", "east end & co");
        assertEquals("?project=east+end+%26+co&lang=fr", StoriesFeedServlet.queryString(filters));
    }
}
