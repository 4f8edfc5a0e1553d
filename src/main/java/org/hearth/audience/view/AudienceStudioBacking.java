package org.hearth.audience.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hearth.audience.boundary.AudienceInput;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.platform.faces.StudioEditForm;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;
import org.hearth.shared.ResourceNotFoundException;

/**
 * The studio's audiences: the list ({@code /studio/audiences}) and the edit page
 * ({@code /studio/audiences/new}, {@code /studio/audiences/{code}}), over {@link Audiences}. The code
 * is typed once, when adding; after that only labels and descriptions change.
 */
@Named("studioAudience")
@RequestScoped
public class AudienceStudioBacking extends StudioEditForm<Audience> {

    @Inject
    Audiences audiences;

    private String code;
    private String labelEn;
    private String labelFr;
    private String descriptionEn;
    private String descriptionFr;


    public List<Audience> getAudiences() {
        return audiences.all();
    }

    public boolean isAllowed() {
        return audiences.mayManage();
    }

    public void load() {
        if (key == null || StudioPage.isPostback()) {
            return;
        }
        try {
            Audience a = audiences.manage(key);
            version = a.version();
            code = a.code();
            labelEn = a.label("en");
            labelFr = a.label("fr");
            descriptionEn = a.storedDescription("en");
            descriptionFr = a.storedDescription("fr");
        } catch (ResourceNotFoundException e) {
            StudioPage.notFound();
        } catch (BusinessException refused) {
            StudioText.refused(refused, "audience");
            key = null;
        }
    }

    public String save() {
        AudienceInput input = new AudienceInput(key == null ? code : key, labelEn, labelFr, descriptionEn, descriptionFr, version);
        save(() -> key == null ? audiences.create(input) : audiences.update(key, input),
                saved -> "/studio/audiences/" + saved.code(), "reference.saved", "audience");
        return null;
    }

    public String getCode() {
        return key == null ? code : key;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public void setDescriptionFr(String descriptionFr) {
        this.descriptionFr = descriptionFr;
    }
}
