package org.hearth.site.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.hearth.shared.PublicContentChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which cached pages a change of a help resource (or anything else shown publicly) drops. */
class PageInvalidationTest {

    final PageCache cache = new PageCache();
    final PageInvalidation invalidation = new PageInvalidation();

    @BeforeEach
    void fill() {
        invalidation.cache = cache;
        put("/en/audiences/youth", PageInvalidation.helpTag("youth"), PageCache.LISTS);
        put("/en/stories/kinship", "story:kinship", PageInvalidation.helpTag("indigenous"), PageInvalidation.helpTag("youth"));
        put("/en/audiences/indigenous", PageInvalidation.helpTag("indigenous"), PageCache.LISTS);
        put("/en/help", PageCache.LISTS);
    }

    void put(String key, String... tags) {
        cache.put(key, PageCache.Page.of(new byte[0], "text/html", Set.of(tags), null, true), cache.generation());
    }

    @Test
    void aSupportForOneAudienceDropsOnlyThePagesAboutThatAudience() {
        invalidation.onContentChanged(new PublicContentChanged("help-audience:youth"));
        assertEquals(2, cache.size());
        assertTrue(cache.get("/en/audiences/indigenous").isPresent());
        assertTrue(cache.get("/en/help").isPresent());
        assertTrue(cache.get("/en/audiences/youth").isEmpty());
        assertTrue(cache.get("/en/stories/kinship").isEmpty());
    }

    @Test
    void aSupportForEveryoneIsInEveryPagesHelpBlockSoEveryPageGoes() {
        invalidation.onContentChanged(new PublicContentChanged("help"));
        assertEquals(0, cache.size());
    }

    @Test
    void theChangeTagOfAHelpResourceNamesItsAudience() {
        var owner = new org.hearth.organization.entity.Organization("org", "Org", org.hearth.shared.Province.of("ON"), java.time.Instant.now());
        var hotline = new org.hearth.help.entity.HelpResource(owner, "hotline", "Hotline", "Ligne", 1);
        assertEquals("help", hotline.changeTag());
        hotline.intendFor("youth");
        assertEquals(PageInvalidation.helpTag("youth"), hotline.changeTag());
    }
}
