package org.hearth.shared;

/**
 * Something every public page may show changed (a project, a campaign, a help resource): pages
 * built from it must be rendered again. Story changes have their own, more precise event.
 *
 * @param what a short description for logs, such as {@code project:parkdale-youth-voices}
 */
public record PublicContentChanged(String what) {
}
