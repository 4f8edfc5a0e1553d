package org.hearth.media.boundary;

import java.util.List;
import org.hearth.media.entity.MediaDescription;

/** {@code PUT /api/v1/studio/media/{id}}: what staff say about an asset, and the version they started from. */
public record MediaInput(String alt, Boolean decorative, String caption, String credit, String licence,
                         String transcript, List<String> consents, Boolean imageryChecked, Integer version) {

    public MediaDescription description() {
        return new MediaDescription(alt, Boolean.TRUE.equals(decorative), caption, credit, licence, transcript, consents,
                Boolean.TRUE.equals(imageryChecked));
    }
}
