package org.hearth.mediakit.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a kit's ZIP onto a stream while it is being sent: text entries deflated, files (already
 * compressed images, PDFs, video) stored as they are, copied from disk through one fixed buffer,
 * so memory stays the same whatever the kit's size. A stored entry needs its CRC before its bytes,
 * so each file is read twice (the second read comes from the page cache).
 */
public final class KitZip {

    static final int BUFFER = 64 * 1024;

    /** One entry: text written by Hearth (the README, text items) or a file on disk (a rendition). */
    public record Part(String name, String text, Path file) {

        public static Part text(String name, String text) {
            return new Part(name, text, null);
        }

        public static Part file(String name, Path file) {
            return new Part(name, null, file);
        }
    }

    private KitZip() {
    }

    public static void write(List<Part> parts, OutputStream sink) throws IOException {
        byte[] buffer = new byte[BUFFER];
        ZipOutputStream zip = new ZipOutputStream(sink, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        for (Part part : parts) {
            if (part.file() == null) {
                ZipEntry entry = new ZipEntry(part.name());
                entry.setMethod(ZipEntry.DEFLATED);
                zip.putNextEntry(entry);
                zip.write(part.text().getBytes(StandardCharsets.UTF_8));
            } else {
                // Opened once: its size, CRC and bytes all come from the same open file. A file
                // already gone when the ZIP reaches it (its consent withdrawn while the download
                // ran) is left out, and the ZIP still ends properly.
                FileChannel file;
                try {
                    file = FileChannel.open(part.file(), StandardOpenOption.READ);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                try (file) {
                    ZipEntry entry = new ZipEntry(part.name());
                    entry.setMethod(ZipEntry.STORED);
                    long size = file.size();
                    entry.setSize(size);
                    entry.setCompressedSize(size);
                    entry.setCrc(crc(file, buffer));
                    zip.putNextEntry(entry);
                    file.position(0);
                    InputStream in = Channels.newInputStream(file);
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        zip.write(buffer, 0, n);
                    }
                }
            }
            zip.closeEntry();
            zip.flush();
        }
        zip.finish();
        zip.flush();
    }

    private static long crc(FileChannel file, byte[] buffer) throws IOException {
        CRC32 crc = new CRC32();
        InputStream in = Channels.newInputStream(file);
        int n;
        while ((n = in.read(buffer)) > 0) {
            crc.update(buffer, 0, n);
        }
        return crc.getValue();
    }
}
