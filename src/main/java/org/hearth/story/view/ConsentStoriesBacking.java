package org.hearth.story.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.story.boundary.Stories;
import org.hearth.story.entity.Story;

/**
 * The stories part of a consent's page ({@code /studio/consents/{id}}): every story bound to the
 * consent that the caller may read, which is what a withdrawal that includes the website takes down.
 * It lives with the stories so that the consent component never depends on them.
 */
@Named("consentStories")
@RequestScoped
public class ConsentStoriesBacking {

    @Inject
    Stories stories;

    /**
     * The stories depending on consent {@code consentId} (its public id). Read afresh on every call,
     * never kept: after a withdrawal in this request the list must show the texts as they are now.
     */
    public List<Story> dependingOn(String consentId) {
        return consentId == null ? List.of() : stories.dependingOn(consentId);
    }
}
