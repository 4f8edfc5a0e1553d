package org.hearth.media.boundary;

import org.hearth.media.entity.MediaKind;

/**
 * Which assets of a library to list: of one {@code kind} (null: all), in use or not ({@code inUse}
 * null: both), only images without alt text that are not marked decorative, only images and videos
 * nobody has confirmed the safe-imagery checklist for.
 */
public record MediaFilter(MediaKind kind, Boolean inUse, boolean missingAlt, boolean awaitingImageryCheck) {

    public static final MediaFilter ALL = new MediaFilter(null, null, false, false);
}
