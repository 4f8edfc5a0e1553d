package org.hearth.media.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.media.entity.MediaKind;
import org.hearth.media.entity.Rendition;

/**
 * Makes an asset's public renditions off the request path (Jakarta Concurrency's managed
 * executor): images decoded and re-encoded without metadata at several widths, video and audio
 * copied without container metadata (with a poster frame for video) when ffmpeg is there, PDFs
 * saved again without their information dictionary and XMP. The asset shows {@code processing}
 * until {@link MediaCatalog#finish} records the result; an asset still processing at start-up
 * (the node stopped mid-way) is taken again.
 */
@ApplicationScoped
public class MediaProcessing {

    private static final Logger LOG = Logger.getLogger(MediaProcessing.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    MediaCatalog catalog;

    @Inject
    MediaFiles files;

    private volatile AvProcessor av;

    public void submit(long assetId) {
        executor.submit(() -> process(assetId));
    }

    /** Makes the renditions now, on the caller's thread and in its transaction (the content import). */
    public void processNow(long assetId) {
        process(assetId);
    }

    void process(long assetId) {
        MediaCatalog.Work work = catalog.work(assetId).orElse(null);
        if (work == null) {
            return;
        }
        BlobStore store = files.store();
        Path folder = store.workFolder().resolve("render-" + UUID.randomUUID());
        List<String> made = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            Path original = store.localFile(work.originalFile()).orElseThrow(() ->
                    new IOException("the original of asset " + assetId + " is missing"));
            Inspection inspection = new Inspection(work.mediaType(), work.kind(), work.width(), work.height());
            List<RenditionFile> outputs = render(original, inspection, folder);
            if (outputs == null) {
                catalog.awaitTools(assetId);
                return;
            }
            List<Rendition> renditions = new ArrayList<>();
            for (RenditionFile output : outputs) {
                String sha = sha256(output.file());
                if (store.put(sha, output.file())) {
                    made.add(sha);
                }
                renditions.add(new Rendition(output.name(), sha, output.mediaType(), output.width(), output.height(),
                        output.bytes()));
            }
            if (!catalog.finish(assetId, renditions, !files.keepOriginals())) {
                made.forEach(store::delete);
            }
        } catch (IOException | RuntimeException failure) {
            LOG.log(Level.WARNING, "Could not process media asset " + assetId, failure);
            made.forEach(store::delete);
            catalog.fail(assetId);
        } finally {
            deleteTree(folder);
        }
    }

    /** The renditions of one asset, or null when the tools it needs are not installed. */
    private List<RenditionFile> render(Path original, Inspection inspection, Path folder) throws IOException {
        return switch (inspection.kind()) {
            case IMAGE -> new ImageRenditions(files.maxPixels()).render(original, inspection, folder);
            case DOCUMENT -> {
                Path cleaned = folder.resolve("document.pdf");
                PdfCleaner.clean(original, cleaned);
                yield List.of(new RenditionFile("document", cleaned, "application/pdf", 0, 0, Files.size(cleaned)));
            }
            case VIDEO, AUDIO -> {
                AvProcessor tools = av();
                if (!tools.available()) {
                    yield null;
                }
                Path stream = tools.strip(original, inspection, folder);
                List<RenditionFile> outputs = new ArrayList<>();
                outputs.add(new RenditionFile("stream", stream, inspection.mediaType(), inspection.width(),
                        inspection.height(), Files.size(stream)));
                if (inspection.kind() == MediaKind.VIDEO) {
                    Path frame = tools.poster(stream, folder);
                    // The poster goes through the image path too, so it carries no metadata either.
                    new ImageRenditions(files.maxPixels()).render(frame,
                                    new Inspection("image/jpeg", MediaKind.IMAGE, 0, 0), folder).stream()
                            .filter(r -> r.name().equals("full")).findFirst()
                            .ifPresent(r -> outputs.add(new RenditionFile("poster", r.file(), r.mediaType(), r.width(),
                                    r.height(), r.bytes())));
                }
                yield outputs;
            }
        };
    }

    private AvProcessor av() {
        if (av == null) {
            av = new AvProcessor(files.ffmpeg(), Duration.ofMinutes(10));
        }
        return av;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Swept at the next start.
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // Swept at the next start.
        }
    }
}
