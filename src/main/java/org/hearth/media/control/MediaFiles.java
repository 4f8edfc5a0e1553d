package org.hearth.media.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The media settings and the blob store they point at: {@code HEARTH_MEDIA_MAX_BYTES} (200 MB),
 * {@code HEARTH_MEDIA_MAX_PIXELS} (40 megapixels), {@code HEARTH_MEDIA_KEEP_ORIGINALS} (true),
 * {@code HEARTH_FFMPEG} (the command, {@code ffmpeg}), files under {@code HEARTH_DATA_DIR/media}.
 */
@ApplicationScoped
public class MediaFiles {

    @Inject
    @ConfigProperty(name = "hearth.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "hearth.media.max-bytes", defaultValue = "200000000")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "hearth.media.max-pixels", defaultValue = "40000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "hearth.media.keep-originals", defaultValue = "true")
    boolean keepOriginals;

    @Inject
    @ConfigProperty(name = "hearth.ffmpeg", defaultValue = "ffmpeg")
    String ffmpeg;

    @Inject
    @ConfigProperty(name = "hearth.media.sweep-age", defaultValue = "PT10M")
    Duration sweepAge;

    private BlobStore store;

    @PostConstruct
    void open() {
        store = new DiskBlobStore(Path.of(dataDir).toAbsolutePath().normalize().resolve("media"));
    }

    /** The image plug-ins registered for Hearth go with it, so a redeployment does not keep its class loader alive. */
    @jakarta.annotation.PreDestroy
    void close() {
        ImagePlugins.unregister();
    }

    /**
     * Removes stored files no row names and work files, both only once older than
     * {@code HEARTH_MEDIA_SWEEP_AGE} (10 minutes), so that an upload another node is committing
     * right now is safe. Answers how many went.
     */
    public int sweep(Set<String> referenced) {
        Instant before = Instant.now().minus(sweepAge);
        int removed = 0;
        for (String name : store.names()) {
            if (!referenced.contains(name) && store.olderThan(name, before)) {
                store.delete(name);
                removed++;
            }
        }
        try (Stream<Path> work = Files.list(store.workFolder())) {
            for (Path file : work.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    deleteTree(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sweep " + store.workFolder(), e);
        }
        return removed;
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public BlobStore store() {
        return store;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long maxPixels() {
        return maxPixels;
    }

    public boolean keepOriginals() {
        return keepOriginals;
    }

    public String ffmpeg() {
        return ffmpeg;
    }
}
