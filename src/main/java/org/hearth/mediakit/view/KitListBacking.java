package org.hearth.mediakit.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.account.boundary.Caller;
import org.hearth.mediakit.boundary.KitJson;
import org.hearth.mediakit.boundary.MediaKits;

/** The studio's kits ({@code /studio/media-kits}): the current organization's, newest first, each with its translations beside it. */
@Named("kitList")
@RequestScoped
public class KitListBacking {

    @Inject
    MediaKits kits;

    @Inject
    Caller caller;

    private List<KitJson.Studio> found;

    public List<KitJson.Studio> getKits() {
        if (found == null) {
            String org = caller.current().map(o -> o.slug()).orElse(null);
            found = org == null ? List.of() : kits.forStaff(org, null, 100, null).stream().map(kits::studioOf).toList();
        }
        return found;
    }
}
