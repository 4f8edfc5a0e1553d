package org.hearth.platform.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void writesTheWholeFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("evidence").resolve("a.sealed");
        AtomicFiles.write(target, bytes("first"));
        AtomicFiles.write(target, bytes("second, longer"));
        assertArrayEquals(bytes("second, longer"), Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "only the target remains");
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        Path notAFolder = folder.resolve("file");
        Files.writeString(notAFolder, "x");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(notAFolder.resolve("a.sealed"), bytes("x")));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(notAFolder), files.toList());
        }
    }

    @Test
    void theSweepRemovesTemporaryAndUnreferencedFilesOnly() throws IOException {
        Files.writeString(folder.resolve("kept.sealed"), "k");
        Files.writeString(folder.resolve("orphan.sealed"), "o");
        Files.writeString(folder.resolve(AtomicFiles.TEMPORARY_MARK + "123"), "half");
        Files.createDirectory(folder.resolve("sub"));
        List<Path> removed = OrphanSweep.sweep(folder, Set.of("kept.sealed", AtomicFiles.TEMPORARY_MARK + "123"));
        assertEquals(2, removed.size(), removed::toString);
        assertTrue(Files.exists(folder.resolve("kept.sealed")));
        assertTrue(Files.isDirectory(folder.resolve("sub")), "folders are not the sweep's business");
        assertFalse(Files.exists(folder.resolve("orphan.sealed")));
        assertFalse(Files.exists(folder.resolve(AtomicFiles.TEMPORARY_MARK + "123")), "a temporary file is debris even if named");
        assertEquals(List.of(), OrphanSweep.sweep(folder.resolve("missing"), Set.of()), "no folder, nothing to do");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
