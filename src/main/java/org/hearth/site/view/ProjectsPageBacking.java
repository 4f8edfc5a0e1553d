package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.Province;

/** Every neighbourhood project, grouped by province or territory in the page language's alphabetical order. */
@Named("projectsPage")
@RequestScoped
public class ProjectsPageBacking {

    static final int BATCH = 100;

    @Inject
    Projects projects;

    @Inject
    SitePage site;

    private List<ProvinceGroup> groups;

    /** The projects of one province or territory, by name. */
    public record ProvinceGroup(Province province, String label, List<NeighbourhoodProject> projects) {
    }

    public List<ProvinceGroup> getGroups() {
        if (groups == null) {
            String lang = site.getLang();
            Collator collator = Collator.getInstance(site.getLocale());
            Map<Province, List<NeighbourhoodProject>> byProvince = new EnumMap<>(Province.class);
            for (NeighbourhoodProject project : all()) {
                byProvince.computeIfAbsent(project.province(), p -> new ArrayList<>()).add(project);
            }
            groups = byProvince.entrySet().stream()
                    .map(e -> new ProvinceGroup(e.getKey(), e.getKey().label(lang), e.getValue().stream()
                            .sorted(Comparator.comparing((NeighbourhoodProject p) -> p.name(lang), collator))
                            .toList()))
                    .sorted(Comparator.comparing(ProvinceGroup::label, collator))
                    .toList();
        }
        return groups;
    }

    private List<NeighbourhoodProject> all() {
        List<NeighbourhoodProject> all = new ArrayList<>();
        List<NeighbourhoodProject> batch;
        String after = null;
        do {
            batch = projects.page(after, BATCH);
            all.addAll(batch);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).slug();
        } while (batch.size() == BATCH);
        return all;
    }
}
