package org.hearth.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.organization.entity.Organization;

/**
 * The studio header's part that depends on who is signed in: the organization they work in (and
 * the switch between theirs), and which screens their role there opens. Only what is shown: the
 * boundaries refuse everyone else all the same.
 */
@Named("workspace")
@RequestScoped
public class WorkspaceBacking {

    @Inject
    Caller caller;

    private String selected;

    public List<Organization> getOrganizations() {
        return caller.organizations();
    }

    /** Whether there is anything to switch between. */
    public boolean isSeveral() {
        return getOrganizations().size() > 1;
    }

    public Organization getCurrent() {
        return caller.current().orElse(null);
    }

    public String getSelected() {
        return selected != null ? selected : caller.current().map(Organization::slug).orElse(null);
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    /** Works in the chosen organization from now on in this session; back to the dashboard, which shows it. */
    public void switchOrganization() throws IOException {
        caller.switchTo(selected);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/studio/");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public boolean isMayAdminister() {
        return mayInCurrent(Role::mayAdminister);
    }

    /** May upload and describe media (authors and up). */
    public boolean isMayAuthor() {
        return mayInCurrent(Role::mayAuthor);
    }

    /** May edit the terminology list of the pre-publish checks (editors and admins). */
    public boolean isMayEdit() {
        return mayInCurrent(Role::mayEdit);
    }

    /** Audiences are shared by every organization: platform admins keep them. */
    public boolean isPlatformAdmin() {
        return caller.find().map(a -> a.isPlatformAdmin()).orElse(false);
    }

    /** Where the caller manages projects, campaigns and help resources: the organization worked in, if an admin there. */
    public List<Organization> getAdministered() {
        return caller.inView(Role::mayAdminister);
    }

    /** Where the caller edits the terminology list: the organization worked in, if an editor or admin there. */
    public List<Organization> getEditing() {
        return caller.inView(Role::mayEdit);
    }

    /** May moderate youth submissions (moderators, editors and admins). */
    public boolean isMayModerate() {
        return mayInCurrent(Role::mayModerate);
    }

    public boolean isMayHandleConsents() {
        return mayInCurrent(Role::mayHandleConsents);
    }

    private boolean mayInCurrent(Predicate<Role> allowed) {
        Optional<Organization> current = caller.current();
        return current.isPresent() && caller.find().flatMap(a -> a.roleIn(current.get())).map(allowed::test).orElse(false);
    }

    /**
     * Answers 403 unless the caller's role in the current organization allows {@code what}
     * ({@code administer}, {@code edit}, {@code moderate} or {@code consents}); for the f:viewAction of pages only some
     * roles may open.
     */
    public void require(String what) throws IOException {
        boolean allowed = "administer".equals(what) ? isMayAdminister() : "edit".equals(what) ? isMayEdit()
                : "moderate".equals(what) ? isMayModerate() : isMayHandleConsents();
        if (!allowed) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(403, "Your role may not open this page.");
            faces.responseComplete();
        }
    }
}
