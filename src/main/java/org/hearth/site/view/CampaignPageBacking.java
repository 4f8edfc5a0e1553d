package org.hearth.site.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import org.hearth.campaign.boundary.Campaigns;
import org.hearth.campaign.entity.Campaign;
import org.hearth.shared.MarkdownRenderer;
import org.hearth.story.boundary.Stories;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;

/** A campaign's page: what it is about, when it runs, and its published stories from every project. */
@Named("campaignPage")
@RequestScoped
public class CampaignPageBacking {

    static final int STORIES = 50;

    @Inject
    Campaigns campaigns;

    @Inject
    Stories stories;

    @Inject
    SitePage site;

    private Campaign campaign;
    private List<Story> published;

    public void load() {
        campaign = campaigns.find(SitePage.slug()).orElse(null);
        if (campaign == null) {
            SitePage.fail(404);
        }
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getDescriptionHtml() {
        String description = campaign.description(site.getLang());
        return description == null ? "" : MarkdownRenderer.toHtml(description);
    }

    /** The first day, written the page language's way ("February 1, 2027", "1 février 2027"); null when open. */
    public String getStartsOn() {
        return format(campaign.startsOn());
    }

    public String getEndsOn() {
        return format(campaign.endsOn());
    }

    /** Its published stories in the page's language first, then in any other language. */
    public List<Story> getStories() {
        if (published == null) {
            String lang = site.getLang();
            published = stories.published(new StoryQuery(StoryQuery.Order.PUBLISHED)
                    .status(StoryStatus.PUBLISHED).campaign(campaign.slug()), STORIES).stream()
                    .sorted(Comparator.comparing(story -> !story.lang().equals(lang)))
                    .toList();
        }
        return published;
    }

    private String format(LocalDate day) {
        return day == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(site.getLocale()).format(day);
    }
}
