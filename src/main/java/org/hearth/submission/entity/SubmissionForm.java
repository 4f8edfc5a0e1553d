package org.hearth.submission.entity;

import java.util.Set;
import org.hearth.consent.entity.Channel;

/**
 * A submission's fields once every rule held (see {@code SubmissionRules}): what is stored, apart
 * from the guardian's details, which are sealed, and the code, which was spent.
 */
public record SubmissionForm(String lang, String title, String description, CreditType creditType, String creditName,
                             AgeBand ageBand, String guardianName, String guardianContact, Set<Channel> channels) {

    public SubmissionForm {
        channels = Set.copyOf(channels);
    }
}
