package org.hearth.story.boundary;

/**
 * A story (one language of it) became public, or stopped being public. Fired synchronously inside
 * the transaction that changed it, by every path that can change visibility (workflow, scheduler,
 * withdrawal, expiry, import); observers that must act only once the change is committed observe
 * it {@code during = TransactionPhase.AFTER_SUCCESS}, which still runs before the call returns.
 *
 * @param storyId the story's database id
 * @param slug    its slug (unique across the site)
 * @param lang    its language
 * @param nowPublic whether it is public after the change
 * @param gone    whether it was taken down for good (consent withdrawn or expired): its URL answers 410
 */
public record StoryVisibilityChanged(long storyId, String slug, String lang, boolean nowPublic, boolean gone) {
}
