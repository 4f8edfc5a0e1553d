package org.hearth.media.entity;

import org.hearth.shared.Coded;

/**
 * Where an asset stands: {@link #PROCESSING} until its renditions exist, {@link #READY} once they
 * do, {@link #NEEDS_PROCESSING} for video or audio that cannot be stripped of its metadata here
 * (no ffmpeg), {@link #FAILED} when the bytes could not be processed. Only a ready asset is ever served.
 */
public enum MediaStatus implements Coded {
    PROCESSING, READY, NEEDS_PROCESSING, FAILED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
