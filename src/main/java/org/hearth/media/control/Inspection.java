package org.hearth.media.control;

import org.hearth.media.entity.MediaKind;

/**
 * What the bytes of an upload turned out to be: a canonical media type (audio/wav, never
 * audio/x-wav) and, for images, the size as shown (EXIF orientation applied), read from the
 * header without decoding a pixel; 0 × 0 for anything else.
 */
public record Inspection(String mediaType, MediaKind kind, int width, int height) {
}
