package org.hearth.consent.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.InvalidInputException.FieldError;
import org.hearth.shared.Reason;

/**
 * The terms of a consent, validated as a whole so that every problem is reported at once.
 * An expiry date is required: there is no default of forever.
 */
public record ConsentTerms(String storyteller, boolean storytellerMinor, String obtainedBy, LocalDate obtainedOn,
                           String language, String interpreter, Set<Channel> channels, NameLevel name, FaceLevel face,
                           VoiceLevel voice, Set<String> languages, Set<String> audiences, LocalDate expiresOn,
                           String withheldDetails, Descriptor descriptor, CompensationStatus compensation,
                           String compensationNote) {

    public ConsentTerms {
        List<FieldError> errors = new ArrayList<>();
        required("storyteller", storyteller, errors);
        required("obtainedBy", obtainedBy, errors);
        required("language", language, errors);
        if (obtainedOn == null) {
            errors.add(FieldError.of("obtainedOn", Reason.of("required", "is required")));
        }
        if (expiresOn == null) {
            errors.add(FieldError.of("expiresOn", Reason.of("end-date-required", "is required: every consent has an end date")));
        } else if (obtainedOn != null && !expiresOn.isAfter(obtainedOn)) {
            errors.add(FieldError.of("expiresOn", Reason.of("end-after-start", "must come after the day consent was obtained")));
        }
        if (name == null || face == null || voice == null) {
            errors.add(FieldError.of("identification", Reason.of("identification-required", "name, face and voice are each required")));
        }
        if (languages == null || languages.isEmpty()) {
            errors.add(FieldError.of("languages", Reason.of("languages-required", "name at least one language the consent covers")));
        }
        if (storyteller != null && storyteller.length() > ConsentRecord.TEXT_LENGTH) {
            errors.add(FieldError.of("storyteller", Reason.of("at-most", "is too long (at most " + ConsentRecord.TEXT_LENGTH + " characters)",
                    ConsentRecord.TEXT_LENGTH)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        languages = Set.copyOf(languages);
        audiences = audiences == null ? Set.of() : Set.copyOf(audiences);
        descriptor = descriptor == null ? Descriptor.NONE : descriptor;
        compensation = compensation == null ? CompensationStatus.NONE : compensation;
    }

    private static void required(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, Reason.of("required", "is required")));
        }
    }
}
