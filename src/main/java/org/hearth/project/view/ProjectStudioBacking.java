package org.hearth.project.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.hearth.platform.faces.StudioEditForm;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.project.boundary.ProjectInput;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.BusinessException;
import org.hearth.shared.Province;
import org.hearth.shared.ResourceNotFoundException;

/**
 * The studio's neighbourhood projects: the list ({@code /studio/projects}) and the edit page
 * ({@code /studio/projects/new}, {@code /studio/projects/{slug}}). It holds the form's values and
 * hands them to {@link Projects}, where every rule lives. The version the edit started from travels
 * in the form; when someone saved first, their values are shown and a second save keeps these.
 */
@Named("studioProject")
@RequestScoped
public class ProjectStudioBacking extends StudioEditForm<NeighbourhoodProject> {

    @Inject
    Projects projects;

    private String organization;
    private String name;
    private String nameFr;
    private String province = Province.ON.name();
    private String municipality;
    private String neighbourhood;
    private String description;
    private String descriptionFr;
    private String partnerServices;
    private LocalDate startsOn;
    private LocalDate endsOn;

    public List<NeighbourhoodProject> getProjects() {
        return projects.visible();
    }


    /** Fills the form from the project in the address on the first request; postbacks carry the form's values. */
    public void load() {
        if (key == null || StudioPage.isPostback()) {
            return;
        }
        try {
            NeighbourhoodProject p = projects.manage(key);
            version = p.version();
            organization = p.organization().slug();
            name = p.name();
            nameFr = p.nameFr();
            province = p.province().name();
            municipality = p.municipality();
            neighbourhood = p.neighbourhood();
            description = p.storedDescription("en");
            descriptionFr = p.storedDescription("fr");
            partnerServices = p.partnerServices();
            startsOn = p.startsOn();
            endsOn = p.endsOn();
        } catch (ResourceNotFoundException e) {
            StudioPage.notFound();
        } catch (BusinessException refused) {
            StudioText.refused(refused, "project");
            key = null;
        }
    }

    public String save() {
        ProjectInput input = new ProjectInput(organization, null, name, nameFr, province, municipality, neighbourhood,
                description, descriptionFr, partnerServices, startsOn, endsOn, version);
        save(() -> key == null ? projects.create(input) : projects.update(key, input),
                saved -> "/studio/projects/" + saved.slug(), "reference.saved", "project");
        return null;
    }

    public Province[] getProvinces() {
        return Province.values();
    }

    public String provinceLabel(Province p) {
        return p.label(StudioText.lang());
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

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public void setNeighbourhood(String neighbourhood) {
        this.neighbourhood = neighbourhood;
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

    public String getPartnerServices() {
        return partnerServices;
    }

    public void setPartnerServices(String partnerServices) {
        this.partnerServices = partnerServices;
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
