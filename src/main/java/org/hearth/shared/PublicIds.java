package org.hearth.shared;

import java.security.SecureRandom;
import java.util.Base64;

/** Random, unguessable identifiers for anything addressed by URL that is not public content. */
public final class PublicIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {
    }

    /** 16 random bytes (128 bits), URL-safe Base64 without padding: 22 characters. */
    public static String next() {
        return random(16);
    }

    /** {@code bytes} random bytes as URL-safe Base64 without padding. */
    public static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
