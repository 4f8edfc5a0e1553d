package org.hearth.submission.boundary;

import java.util.List;

/**
 * A submission as the form or the API sends it, every field a string as it arrived (the contract's
 * names); {@code website} is the honeypot, which people never see and so leave empty.
 */
public record SubmissionInput(String code, String lang, String title, String description, String creditType,
                              String creditName, String ageBand, String assent, String guardianName,
                              String guardianContact, String guardianConsent, List<String> channels, String website,
                              int files) {

    public SubmissionInput {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
