package org.hearth.project.boundary;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.platform.config.HearthSettings;
import org.hearth.project.entity.NeighbourhoodProject;

/** A neighbourhood project as the API shows it. Names also come in both languages; {@code version} is what an edit sends back. */
public record ProjectJson(String slug, String organization, String name, String province, String municipality,
                          String neighbourhood, String description, Map<String, String> names,
                          String partnerServices, LocalDate startsOn, LocalDate endsOn, String url,
                          int version) {

    public static ProjectJson of(NeighbourhoodProject p, HearthSettings settings) {
        return new ProjectJson(p.slug(), p.organization().slug(), p.name(), p.province().name(), p.municipality(),
                p.neighbourhood(), p.description("en"), Map.of("en", p.name("en"), "fr", p.name("fr")),
                p.partnerServices(), p.startsOn(), p.endsOn(), settings.publicUrl("en", "projects", p.slug()),
                p.version());
    }
}
