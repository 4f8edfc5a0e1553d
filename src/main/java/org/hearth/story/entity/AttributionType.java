package org.hearth.story.entity;

import org.hearth.shared.Coded;

/** How a story names its storyteller, exactly as the storyteller chose. */
public enum AttributionType implements Coded {
    FULL_NAME, FIRST_NAME, PSEUDONYM, ANONYMOUS;
}
