package org.hearth.media.entity;

import org.hearth.shared.Coded;

/** What an asset is, decided from its bytes: it picks the renditions, the rules (alt text, transcript) and how it is served. */
public enum MediaKind implements Coded {
    IMAGE, VIDEO, AUDIO, DOCUMENT;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
