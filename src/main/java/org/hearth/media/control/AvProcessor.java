package org.hearth.media.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hearth.media.entity.MediaKind;

/**
 * Video and audio through {@code ffmpeg}: the streams are copied bit for bit into a fresh
 * container with no global, stream or chapter metadata (titles, comments, GPS atoms, encoder
 * names), and a video gets a poster frame. When ffmpeg is missing, {@link #available()} says
 * so and the boundary keeps the asset private as "needs processing"; nothing is served raw.
 *
 * <p>Only the audio and (non-cover-art) video streams are kept: {@code -map 0} would also copy
 * data tracks such as a camera's GPS telemetry, subtitles and attached cover pictures, which
 * carry their own metadata.
 */
public final class AvProcessor {

    private final String ffmpeg;
    private final Duration timeout;
    private volatile Boolean available;

    public AvProcessor(String ffmpegCommand, Duration timeout) {
        this.ffmpeg = ffmpegCommand;
        this.timeout = timeout;
    }

    /** Whether {@code ffmpeg -version} runs; asked once, then remembered. */
    public boolean available() {
        Boolean known = available;
        if (known == null) {
            try {
                run(List.of(ffmpeg, "-version"), Files.createTempFile("hearth-ffmpeg", ".log"), Duration.ofSeconds(20));
                known = true;
            } catch (IOException e) {
                known = false;
            }
            available = known;
        }
        return known;
    }

    /** A copy of the streams in a new container of the same type, without metadata; written into {@code workDir}. */
    public Path strip(Path source, Inspection inspection, Path workDir) throws IOException {
        Format format = Format.of(inspection.mediaType());
        Path target = workDir.resolve("stripped." + format.extension);
        List<String> command = new ArrayList<>(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y",
                // The demuxer is the one the bytes were checked for, never guessed: no playlist or concat tricks.
                "-protocol_whitelist", "file", "-f", format.demuxer, "-i", source.toString()));
        if (inspection.kind() == MediaKind.VIDEO) {
            command.addAll(List.of("-map", "0:V?", "-map", "0:a?"));
        } else {
            command.addAll(List.of("-map", "0:a"));
        }
        command.addAll(List.of("-map_metadata", "-1", "-map_metadata:s", "-1", "-map_chapters", "-1", "-c", "copy",
                "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact"));
        command.addAll(format.muxerOptions);
        command.addAll(List.of("-f", format.muxer, target.toString()));
        run(command, workDir.resolve("strip.log"), timeout);
        return target;
    }

    /** One frame as JPEG, at one second or, for a shorter video, the first. */
    public Path poster(Path video, Path workDir) throws IOException {
        Path target = workDir.resolve("poster.jpg");
        for (String at : List.of("1", "0")) {
            // Only the MP4 and WebM demuxers may open it, whatever the bytes pretend to be.
            run(List.of(ffmpeg, "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-protocol_whitelist", "file",
                    "-format_whitelist", "mov,matroska", "-ss", at, "-i", video.toString(), "-map", "0:V:0", "-frames:v", "1", "-an", "-sn", "-dn",
                    "-map_metadata", "-1", "-fflags", "+bitexact", "-flags:v", "+bitexact", "-c:v", "mjpeg",
                    "-q:v", "3", "-update", "1", "-f", "image2", target.toString()), workDir.resolve("poster.log"), timeout);
            if (Files.exists(target) && Files.size(target) > 0) {
                return target;
            }
        }
        throw new IOException("ffmpeg produced no poster frame for " + video.getFileName());
    }

    /**
     * Runs ffmpeg with its output going to a log file (so a full pipe never blocks it), kills it
     * and its children when it outlives the timeout, and reports its last line on failure.
     */
    private static void run(List<String> command, Path log, Duration timeout) throws IOException {
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new IOException("ffmpeg took longer than " + timeout.toSeconds() + " s and was stopped");
            }
            if (process.exitValue() != 0) {
                throw new IOException("ffmpeg failed (exit " + process.exitValue() + "): " + lastLine(log));
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ffmpeg ran", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log).stream().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }

    /** How each accepted type is read and written back. */
    private record Format(String demuxer, String muxer, String extension, List<String> muxerOptions) {

        static Format of(String type) {
            return switch (type) {
                // faststart puts the index first so a browser can play while it downloads by ranges.
                case "video/mp4" -> new Format("mov", "mp4", "mp4", List.of("-movflags", "+faststart"));
                case "audio/mp4" -> new Format("mov", "ipod", "m4a", List.of("-movflags", "+faststart"));
                case "video/webm" -> new Format("matroska", "webm", "webm", List.of());
                // No ID3 tag at all: it is only metadata.
                case "audio/mpeg" -> new Format("mp3", "mp3", "mp3", List.of("-id3v2_version", "0", "-write_id3v1", "0"));
                case "audio/ogg" -> new Format("ogg", "ogg", "ogg", List.of());
                case "audio/wav" -> new Format("wav", "wav", "wav", List.of());
                default -> throw new IllegalArgumentException("not video or audio: " + type);
            };
        }
    }
}
