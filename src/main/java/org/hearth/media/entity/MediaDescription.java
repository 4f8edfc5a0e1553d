package org.hearth.media.entity;

import java.util.List;

/** What staff say about an asset ({@code PUT /api/v1/studio/media/{id}} and the studio's form). */
public record MediaDescription(String alt, boolean decorative, String caption, String credit, String licence,
                               String transcript, List<String> consents, boolean imageryChecked) {

    public MediaDescription {
        consents = consents == null ? List.of() : List.copyOf(consents);
    }
}
