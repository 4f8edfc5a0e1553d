package org.hearth.audience.boundary;

/** An audience as the platform admin adds or edits it; the code is only read when adding. */
public record AudienceInput(String code, String labelEn, String labelFr, String descriptionEn, String descriptionFr,
                            Integer version) {
}
