package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.Set;
import org.hearth.mediakit.boundary.KitJson;
import org.hearth.mediakit.boundary.MediaKits;
import org.hearth.mediakit.entity.MediaKit;
import org.hearth.site.boundary.PageValidators;

/** A published media kit's page: its items, each downloadable, and the whole kit as one ZIP; anything else is 404. */
@Named("kitPage")
@RequestScoped
public class KitPageBacking {

    @Inject
    MediaKits kits;

    @Inject
    SitePage site;

    private KitJson.Public kit;

    public void load() {
        MediaKit found = kits.findBySlug(SitePage.slug()).filter(MediaKit::isPublic).orElse(null);
        if (found == null) {
            SitePage.fail(404);
            return;
        }
        kit = kits.publicOf(found);
        Set<String> tags = new HashSet<>();
        tags.add("media-kit:" + found.slug());
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(PageValidators.TAGS, tags);
        site.about(found.audiences().stream().toList());
    }

    public KitJson.Public getKit() {
        return kit;
    }

    /** A date as the page's readers write it. */
    public String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(site.getLocale()).format(day);
    }

    public boolean isImage(KitJson.PublicItem item) {
        return item.media() != null && "image".equals(item.media().kind());
    }
}
