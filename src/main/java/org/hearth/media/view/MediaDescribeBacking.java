package org.hearth.media.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearth.consent.boundary.Consents;
import org.hearth.consent.entity.ConsentRecord;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.media.entity.MediaAsset;
import org.hearth.media.entity.MediaDescription;
import org.hearth.media.entity.MediaKind;
import org.hearth.media.entity.MediaUse;
import org.hearth.platform.faces.StudioEditForm;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.RuleViolationException;

/**
 * One asset's page ({@code /studio/media/{id}}): its preview and facts, the description that makes
 * it fit to publish (alt text or decorative, caption, credit, licence, transcript, the consents of
 * the people it shows, the safe-imagery check), where it is used, what still blocks publication,
 * and deleting it. Saving starts from the version shown, so a newer save by someone else is shown
 * beside the form rather than overwritten. Every rule lives in {@link MediaLibrary} and {@link MediaAsset}.
 */
@Named("mediaDescribe")
@RequestScoped
public class MediaDescribeBacking extends StudioEditForm<MediaAsset> {

    @Inject
    MediaLibrary library;

    @Inject
    Consents consents;


    private MediaAsset asset;
    private String alt;
    private boolean decorative;
    private String caption;
    private String credit;
    private String licence;
    private String transcript;
    private List<String> consentIds = new ArrayList<>();
    private boolean imageryChecked;
    private List<ConsentRecord> choosable;

    public void load() {
        if (key == null || StudioPage.isPostback()) {
            return;
        }
        try {
            fill(library.read(key));
        } catch (ResourceNotFoundException e) {
            StudioPage.notFound();
        }
    }

    private void fill(MediaAsset a) {
        asset = a;
        version = a.version();
        alt = a.alt();
        decorative = a.decorative();
        caption = a.caption();
        credit = a.credit();
        licence = a.licence();
        transcript = a.transcript();
        consentIds = new ArrayList<>(a.consents());
        imageryChecked = a.imageryCheckedAt() != null;
    }

    /** The asset as stored now (on a postback, read by the form's key). */
    public MediaAsset getAsset() {
        if (asset == null && key != null) {
            try {
                asset = library.read(key);
            } catch (ResourceNotFoundException e) {
                key = null;
            }
        }
        return asset;
    }

    public void save() {
        save(() -> library.describe(key, new MediaDescription(alt, decorative, caption, credit, licence,
                        isTimed() ? transcript : null, linkedConsents(), imageryChecked), version),
                saved -> "/studio/media/" + saved.publicId(), "media.saved", "media");
    }

    /**
     * The consents ticked, plus those already linked that this person cannot see (they are not
     * offered, so not ticking them must not unlink them).
     */
    private List<String> linkedConsents() {
        Set<String> offered = new LinkedHashSet<>(getConsents().stream().map(ConsentRecord::publicId).toList());
        Set<String> linked = new LinkedHashSet<>(consentIds);
        if (getAsset() != null) {
            getAsset().consents().stream().filter(c -> !offered.contains(c)).forEach(linked::add);
        }
        return List.copyOf(linked);
    }

    /** Deletes the asset; refused while something uses it, naming what. */
    public void delete() {
        try {
            library.delete(key);
            StudioText.info("media.deleted");
            StudioPage.redirect("/studio/media");
        } catch (RuleViolationException inUse) {
            if ("media-in-use".equals(inUse.rule())) {
                StudioText.error("media.inUse", String.join(", ", getUses().stream().map(this::useLabel).distinct().toList()));
            } else {
                StudioText.refused(inUse);
            }
        } catch (BusinessException refused) {
            StudioText.refused(refused);
        }
    }

    // ---------------------------------------------------------------- what the page shows

    public List<MediaUse> getUses() {
        return getAsset() == null ? List.of() : library.usedBy(getAsset());
    }

    /** "Story “Title” (hero image)": what uses the asset, by its title when the person may read it. */
    public String useLabel(MediaUse use) {
        String owner = use.label();
        String type = StudioText.has("media.use." + use.ownerType()) ? StudioText.text("media.use." + use.ownerType()) : use.ownerType();
        String role = StudioText.has("media.role." + use.role()) ? StudioText.text("media.role." + use.role()) : use.role();
        return StudioText.text("media.useLabel", type, owner, role);
    }

    public String useLink(MediaUse use) {
        return "story".equals(use.ownerType()) ? "/studio/stories/" + use.ownerId() : null;
    }

    /** What still stops published content from showing the asset, in the page's language. */
    public List<String> getBlocking() {
        if (getAsset() == null) {
            return List.of();
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return library.publicationReasons(getAsset().organization(), List.of(getAsset().publicId())).stream()
                .map(r -> r.in(locale)).toList();
    }

    /** The organization's consents this person handles and that still hold, plus any linked one they can see. */
    public List<ConsentRecord> getConsents() {
        if (choosable == null) {
            MediaAsset shown = getAsset();
            choosable = shown == null ? List.of() : consents.visible().stream()
                    .filter(c -> c.organization().id().equals(shown.organization().id()))
                    .filter(c -> c.withdrawnAt() == null || shown.consents().contains(c.publicId()))
                    .toList();
        }
        return choosable;
    }

    public String consentLabel(ConsentRecord record) {
        return record.terms().storyteller() + " — " + StudioText.text("editor.consentUntil", record.expiresOn());
    }

    public boolean isTimed() {
        return getAsset() != null && (getAsset().kind() == MediaKind.VIDEO || getAsset().kind() == MediaKind.AUDIO);
    }

    public boolean isImage() {
        return getAsset() != null && getAsset().kind() == MediaKind.IMAGE;
    }

    /** The largest picture there is for the page: a 960-pixel image, else the whole one, else a video's poster. */
    public String getPicture() {
        return MediaViews.first(getAsset(), "w960", "full", "poster");
    }

    public String getStream() {
        return MediaViews.first(getAsset(), "stream");
    }

    public String getDocument() {
        return MediaViews.first(getAsset(), "document");
    }

    public String getSize() {
        return getAsset() == null ? null
                : MediaViews.size(getAsset().bytes(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The safe-imagery checklist, item by item ({@code media.imagery.1} … in the bundle). */
    public List<String> getImageryList() {
        List<String> items = new ArrayList<>();
        for (int i = 1; StudioText.has("media.imagery." + i); i++) {
            items.add(StudioText.text("media.imagery." + i));
        }
        return items;
    }

    public int getAltMax() {
        return MediaAsset.ALT_LENGTH;
    }

    public int getCaptionMax() {
        return MediaAsset.CAPTION_LENGTH;
    }

    public int getCreditMax() {
        return MediaAsset.CREDIT_LENGTH;
    }

    public int getLicenceMax() {
        return MediaAsset.LICENCE_LENGTH;
    }

    // ---------------------------------------------------------------- form values

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    public boolean isDecorative() {
        return decorative;
    }

    public void setDecorative(boolean decorative) {
        this.decorative = decorative;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getCredit() {
        return credit;
    }

    public void setCredit(String credit) {
        this.credit = credit;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getTranscript() {
        return transcript;
    }

    public void setTranscript(String transcript) {
        this.transcript = transcript;
    }

    public List<String> getConsentIds() {
        return consentIds;
    }

    public void setConsentIds(List<String> consentIds) {
        this.consentIds = consentIds == null ? new ArrayList<>() : consentIds;
    }

    public boolean isImageryChecked() {
        return imageryChecked;
    }

    public void setImageryChecked(boolean imageryChecked) {
        this.imageryChecked = imageryChecked;
    }
}
