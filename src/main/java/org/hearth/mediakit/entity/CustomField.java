package org.hearth.mediakit.entity;

import org.hearth.shared.Coded;

/**
 * What a partner may fill into a kit that allows it. The hotline, the safety text and every
 * consent-bound word are never among them: they stay locked.
 */
public enum CustomField implements Coded {
    ORGANIZATION_NAME, LOGO, LOCAL_SERVICES, CONTACT;

    /** The JSON key ({@code organizationName}, …). */
    @Override
    public String code() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
