package org.hearth.campaign.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.hearth.campaign.boundary.CampaignInput;
import org.hearth.campaign.boundary.Campaigns;
import org.hearth.campaign.entity.Campaign;
import org.hearth.platform.faces.StudioEditForm;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;
import org.hearth.shared.ResourceNotFoundException;

/**
 * The studio's campaigns: the list ({@code /studio/campaigns}) and the edit page
 * ({@code /studio/campaigns/new}, {@code /studio/campaigns/{slug}}), over {@link Campaigns}, where
 * every rule lives. When someone saved first, their values are shown and a second save keeps these.
 */
@Named("studioCampaign")
@RequestScoped
public class CampaignStudioBacking extends StudioEditForm<Campaign> {

    @Inject
    Campaigns campaigns;

    private String organization;
    private String name;
    private String nameFr;
    private String description;
    private String descriptionFr;
    private LocalDate startsOn;
    private LocalDate endsOn;


    public List<Campaign> getCampaigns() {
        return campaigns.visible();
    }

    public void load() {
        if (key == null || StudioPage.isPostback()) {
            return;
        }
        try {
            Campaign c = campaigns.manage(key);
            version = c.version();
            organization = c.organization().slug();
            name = c.name();
            nameFr = c.nameFr();
            description = c.storedDescription("en");
            descriptionFr = c.storedDescription("fr");
            startsOn = c.startsOn();
            endsOn = c.endsOn();
        } catch (ResourceNotFoundException e) {
            StudioPage.notFound();
        } catch (BusinessException refused) {
            StudioText.refused(refused, "campaign");
            key = null;
        }
    }

    public String save() {
        CampaignInput input = new CampaignInput(organization, null, name, nameFr, description, descriptionFr,
                startsOn, endsOn, version);
        save(() -> key == null ? campaigns.create(input) : campaigns.update(key, input),
                saved -> "/studio/campaigns/" + saved.slug(), "reference.saved", "campaign");
        return null;
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
