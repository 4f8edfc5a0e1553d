/**
 * The public reader's site: clean bilingual URLs routed to stateless Facelets views (no session,
 * no cookie), strict security headers, and the backing beans that read published content only.
 */
package org.hearth.site;
