package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.project.boundary.Projects;
import org.hearth.shared.MarkdownRenderer;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.service.boundary.Services;
import org.hearth.service.entity.SupportService;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/** A neighbourhood project's page: where it is, what it does, and its published stories. */
@Named("projectPage")
@RequestScoped
public class ProjectPageBacking {

    static final int STORIES = 50;

    @Inject
    Projects projects;

    @Inject
    Stories stories;

    @Inject
    SitePage site;

    @Inject
    Services services;

    @Inject
    org.hearth.protocol.boundary.Protocols protocols;

    private NeighbourhoodProject project;

    public void load() {
        project = projects.find(SitePage.slug()).orElse(null);
        if (project == null) {
            SitePage.fail(404);
        } else {
            site.inProvince(project.province());
        }
    }

    public NeighbourhoodProject getProject() {
        return project;
    }

    /** Its published stories in the page's language first, then in any other language. */
    public List<Story> getStories() {
        return stories.published(new StoryQuery(StoryQuery.Order.PUBLISHED)
                .status(StoryStatus.PUBLISHED).project(project.slug()), STORIES).stream()
                .sorted((a, b) -> Boolean.compare(!a.lang().equals(site.getLang()), !b.lang().equals(site.getLang())))
                .toList();
    }

    /** The services of the project's province and municipality, for any audience. */
    public List<SupportService> getLocalServices() {
        return services.localTo(project.province(), project.municipality(), java.util.Set.of(), site.getLang());
    }

    /** Whether the project has a published local service protocol to link. */
    public boolean isProtocolPublished() {
        return protocols.find(project.slug()).filter(org.hearth.protocol.entity.LocalProtocol::isPublic).isPresent();
    }

    public String getDescriptionHtml() {
        return MarkdownRenderer.toHtml(project.description(site.getLang()));
    }
}
