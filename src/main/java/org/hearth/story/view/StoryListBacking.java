package org.hearth.story.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hearth.account.boundary.Caller;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.campaign.boundary.Campaigns;
import org.hearth.campaign.entity.Campaign;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.Coded;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/**
 * The studio's story list: filtered by status, language, project, audience, campaign and author,
 * ordered by last change or title, one page of {@value #PAGE} at a time. Pages are keyed on the
 * last story shown ({@code ?after=}), so the hundredth page costs what the first does and nothing
 * is loaded beyond the page. Everything lives in the address: a list can be bookmarked and shared.
 */
@Named("storyList")
@RequestScoped
public class StoryListBacking {

    static final int PAGE = 50;
    static final List<String> FILTERS = List.of("status", "lang", "project", "audience", "campaign", "author", "sort");

    @Inject
    Stories stories;

    @Inject
    Projects projects;

    @Inject
    Campaigns campaigns;

    @Inject
    Audiences audiences;

    @Inject
    Caller caller;

    private List<Story> page;
    private boolean more;

    /** This page of stories (one more is read to know whether a next page exists). */
    public List<Story> getStories() {
        if (page == null) {
            StoryQuery query = new StoryQuery(order(param("sort")));
            Coded.find(StoryStatus.class, blankToEmpty(param("status"))).ifPresent(query::status);
            query.lang(param("lang")).project(param("project")).audience(param("audience"))
                    .campaign(param("campaign")).author(param("author"));
            String after = param("after");
            if (after != null) {
                try {
                    query.after(stories.read(after));
                } catch (ResourceNotFoundException gone) {
                    // The story the page was keyed on is gone: start from the top.
                }
            }
            List<Story> read = stories.forStaff(query, PAGE + 1);
            more = read.size() > PAGE;
            page = more ? read.subList(0, PAGE) : read;
        }
        return page;
    }

    static StoryQuery.Order order(String sort) {
        return switch (sort == null ? "" : sort) {
            case "title" -> StoryQuery.Order.TITLE;
            case "oldest" -> StoryQuery.Order.UPDATED_OLDEST;
            default -> StoryQuery.Order.UPDATED;
        };
    }

    /** The address of the next page, with the same filters; null on the last page. */
    public String getNextPage() {
        List<Story> shown = getStories();
        return more ? link(Map.of("after", shown.get(shown.size() - 1).publicId())) : null;
    }

    public boolean isPaged() {
        return param("after") != null;
    }

    /** The list ordered by {@code sort}, keeping the filters (and going back to the first page). */
    public String sortedBy(String sort) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put("sort", sort);
        change.put("after", null);
        return link(change);
    }

    public String getSort() {
        return order(param("sort")) == StoryQuery.Order.TITLE ? "title"
                : order(param("sort")) == StoryQuery.Order.UPDATED_OLDEST ? "oldest" : "updated";
    }

    /** {@code /studio/stories?…} with the current filters, changed by {@code change} (a null value drops a key). */
    static String link(Map<String, String> current, Map<String, String> change) {
        Map<String, String> all = new LinkedHashMap<>(current);
        all.remove("after");
        change.forEach((key, value) -> {
            if (value == null) {
                all.remove(key);
            } else {
                all.put(key, value);
            }
        });
        String query = all.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/studio/stories" + (query.isEmpty() ? "" : "?" + query);
    }

    private String link(Map<String, String> change) {
        Map<String, String> current = new LinkedHashMap<>();
        FILTERS.forEach(f -> current.put(f, param(f)));
        return link(current, change);
    }

    public String selected(String filter, String value) {
        return value != null && value.equals(param(filter)) ? "selected" : null;
    }

    public String param(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value;
    }

    public StoryStatus[] getStatuses() {
        return StoryStatus.values();
    }

    public List<NeighbourhoodProject> getProjects() {
        var working = working();
        return projects.page(null, 1000).stream().filter(p -> working.contains(p.organization().slug())).toList();
    }

    public List<Campaign> getCampaigns() {
        var working = working();
        return campaigns.page(null, 1000).stream().filter(c -> working.contains(c.organization().slug())).toList();
    }

    private java.util.Set<String> working() {
        return caller.inView(role -> role.mayReadDrafts()).stream().map(o -> o.slug()).collect(Collectors.toSet());
    }

    public List<Audience> getAudiences() {
        return audiences.all();
    }
}
