package org.hearth.media.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.account.boundary.Caller;
import org.hearth.media.boundary.MediaFilter;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.media.boundary.Upload;
import org.hearth.media.entity.MediaAsset;
import org.hearth.media.entity.MediaKind;
import org.hearth.media.entity.MediaStatus;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.faces.StudioText;
import org.hearth.platform.rest.Cursor;
import org.hearth.shared.BusinessException;
import org.hearth.shared.Coded;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.PayloadTooLargeException;
import org.hearth.shared.UnsupportedMediaException;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The media library ({@code /studio/media}): PrimeFaces' uploader, which sends each file on its own
 * request, so every file gets its own answer (kept for the life of the page, one line per file); and
 * the organization's assets as a grid of thumbnails, newest first, filtered by kind, use, missing
 * alt text and the imagery check, {@value #PAGE} at a time keyed on the last asset shown. Filters
 * and the page live in the address, read when the page opens; the uploads' answers live in the view.
 */
@Named("mediaList")
@ViewScoped
public class MediaListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 24;
    static final List<String> FILTERS = List.of("kind", "use", "alt", "imagery");

    @Inject
    MediaLibrary library;

    @Inject
    Caller caller;

    /** One file's answer: its name as sent, whether it was stored, and the words to show. */
    public record Outcome(String filename, boolean accepted, String words, String assetId) implements Serializable {
    }

    private final Map<String, String> filters = new LinkedHashMap<>();
    private String before;
    private final List<Outcome> outcomes = new ArrayList<>();
    private transient List<MediaAsset> page;
    private transient boolean more;
    private transient FacesContext readFor;

    @PostConstruct
    void readAddress() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        FILTERS.forEach(f -> {
            String value = params.get(f);
            if (value != null && !value.isBlank()) {
                filters.put(f, value.strip());
            }
        });
        String after = params.get("before");
        before = after == null || after.isBlank() ? null : after.strip();
    }

    // ---------------------------------------------------------------- upload

    /**
     * One file from the uploader. A refusal is worded by what refused it (its exception and code),
     * never by the boundary's English words, so the reader gets it in their language.
     */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        try (InputStream in = file.getInputStream()) {
            MediaAsset stored = library.upload(organization().slug(), List.of(new Upload(name, file.getContentType(), in))).get(0);
            outcomes.add(new Outcome(stored.filename(), true, StudioText.text("media.upload.accepted"), stored.publicId()));
            // Its thumbnail comes once the renditions exist: the grid refreshes itself until then.
            PrimeFaces.current().executeScript("PF('mediaPoll').start();");
        } catch (UnsupportedMediaException refused) {
            outcomes.add(refusal(name, "media.refused." + refused.code(), "media.refused.type"));
        } catch (PayloadTooLargeException refused) {
            outcomes.add(refusal(name, "media.refused.tooLarge", null));
        } catch (InvalidInputException refused) {
            outcomes.add(new Outcome(name, false, String.join("; ", refused.errors().stream().map(StudioText::words).toList()), null));
        } catch (BusinessException refused) {
            outcomes.add(refusal(name, "media.refused.notAllowed", null));
        } catch (IOException unreadable) {
            outcomes.add(refusal(name, "media.refused.unreadable", null));
        }
        page = null;
    }

    private static Outcome refusal(String name, String key, String fallback) {
        String words = StudioText.has(key) || fallback == null ? StudioText.text(key) : StudioText.text(fallback);
        return new Outcome(name, false, words, null);
    }

    public List<Outcome> getOutcomes() {
        return outcomes;
    }

    /** The largest file the uploader lets through before sending it (the server checks again). */
    public long getMaxBytes() {
        return library == null ? 0 : library.maxBytes();
    }

    public long getMaxMegabytes() {
        return getMaxBytes() / 1_000_000;
    }

    /** The polling that refreshes the grid while something is processing. */
    public void refresh() {
        page = null;
        if (!isProcessing()) {
            PrimeFaces.current().executeScript("PF('mediaPoll').stop();");
        }
    }

    // ---------------------------------------------------------------- the grid

    public List<MediaAsset> getAssets() {
        FacesContext now = FacesContext.getCurrentInstance();
        if (page == null || readFor != now) {
            Organization organization = caller.current().orElse(null);
            if (organization == null) {
                page = List.of();
                more = false;
            } else {
                Long beforeId = null;
                if (before != null) {
                    try {
                        beforeId = Cursor.decode(before, 1).longKey(0);
                    } catch (BusinessException | IllegalArgumentException unreadable) {
                        // A cursor that is not one of ours: start from the top.
                    }
                }
                List<MediaAsset> read = library.list(organization.slug(), filter(), beforeId, PAGE + 1);
                more = read.size() > PAGE;
                page = more ? read.subList(0, PAGE) : read;
            }
            readFor = now;
        }
        return page;
    }

    MediaFilter filter() {
        MediaKind kind = Coded.find(MediaKind.class, filters.getOrDefault("kind", "")).orElse(null);
        String use = filters.get("use");
        Boolean inUse = "used".equals(use) ? Boolean.TRUE : "unused".equals(use) ? Boolean.FALSE : null;
        return new MediaFilter(kind, inUse, "missing".equals(filters.get("alt")), "awaiting".equals(filters.get("imagery")));
    }

    /** Whether any asset shown is still being processed (the grid then refreshes itself). */
    public boolean isProcessing() {
        return getAssets().stream().anyMatch(a -> a.status() == MediaStatus.PROCESSING);
    }

    /** The address of the asset's thumbnail for staff ({@code w480}, else the whole image or a video's poster), or null. */
    public String thumbnail(MediaAsset asset) {
        return MediaViews.thumbnail(asset);
    }

    public String getNextPage() {
        List<MediaAsset> shown = getAssets();
        return more ? link(filters, Cursor.encode(String.valueOf(shown.get(shown.size() - 1).id()))) : null;
    }

    public boolean isPaged() {
        return before != null;
    }

    public String getFirstPage() {
        return link(filters, null);
    }

    /** {@code /studio/media?…} with these filters, from the page after {@code before} (null: the first page). */
    static String link(Map<String, String> filters, String before) {
        Map<String, String> all = new LinkedHashMap<>(filters);
        if (before != null) {
            all.put("before", before);
        }
        String query = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/studio/media" + (query.isEmpty() ? "" : "?" + query);
    }

    public String param(String name) {
        return filters.get(name);
    }

    public String selected(String filter, String value) {
        return value.equals(filters.get(filter)) ? "selected" : null;
    }

    public String checked(String filter, String value) {
        return value.equals(filters.get(filter)) ? "checked" : null;
    }

    public MediaKind[] getKinds() {
        return MediaKind.values();
    }

    public boolean isWorking() {
        return caller.current().isPresent();
    }

    private Organization organization() {
        return caller.current().orElseThrow(() -> new InvalidInputException("organization", "choose an organization to work in"));
    }
}
