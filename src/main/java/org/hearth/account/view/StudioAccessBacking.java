package org.hearth.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Predicate;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Role;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;

/**
 * Which of the studio's screens the signed-in person sees: reference data (projects, campaigns,
 * help resources) for organization admins, the terminology list for editors and admins, audiences
 * for platform admins. Only what is shown: the boundaries refuse everyone else all the same.
 */
@Named("access")
@RequestScoped
public class StudioAccessBacking {

    @Inject
    Caller caller;

    @Inject
    Organizations organizations;

    private List<Organization> administered;
    private List<Organization> editing;

    /** The organizations whose projects, campaigns and help resources the caller manages. */
    public List<Organization> getAdministered() {
        if (administered == null) {
            administered = where(Role::mayAdminister);
        }
        return administered;
    }

    /** The organizations whose terminology list the caller edits. */
    public List<Organization> getEditing() {
        if (editing == null) {
            editing = where(Role::mayEdit);
        }
        return editing;
    }

    public boolean isReferenceManager() {
        return !getAdministered().isEmpty();
    }

    public boolean isTerminologyEditor() {
        return !getEditing().isEmpty();
    }

    public boolean isPlatformAdmin() {
        return caller.find().map(Account::isPlatformAdmin).orElse(false);
    }

    private List<Organization> where(Predicate<Role> allowed) {
        return caller.find().map(account -> organizations.all().stream()
                .filter(o -> account.roleIn(o).filter(allowed).isPresent()).toList()).orElse(List.of());
    }
}
