package org.hearth.campaign.boundary;

import java.time.LocalDate;

/** A campaign as staff create or edit it (API and studio alike); {@code version} is where an edit started. */
public record CampaignInput(String organization, String slug, String name, String nameFr, String description,
                            String descriptionFr, LocalDate startsOn, LocalDate endsOn, Integer version) {
}
