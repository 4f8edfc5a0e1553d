package org.hearth.project.boundary;

import java.time.LocalDate;

/** A project as staff create or edit it (API and studio alike); {@code version} is where an edit started. */
public record ProjectInput(String organization, String slug, String name, String nameFr, String province,
                           String municipality, String neighbourhood, String description, String descriptionFr,
                           String partnerServices, LocalDate startsOn, LocalDate endsOn, Integer version) {
}
