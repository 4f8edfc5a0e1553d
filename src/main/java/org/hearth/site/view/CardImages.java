package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.media.boundary.MediaJson;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.platform.config.HearthSettings;
import org.hearth.story.entity.Story;

/** The hero image of a story on its card in a list, when it has one the public may see. */
@Named("cardImage")
@RequestScoped
public class CardImages {

    @Inject
    MediaLibrary media;

    @Inject
    HearthSettings settings;

    /** None or one: the page repeats over it, so the image is looked up once per card. */
    public List<MediaJson.PublicItem> of(Story story) {
        if (story.heroMedia() == null) {
            return List.of();
        }
        return media.publicItems(story.mediaUses(), settings.baseUrl()).stream()
                .filter(m -> m.role().equals("hero")).limit(1).toList();
    }
}
