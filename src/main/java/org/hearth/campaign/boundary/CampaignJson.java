package org.hearth.campaign.boundary;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.campaign.entity.Campaign;
import org.hearth.platform.config.HearthSettings;

/** A campaign as the API shows it; {@code version} is what an edit sends back. */
public record CampaignJson(String slug, String organization, String name, Map<String, String> names,
                           String description, LocalDate startsOn, LocalDate endsOn, String url,
                           int version) {

    public static CampaignJson of(Campaign c, HearthSettings settings) {
        return new CampaignJson(c.slug(), c.organization().slug(), c.name(),
                Map.of("en", c.name("en"), "fr", c.name("fr")), c.description("en"), c.startsOn(), c.endsOn(),
                settings.publicUrl("en", "campaigns", c.slug()), c.version());
    }
}
