package org.hearth.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.hearth.shared.PayloadTooLargeException;

/**
 * An upload copied to a private work file while its SHA-256 is computed and its size counted:
 * the copy stops, and the file goes, as soon as it passes the limit, so an oversized upload never
 * fills the disk. The caller deletes the file when it is done with it ({@link #discard()}).
 */
public record ReceivedFile(Path path, String sha256, long bytes) {

    private static final int BUFFER = 64 * 1024;

    public static ReceivedFile receive(InputStream in, Path workFolder, long maxBytes) {
        Path path = workFolder.resolve("upload-" + UUID.randomUUID());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(path), digest)) {
                byte[] buffer = new byte[BUFFER];
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    total += read;
                    if (total > maxBytes) {
                        throw new PayloadTooLargeException("Files are limited to " + describe(maxBytes) + ".");
                    }
                    out.write(buffer, 0, read);
                }
            }
            return new ReceivedFile(path, HexFormat.of().formatHex(digest.digest()), total);
        } catch (IOException e) {
            deleteQuietly(path);
            throw new UncheckedIOException("Cannot receive the upload", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(path);
            throw e;
        }
    }

    public void discard() {
        deleteQuietly(path);
    }

    static String describe(long bytes) {
        return bytes >= 1_000_000 ? bytes / 1_000_000 + " MB" : bytes + " bytes";
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Swept at the next start.
        }
    }
}
