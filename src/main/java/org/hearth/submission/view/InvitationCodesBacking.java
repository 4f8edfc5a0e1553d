package org.hearth.submission.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.project.boundary.Projects;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.BusinessException;
import org.hearth.submission.boundary.InvitationCodes;
import org.hearth.submission.entity.InvitationCode;

/**
 * {@code /studio/codes}: the invitation codes of a project — hand out a new one (uses, expiry),
 * see how many uses remain, revoke one. Every rule lives in {@link InvitationCodes}.
 */
@Named("invitationCodes")
@RequestScoped
public class InvitationCodesBacking {

    @Inject
    InvitationCodes codes;

    @Inject
    Projects projects;

    private String project;
    private Integer uses = 30;
    private LocalDate expiresOn = LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(1);
    private String created;
    private List<InvitationCode> found;

    public List<NeighbourhoodProject> getProjects() {
        return projects.visible();
    }

    /** The project shown: the one asked for, else the first the caller may see. */
    public String getProject() {
        if (project == null) {
            String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("project");
            project = asked != null && !asked.isBlank() ? asked
                    : getProjects().stream().findFirst().map(NeighbourhoodProject::slug).orElse(null);
        }
        return project;
    }

    public void setProject(String project) {
        this.project = project;
    }

    public List<InvitationCode> getCodes() {
        if (found == null) {
            try {
                found = getProject() == null ? List.of() : codes.of(getProject());
            } catch (BusinessException refused) {
                found = List.of();
            }
        }
        return found;
    }

    public String status(InvitationCode code) {
        return code.status(codes.today());
    }

    public String create() {
        try {
            InvitationCode code = codes.create(getProject(), uses, expiresOn);
            created = code.display();
            found = null;
            StudioText.info("codes.created", code.display());
        } catch (BusinessException refused) {
            StudioText.refused(refused);
        }
        return null;
    }

    public String revoke(String id) {
        try {
            codes.revoke(id);
            StudioText.info("codes.revoked");
            StudioPage.redirect("/studio/codes?project=" + getProject());
        } catch (BusinessException refused) {
            StudioText.refused(refused);
        }
        return null;
    }

    public String getCreated() { return created; }
    public Integer getUses() { return uses; }
    public void setUses(Integer uses) { this.uses = uses; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
}
