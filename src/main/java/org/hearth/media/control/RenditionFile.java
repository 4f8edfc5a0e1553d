package org.hearth.media.control;

import java.nio.file.Path;

/** One re-encoded image written to the work directory: {@code w480}, {@code w960}, {@code w1600} or {@code full}. */
public record RenditionFile(String name, Path file, String mediaType, int width, int height, long bytes) {
}
