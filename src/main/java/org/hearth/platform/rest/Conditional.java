package org.hearth.platform.rest;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Answers a single resource with a strong ETag computed from exactly the JSON sent, so the tag
 * changes whenever anything the client sees changes, and {@code If-None-Match} gets 304.
 * Caches must revalidate every time: a withdrawal has to be visible on the very next request.
 */
public final class Conditional {

    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private Conditional() {
    }

    public static Response ok(Request request, Object dto) {
        String json = JsonbConfiguration.JSONB.toJson(dto);
        EntityTag tag = new EntityTag(digest(json));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(REVALIDATE).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .tag(tag).cacheControl(REVALIDATE).build();
    }

    public static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
