package org.hearth.story.entity;

import org.hearth.shared.Coded;

/**
 * Where a story (one language of it) stands in the editorial workflow:
 * draft → in review → (changes requested) → approved → scheduled → published → unpublished / archived.
 * Only {@link #PUBLISHED} is ever visible to the public.
 */
public enum StoryStatus implements Coded {
    DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED, ARCHIVED;

    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
