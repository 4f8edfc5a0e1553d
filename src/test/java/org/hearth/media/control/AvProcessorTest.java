package org.hearth.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.hearth.media.entity.MediaKind;
import org.hearth.shared.UnsupportedMediaException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvProcessorTest {

    private static final String[] SECRETS = {"SECRETLOCATION", "GPS43.65"};
    /** Set on the first stream; not every container writes stream tags, so only its absence is asserted. */
    private static final String STREAM_SECRET = "STREAMSECRET";

    @TempDir
    Path dir;

    private final AvProcessor processor = new AvProcessor("ffmpeg", Duration.ofSeconds(60));
    private final MediaInspector inspector = new MediaInspector(40_000_000L);

    @BeforeEach
    void needsFfmpeg() {
        if (!processor.available() && Boolean.getBoolean("hearth.test.requireFfmpeg")) {
            throw new AssertionError("ffmpeg is required here (hearth.test.requireFfmpeg) but is not installed");
        }
        Assumptions.assumeTrue(processor.available(), "ffmpeg is not installed");
    }

    @ParameterizedTest
    @CsvSource({
        "clip.mp4, video/mp4, VIDEO, video/mp4",
        "clip.webm, video/webm, VIDEO, video/webm",
        "song.mp3, audio/mpeg, AUDIO, audio/mp3",
        "song.m4a, audio/mp4, AUDIO, audio/x-m4a",
        "song.ogg, audio/ogg, AUDIO, audio/vorbis",
        "song.opus, audio/ogg, AUDIO, audio/opus",
        "song.wav, audio/wav, AUDIO, audio/x-wav"})
    void eachTypeIsDetectedAndLeavesItsMetadataBehind(String name, String type, MediaKind kind, String claimed)
            throws Exception {
        Path source = generate(name, kind == MediaKind.VIDEO);
        for (String secret : SECRETS) {
            assertTrue(Samples.contains(Files.readAllBytes(source), Samples.ascii(secret)), "the sample carries " + secret);
        }
        Inspection inspection = inspector.inspect(source, name, claimed);
        assertEquals(new Inspection(type, kind, 0, 0), inspection);

        Path work = Files.createDirectories(dir.resolve("work-" + name));
        Path stripped = processor.strip(source, inspection, work);

        byte[] bytes = Files.readAllBytes(stripped);
        for (String secret : List.of(SECRETS[0], SECRETS[1], STREAM_SECRET)) {
            assertFalse(Samples.contains(bytes, Samples.ascii(secret)), name + " still holds " + secret);
        }
        assertEquals(type, inspector.inspect(stripped, stripped.getFileName().toString(), type).mediaType());
        try (var files = Files.list(work)) {
            assertEquals(List.of(stripped), files.toList(), "no log or temporary file left behind");
        }
    }

    @ParameterizedTest
    @CsvSource({"clip.mkv, -c:v, mpeg4", "clip.mov, -c:v, mpeg4", "clip.ogv, -c:v, libtheora"})
    void otherContainersAreRefused(String name, String option, String codec) throws Exception {
        Path file = dir.resolve(name);
        ffmpeg("-f", "lavfi", "-i", "testsrc=d=1:s=64x48", option, codec, file.toString());
        UnsupportedMediaException e = assertThrows(UnsupportedMediaException.class,
                () -> inspector.inspect(file, name, null));
        assertEquals("unsupported-type", e.code());
    }

    @Test
    void aVideoGetsAPosterFrame() throws Exception {
        Path video = generate("clip.mp4", true);
        Path poster = processor.poster(video, dir);
        BufferedImage frame = ImageIO.read(poster.toFile());
        assertEquals(64, frame.getWidth());
        assertEquals(48, frame.getHeight());
        assertEquals("image/jpeg", inspector.inspect(poster, "poster.jpg", null).mediaType());
    }

    @Test
    void aVideoShorterThanASecondGetsItsFirstFrame() throws Exception {
        Path video = dir.resolve("blink.webm");
        ffmpeg("-f", "lavfi", "-i", "testsrc=d=0.3:s=64x48", video.toString());
        assertTrue(Files.size(processor.poster(video, dir)) > 0);
    }

    @Test
    void aFailureSaysWhatFfmpegSaid() throws Exception {
        Path notReally = Files.write(dir.resolve("fake.mp4"), Samples.ascii("\0\0\0\u0018ftypisom and then nothing"));
        IOException e = assertThrows(IOException.class, () -> processor.strip(notReally,
                new Inspection("video/mp4", MediaKind.VIDEO, 0, 0), dir));
        assertTrue(e.getMessage().contains("fake.mp4"), "ffmpeg's own last line is passed on: " + e.getMessage());
    }

    @Test
    void aRunPastItsTimeoutIsStopped() throws Exception {
        Path video = generate("clip.webm", true);
        AvProcessor impatient = new AvProcessor("ffmpeg", Duration.ofMillis(1));
        assertThrows(IOException.class, () -> impatient.strip(video, new Inspection("video/webm", MediaKind.VIDEO, 0, 0),
                Files.createDirectories(dir.resolve("impatient"))));
    }

    @Test
    void aMissingFfmpegIsReportedNotThrown() {
        assertFalse(new AvProcessor("/nonexistent/ffmpeg", Duration.ofSeconds(5)).available());
    }

    private Path generate(String name, boolean video) throws Exception {
        Path file = dir.resolve(name);
        List<String> args = new ArrayList<>();
        if (video) {
            args.addAll(List.of("-f", "lavfi", "-i", "testsrc=d=2:s=64x48"));
        }
        args.addAll(List.of("-f", "lavfi", "-i", "sine=d=2"));
        if (video) {
            args.add("-shortest");
        }
        args.addAll(List.of("-metadata", "title=SECRETLOCATION", "-metadata", "comment=GPS43.65",
                "-metadata:s:0", "streamtag=" + STREAM_SECRET, file.toString()));
        ffmpeg(args.toArray(String[]::new));
        return file;
    }

    private static void ffmpeg(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-v", "error", "-y"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ffmpeg finished");
        assertEquals(0, process.exitValue(), "ffmpeg " + command);
    }
}
