package org.hearth.story.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.hearth.account.boundary.Caller;
import org.hearth.media.boundary.MediaFilter;
import org.hearth.media.boundary.MediaJson;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.media.entity.MediaAsset;
import org.hearth.media.entity.MediaKind;
import org.hearth.media.entity.MediaStatus;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.BusinessException;
import org.hearth.story.entity.Story;

/**
 * The story editor's hero image picker: the ready images of the story's organization (the one
 * worked in, for a new story), newest first, each named by its alt text or else its file name,
 * and the story's current hero even when it is no longer among them, so that saving keeps it.
 * Only the options: the chosen id is the editor's own field.
 */
@Named("heroPicker")
@RequestScoped
public class HeroPickerBacking {

    static final int LIMIT = 200;

    @Inject
    MediaLibrary library;

    @Inject
    Caller caller;

    /** One choice: the asset's public id, its words, and its thumbnail's address (null when none yet). */
    public record Option(String id, String label, String thumbnail) {
    }

    private List<Option> options;

    public List<Option> options(Story story) {
        if (options == null) {
            options = new ArrayList<>();
            Organization organization = story != null ? story.organization() : caller.current().orElse(null);
            if (organization != null) {
                library.list(organization.slug(), new MediaFilter(MediaKind.IMAGE, null, false, false), null, LIMIT).stream()
                        .filter(a -> a.status() == MediaStatus.READY && a.withdrawnAt() == null)
                        .forEach(a -> options.add(option(a)));
                String hero = story == null ? null : story.heroMedia();
                if (hero != null && options.stream().noneMatch(o -> o.id().equals(hero))) {
                    try {
                        options.add(option(library.read(hero)));
                    } catch (BusinessException gone) {
                        options.add(new Option(hero, hero, null));
                    }
                }
            }
        }
        return options;
    }

    /** The thumbnail of the chosen image, for beside the picker; null for none. */
    public String thumbnail(Story story, String id) {
        return id == null || id.isBlank() ? null
                : options(story).stream().filter(o -> o.id().equals(id)).map(Option::thumbnail).findFirst().orElse(null);
    }

    private static Option option(MediaAsset a) {
        String label = a.alt() != null ? a.alt() + " (" + a.filename() + ")" : a.filename();
        return new Option(a.publicId(), label, MediaJson.thumbnail(a));
    }
}
