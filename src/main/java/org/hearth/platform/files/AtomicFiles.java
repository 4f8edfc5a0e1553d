package org.hearth.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that a crash at any moment leaves either the whole new file or nothing under
 * its name: the bytes go to a temporary sibling ({@value #TEMPORARY_MARK}…), are forced to the
 * disk, the temporary file is renamed over the target in one step, and the folder itself is
 * synced so the rename survives a power cut too.
 */
public final class AtomicFiles {

    /** Names of files still being written; whatever carries it after a crash is debris. */
    public static final String TEMPORARY_MARK = ".writing-";

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = folder.resolve(TEMPORARY_MARK + UUID.randomUUID());
        try {
            Files.createDirectories(folder);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The file system of " + folder + " cannot rename atomically", e);
            }
            syncFolder(folder);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    /** Whether {@code file} is a temporary file a crash left behind. */
    public static boolean isTemporary(Path file) {
        return file.getFileName().toString().startsWith(TEMPORARY_MARK);
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Swept at the next start.
        }
    }

    /** Makes a rename or deletion in {@code folder} durable (a no-op where the platform cannot open folders). */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Some platforms (Windows) cannot open a folder; the file itself was forced.
        }
    }
}
