package org.hearth.story.entity;

import org.hearth.shared.Coded;

/** What a story is. A lived-experience story draws on a real person's life and is bound by their consent; the others are not about an identifiable person. */
public enum StoryKind implements Coded {
    LIVED_EXPERIENCE, COMPOSITE, EXPERT, GUIDANCE;
}
