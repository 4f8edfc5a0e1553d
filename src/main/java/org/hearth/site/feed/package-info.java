/**
 * The site's machine-readable doors: the Atom feed of published stories ({@code /feeds/stories.atom}),
 * {@code /sitemap.xml} and {@code /robots.txt}. They read published content only, set no cookie and
 * are revalidated on every request (no-cache plus an ETag), so a withdrawn story drops out at once.
 */
package org.hearth.site.feed;
