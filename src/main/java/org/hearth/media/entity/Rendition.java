package org.hearth.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One public form of an asset ({@code w480}, {@code full}, {@code stream}, {@code poster}…): a
 * file without metadata, named by its SHA-256, whose bytes never change.
 */
@Embeddable
public class Rendition {

    @Column(nullable = false, length = 16)
    private String name;

    @Column(nullable = false, length = 64)
    private String file;

    @Column(name = "media_type", nullable = false, length = 64)
    private String mediaType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false)
    private long bytes;

    protected Rendition() {
    }

    public Rendition(String name, String file, String mediaType, int width, int height, long bytes) {
        this.name = name;
        this.file = file;
        this.mediaType = mediaType;
        this.width = width;
        this.height = height;
        this.bytes = bytes;
    }

    public String name() {
        return name;
    }

    /** The SHA-256 of the bytes, which names the file in the blob store and is the ETag. */
    public String file() {
        return file;
    }

    public String mediaType() {
        return mediaType;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public long bytes() {
        return bytes;
    }
}
