/**
 * What the staff studio's Faces pages share: the routing of its clean addresses to views and the
 * rule that only signed-in staff get past the sign-in page ({@code StudioRouter}); texts and
 * messages in the person's language ({@code StudioText}, {@code StudioNotices}, {@code StudioWords},
 * {@code When}); and PrimeFaces' CSP mode kept to the studio ({@code StudioOnlyCsp},
 * {@code CspNonceViewHandler}).
 */
package org.hearth.platform.faces;
