package org.hearth.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes from a folder what a crash left behind: temporary files still being written, and
 * files no committed row names (written for a transaction that never committed, or replaced by
 * one that did). Run at start-up, before anything writes to the folder.
 */
public final class OrphanSweep {

    private OrphanSweep() {
    }

    /** Deletes every regular file in {@code folder} whose name is not in {@code referenced}; answers what it removed. */
    public static List<Path> sweep(Path folder, Set<String> referenced) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : files) {
                if (AtomicFiles.isTemporary(file) || !referenced.contains(file.getFileName().toString())) {
                    Files.delete(file);
                    removed.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sweep " + folder, e);
        }
        if (!removed.isEmpty()) {
            AtomicFiles.syncFolder(folder);
        }
        return removed;
    }
}
