package org.hearth.media.control;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where media bytes live, each file named by its SHA-256 so that the same bytes are stored once
 * and a name never points at different bytes. On disk now ({@link DiskBlobStore}); the cluster
 * issue adds object storage behind the same four calls.
 */
public interface BlobStore {

    /**
     * Takes {@code file} (moved, not copied) under the name {@code sha256}; answers whether the
     * store did not hold those bytes before (so that a rollback may remove them).
     */
    boolean put(String sha256, Path file);

    /** A file on the local file system holding the bytes, to be streamed without loading them. */
    Optional<Path> localFile(String sha256);

    void delete(String sha256);

    /** Whether the file {@code sha256} was stored before {@code instant} (false when there is none). */
    boolean olderThan(String sha256, java.time.Instant instant);

    /** Every name in the store, for the orphan sweep. */
    Set<String> names();

    /** A private folder on the same file system for files being received or made. */
    Path workFolder();
}
