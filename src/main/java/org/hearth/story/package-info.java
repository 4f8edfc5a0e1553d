/**
 * Stories: survivor-informed stories in several languages, each translation with its own slug
 * and status, written in Markdown and rendered to sanitized HTML. Owns the story entity and its
 * codes (kind, topics, content notes, attribution), the public content API for published stories
 * and the studio API for drafts.
 */
package org.hearth.story;
