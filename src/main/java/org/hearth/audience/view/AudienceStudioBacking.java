package org.hearth.audience.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.hearth.audience.boundary.AudienceInput;
import org.hearth.audience.boundary.Audiences;
import org.hearth.audience.entity.Audience;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.StaleVersionException;

/**
 * The studio's audiences: the list ({@code /studio/audiences}) and the edit page
 * ({@code /studio/audiences/new}, {@code /studio/audiences/{code}}), over {@link Audiences}. The code
 * is typed once, when adding; after that only labels and descriptions change.
 */
@Named("studioAudience")
@RequestScoped
public class AudienceStudioBacking {

    @Inject
    Audiences audiences;

    private String key;
    private Integer version;
    private String code;
    private String labelEn;
    private String labelFr;
    private String descriptionEn;
    private String descriptionFr;
    private Map<String, Object> theirs;

    /** The audience's code: from the address, or on a postback from the form's plain {@code key} field. */
    @jakarta.annotation.PostConstruct
    void identify() {
        key = StudioPage.key();
    }

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
        try {
            Audience saved = key == null ? audiences.create(input) : audiences.update(key, input);
            StudioText.info("reference.saved");
            StudioPage.redirect("/studio/audiences/" + saved.code());
        } catch (StaleVersionException conflict) {
            theirs = conflict.currentState();
            version = (int) conflict.current();
            StudioText.error("reference.conflict");
        } catch (BusinessException refused) {
            StudioText.refused(refused, "audience");
        }
        return null;
    }

    public boolean isCreating() {
        return key == null;
    }

    public Map<String, Object> getTheirs() {
        return theirs;
    }

    public List<String> getTheirFields() {
        return theirs == null ? List.of() : List.copyOf(theirs.keySet());
    }

    public String getKey() {
        return key;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
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
