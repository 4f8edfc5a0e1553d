package org.hearth.mediakit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.hearth.mediakit.control.KitFiles;
import org.hearth.mediakit.control.KitZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ZIP holds the README and each file whole, stored as it is; names are by folder and unique. */
class KitZipTest {

    @Test
    void filesAreStoredWholeAndTextsDeflated(@TempDir Path dir) throws IOException {
        byte[] noise = new byte[300_000];
        new Random(7).nextBytes(noise);
        Path file = Files.write(dir.resolve("a.pdf"), noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitZip.write(List.of(KitZip.Part.text("README.txt", "Trousse d’été"), KitZip.Part.file("documents/01-a.pdf", file)), out);
        Map<String, byte[]> read = new LinkedHashMap<>();
        Map<String, Integer> methods = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                methods.put(e.getName(), e.getMethod());
                read.put(e.getName(), zip.readAllBytes());
            }
        }
        assertEquals(List.of("README.txt", "documents/01-a.pdf"), List.copyOf(read.keySet()));
        assertEquals("Trousse d’été", new String(read.get("README.txt"), StandardCharsets.UTF_8));
        assertArrayEquals(noise, read.get("documents/01-a.pdf"));
        assertEquals(ZipEntry.STORED, methods.get("documents/01-a.pdf"));
        assertEquals(ZipEntry.DEFLATED, methods.get("README.txt"));
    }

    @Test
    void aFileGoneBeforeTheZipReachesItIsLeftOutAndTheZipStillEndsWhole(@TempDir Path dir) throws IOException {
        Path kept = Files.write(dir.resolve("kept.png"), new byte[]{1, 2, 3});
        Path withdrawn = dir.resolve("withdrawn.png");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KitZip.write(List.of(KitZip.Part.text("README.txt", "kit"), KitZip.Part.file("images/01-withdrawn.png", withdrawn),
                KitZip.Part.file("images/02-kept.png", kept)), out);
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                zip.readAllBytes();
            }
        }
        assertEquals(List.of("README.txt", "images/02-kept.png"), names, "the withdrawn file's bytes are never sent");
        try (java.util.zip.ZipFile whole = new java.util.zip.ZipFile(Files.write(dir.resolve("kit.zip"), out.toByteArray()).toFile())) {
            assertEquals(2, whole.size(), "the central directory is there: the ZIP opens");
        }
    }

    @Test
    void namesGoInFoldersByTypeAndNeverCollide() {
        KitFiles names = new KitFiles();
        assertEquals("images/01-poster-letter-size.jpg", names.media(1, "Poster (letter size)", "image/jpeg"));
        assertEquals("documents/02-fiche.pdf", names.media(2, "Fiche", "application/pdf"));
        assertEquals("video/03-talk.mp4", names.media(3, "Talk", "video/mp4"));
        assertEquals("texts/04-messages-cles.md", names.text(4, "Messages clés", "key-messages"));
        assertEquals("texts/04-messages-cles-2.md", names.text(4, "Messages clés", "key-messages"));
    }
}
