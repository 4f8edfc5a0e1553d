package org.hearth.site.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConditionalResponseTest {

    private static final byte[] FEED = "<feed/>".getBytes(StandardCharsets.UTF_8);

    @Test
    void theEtagIsAQuotedDigestOfTheBytes() {
        String etag = ConditionalResponse.etagOf(FEED);
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{22}\""), etag);
        assertEquals(etag, ConditionalResponse.etagOf(FEED.clone()));
        assertNotEquals(etag, ConditionalResponse.etagOf("<feed></feed>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void ifNoneMatchMatchesTheTagInAListWeakOrAnyTag() {
        String etag = ConditionalResponse.etagOf(FEED);
        assertTrue(ConditionalResponse.matches(etag, etag));
        assertTrue(ConditionalResponse.matches("\"other\", W/" + etag, etag));
        assertTrue(ConditionalResponse.matches("*", etag));
        assertFalse(ConditionalResponse.matches(null, etag));
        assertFalse(ConditionalResponse.matches("\"other\"", etag));
        assertFalse(ConditionalResponse.matches(etag.replace("\"", ""), etag));
    }
}
