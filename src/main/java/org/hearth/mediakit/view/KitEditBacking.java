package org.hearth.mediakit.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hearth.account.boundary.Caller;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.media.boundary.MediaFilter;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.media.entity.MediaAsset;
import org.hearth.media.entity.MediaStatus;
import org.hearth.mediakit.boundary.KitInput;
import org.hearth.mediakit.boundary.KitJson;
import org.hearth.mediakit.boundary.MediaKits;
import org.hearth.mediakit.control.KitFiles;
import org.hearth.mediakit.entity.CustomField;
import org.hearth.mediakit.entity.KitItemInput;
import org.hearth.mediakit.entity.KitKind;
import org.hearth.mediakit.entity.MediaKit;
import org.hearth.mediakit.entity.TextKind;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioRows;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;
import org.hearth.shared.Coded;
import org.hearth.shared.Reason;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.StaleVersionException;

/**
 * The kit editor ({@code /studio/media-kits/new}, {@code /studio/media-kits/{id}}): the kit's
 * text and terms, its items in order — added from the media library or written as text, moved
 * up and down by keyboard (each row's buttons), removed — the workflow's steps the caller may
 * take, what the gate objects to, and the ZIP's file list as a reader will get it. The form is
 * plain HTML read on every postback (one list of rows, in order), so its rows can change length
 * between requests; every rule is in {@link MediaKits}.
 */
@Named("kitEdit")
@RequestScoped
public class KitEditBacking {

    @Inject
    MediaKits kits;

    @Inject
    org.hearth.project.boundary.Projects projects;

    @Inject
    MediaLibrary media;

    @Inject
    Audiences audiences;

    @Inject
    Caller caller;

    /** One item as the form holds it. */
    public static final class Row {
        private final String type;
        private final String media;
        private final String textKind;
        private final String title;
        private final String body;

        Row(String type, String media, String textKind, String title, String body) {
            this.type = type;
            this.media = media;
            this.textKind = textKind;
            this.title = title;
            this.body = body;
        }

        public String getType() { return type; }
        public String getMedia() { return media; }
        public String getTextKind() { return textKind; }
        public String getTitle() { return title; }
        public String getBody() { return body; }
        public boolean isText() { return "text".equals(type); }

        KitItemInput input() {
            return new KitItemInput(type, isText() ? null : media, isText() ? textKind : null, title, isText() ? body : null);
        }
    }

    private String id;
    private MediaKit kit;
    private String organization;
    private String lang = "en";
    private String kind = "campaign";
    private String title;
    private String summary;
    private List<String> chosenAudiences = new ArrayList<>();
    private String usageTerms;
    private List<String> customizable = new ArrayList<>();
    private String level;
    private String duration;
    private Integer version;
    private List<Row> rows = new ArrayList<>();
    private Map<String, Object> theirs;

    public void load() {
        id = StudioPage.key();
        try {
            if (id != null) {
                kit = kits.read(id);
            }
            if (StudioPage.isPostback()) {
                readForm();
                act(param("op"));
            } else if (kit != null) {
                fill(kit);
            } else {
                caller.current().ifPresent(o -> organization = o.slug());
            }
        } catch (ResourceNotFoundException missing) {
            StudioPage.notFound();
        } catch (BusinessException refused) {
            StudioText.refused(refused, "kit");
        }
    }

    private void act(String op) {
        if (op == null || StudioRows.apply(rows, op)) {
            return;
        }
        String[] parts = op.split(":");
        switch (parts[0]) {
            case "add-text" -> rows.add(new Row("text", null, "key-messages", "", ""));
            case "add-media" -> rows.add(new Row("media", param("pick"), null, pickedTitle(param("pick")), null));
            case "save" -> save();
            case "step" -> step(parts.length > 1 ? parts[1] : null);
            case "translate" -> translate(param("translateTo"));
            default -> { }
        }
    }


    private void save() {
        KitInput input = new KitInput(organization, blank(param("campaign")), lang, kind, title, summary, chosenAudiences,
                usageTerms, customizable, level, duration, rows.stream().map(Row::input).toList(), version,
                blank(param("project")));
        try {
            MediaKit saved = kit == null ? kits.create(input) : kits.update(id, input);
            StudioText.info("kit.saved");
            StudioPage.redirect("/studio/media-kits/" + saved.publicId());
        } catch (StaleVersionException conflict) {
            theirs = conflict.currentState();
            version = (int) conflict.current();
            StudioText.error("reference.conflict");
        }
    }

    private void step(String action) {
        MediaKit moved = kits.transition(id, action, null);
        StudioText.info("kit.moved", StudioText.text("kit.status." + moved.status().code()));
        StudioPage.redirect("/studio/media-kits/" + moved.publicId());
    }

    private void translate(String to) {
        MediaKit translation = kits.translate(id, new KitInput(null, null, to, null, title, summary, null, usageTerms, null,
                level, duration, null, null, null));
        StudioText.info("kit.translated");
        StudioPage.redirect("/studio/media-kits/" + translation.publicId());
    }

    private void fill(MediaKit k) {
        KitJson.Studio json = kits.studioOf(k);
        organization = json.organization();
        lang = json.lang();
        kind = json.kind();
        title = json.title();
        summary = json.summary();
        chosenAudiences = new ArrayList<>(json.audiences());
        usageTerms = json.usageTerms();
        customizable = new ArrayList<>(json.customizable());
        level = json.level();
        duration = json.duration();
        version = json.version();
        rows = new ArrayList<>(json.items().stream().map(i -> new Row(i.type(), i.media(), i.textKind(), i.title(), i.body())).toList());
    }

    private void readForm() {
        organization = kit != null ? kit.organization().slug() : param("organization");
        lang = kit != null ? kit.lang() : defaulted(param("lang"), "en");
        kind = defaulted(param("kind"), "campaign");
        title = param("title");
        summary = param("summary");
        chosenAudiences = values("audiences");
        usageTerms = param("usageTerms");
        customizable = values("customizable");
        level = blank(param("level"));
        duration = blank(param("duration"));
        String v = param("version");
        version = v != null && v.matches("\\d{1,9}") ? Integer.valueOf(v) : null;
        List<String> types = values("item-type");
        List<String> medias = values("item-media");
        List<String> textKinds = values("item-kind");
        List<String> titles = values("item-title");
        List<String> bodies = values("item-body");
        rows = new ArrayList<>();
        for (int n = 0; n < types.size(); n++) {
            rows.add(new Row(types.get(n), at(medias, n), at(textKinds, n), at(titles, n), at(bodies, n)));
        }
    }

    // ---------------------------------------------------------------- for the page

    public boolean isCreating() {
        return kit == null;
    }

    public MediaKit getKit() {
        return kit;
    }

    public KitJson.Studio getJson() {
        return kit == null ? null : kits.studioOf(kit);
    }

    public List<Reason> getBlockers() {
        return kit == null ? List.of() : kits.blockers(kit);
    }

    /** Discouraged terms in the text items, as advice. */
    public List<String> getChecks() {
        return kit == null ? List.of() : kits.checks(kit, StudioText.lang().equals("fr") ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH);
    }

    public String reason(Reason reason) {
        return reason.in(StudioText.lang().equals("fr") ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH);
    }

    /** Ready assets of the kit's organization, for the picker. */
    public List<MediaAsset> getLibrary() {
        Organization org = kit != null ? kit.organization()
                : caller.organizations().stream().filter(o -> o.slug().equals(organization)).findFirst().orElse(null);
        if (org == null) {
            return List.of();
        }
        return media.list(org.slug(), new MediaFilter(null, null, false, false), null, 100).stream()
                .filter(a -> a.status() == MediaStatus.READY && a.withdrawnAt() == null).toList();
    }

    public String label(MediaAsset a) {
        return a.filename() + (a.alt() == null ? "" : " — " + a.alt());
    }

    /** The ZIP's files, as the download names them (media that may not be published yet included). */
    public List<String> getZipFiles() {
        KitFiles names = new KitFiles();
        List<String> files = new ArrayList<>();
        files.add("README.txt");
        int n = 1;
        for (Row row : rows) {
            if (row.isText()) {
                files.add(names.text(n++, row.getTitle(), row.getTextKind()));
            } else {
                String type = getLibrary().stream().filter(a -> a.publicId().equals(row.getMedia())).findFirst()
                        .map(a -> a.kind() != org.hearth.media.entity.MediaKind.IMAGE ? a.mediaType()
                                : "image/png".equals(a.mediaType()) || "image/gif".equals(a.mediaType()) ? "image/png" : "image/jpeg")
                        .orElse("application/octet-stream");
                files.add(names.media(n++, row.getTitle(), type));
            }
        }
        return files;
    }

    public List<String> getKinds() {
        return Arrays.stream(KitKind.values()).map(Coded::code).toList();
    }

    public List<String> getTextKinds() {
        return Arrays.stream(TextKind.values()).map(Coded::code).toList();
    }

    public List<String> getCustomFields() {
        return Arrays.stream(CustomField.values()).map(CustomField::code).toList();
    }

    public List<Audience> getAllAudiences() {
        return audiences.all();
    }

    public List<Organization> getOrganizations() {
        return caller.organizations();
    }

    public String getId() { return id; }
    public String getOrganization() { return organization; }
    public String getLang() { return lang; }
    public String getKind() { return kind; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public List<String> getChosenAudiences() { return chosenAudiences; }
    public String getUsageTerms() { return usageTerms; }
    public List<String> getCustomizable() { return customizable; }
    public String getLevel() { return level; }
    public String getDuration() { return duration; }
    public Integer getVersion() { return version; }
    public List<Row> getRows() { return rows; }
    public Map<String, Object> getTheirs() { return theirs; }
    /** The project the kit is for, as stored or as posted. */
    public String getProject() {
        return StudioPage.isPostback() ? blank(param("project")) : kit == null ? null : kit.project();
    }

    /** The projects of the caller's organizations, for the kit's project. */
    public List<org.hearth.project.entity.NeighbourhoodProject> getProjects() {
        return projects.visible();
    }

    public String getCampaign() { return kit != null ? kit.campaign() : param("campaign"); }

    // ---------------------------------------------------------------- inside

    private String pickedTitle(String mediaId) {
        return getLibrary().stream().filter(a -> a.publicId().equals(mediaId)).findFirst()
                .map(a -> a.filename().replaceFirst("\\.[A-Za-z0-9]+$", "").replace('-', ' ')).orElse("");
    }

    private static String param(String name) {
        return StudioPage.param(name);
    }

    private static List<String> values(String name) {
        return StudioPage.values(name);
    }

    private static String at(List<String> list, int n) {
        return n < list.size() ? list.get(n) : null;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String defaulted(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
