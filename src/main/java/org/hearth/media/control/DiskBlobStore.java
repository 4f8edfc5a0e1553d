package org.hearth.media.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Media files under {@code <data dir>/media/ab/<sha256>}: two-character folders keep any one
 * folder small. A file arrives by an atomic rename from the work folder (the same file system),
 * after its bytes were forced to disk, so a name never holds half a file.
 */
public final class DiskBlobStore implements BlobStore {

    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public DiskBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(workFolder());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + workFolder(), e);
        }
    }

    @Override
    public boolean put(String sha256, Path file) {
        Path target = pathOf(sha256);
        try {
            if (Files.exists(target)) {
                Files.deleteIfExists(file);
                return false;
            }
            Files.createDirectories(target.getParent());
            force(file);
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            force(target.getParent());
            return true;
        } catch (FileAlreadyExistsException sameBytesMeanwhile) {
            deleteQuietly(file);
            return false;
        } catch (AtomicMoveNotSupportedException e) {
            throw new UncheckedIOException("The media folder " + root + " cannot rename atomically", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + sha256, e);
        }
    }

    @Override
    public Optional<Path> localFile(String sha256) {
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public void delete(String sha256) {
        deleteQuietly(pathOf(sha256));
    }

    @Override
    public boolean olderThan(String sha256, java.time.Instant instant) {
        try {
            return Files.getLastModifiedTime(pathOf(sha256)).toInstant().isBefore(instant);
        } catch (IOException none) {
            return false;
        }
    }

    @Override
    public Set<String> names() {
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> NAME.matcher(n).matches()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    @Override
    public Path workFolder() {
        return root.resolve("work");
    }

    private Path pathOf(String sha256) {
        if (sha256 == null || !NAME.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static void force(Path path) {
        try (FileChannel channel = FileChannel.open(path, Files.isDirectory(path)
                ? new StandardOpenOption[] {StandardOpenOption.READ} : new StandardOpenOption[] {StandardOpenOption.WRITE})) {
            channel.force(true);
        } catch (IOException notSupported) {
            // A platform that cannot open folders (Windows): the file itself was forced.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The start-up sweep removes it.
        }
    }
}
