package org.hearth.consent.entity;

import org.hearth.shared.Coded;

/** Where a storyteller allows their story to appear, each a separate yes or no. */
public enum Channel implements Coded {
    WEBSITE, SOCIAL_MEDIA, MEDIA_KITS, PRINT, PRESS, TRAINING;

    /** The JSON key of this channel in a consent record's {@code channels} ({@code socialMedia}, …). */
    @Override
    public String code() {
        String[] words = name().toLowerCase().split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
