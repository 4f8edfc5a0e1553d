package org.hearth.account.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.hearth.account.boundary.Caller;
import org.hearth.account.boundary.Members;
import org.hearth.account.entity.Membership;
import org.hearth.account.entity.Role;
import org.hearth.account.entity.Roster;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.BusinessException;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.RuleViolationException;

/**
 * {@code /studio/members}: the current organization's members for its admins — invite by e-mail
 * with a role, change a role, deactivate and reactivate. Every rule is the {@link Members}
 * boundary's; this page only says what happened in the reader's language.
 */
@Named("memberPage")
@RequestScoped
public class MembersBacking {

    @Inject
    Members members;

    @Inject
    Caller caller;

    private List<Membership> listed;
    private String email;
    private String role = Role.EDITOR.code();
    private String invitationUrl;
    private String outboxFile;

    public Organization getOrganization() {
        return caller.current().orElse(null);
    }

    public List<Membership> getMembers() {
        if (listed == null) {
            Organization organization = getOrganization();
            listed = organization == null ? List.of() : members.of(organization.slug());
        }
        return listed;
    }

    /** The roles an organization can give (platform admin is not one of them). */
    public List<Role> getAssignableRoles() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.PLATFORM_ADMIN).toList();
    }

    public void invite() {
        try {
            Members.Added added = members.add(getOrganization().slug(), email, role);
            invitationUrl = added.invitationUrl();
            outboxFile = added.outboxFile();
            info(invitationUrl == null ? "members.added" : "members.invited", added.account().email());
            email = null;
        } catch (BusinessException refused) {
            error(refused);
        }
        listed = null;
    }

    public void changeRole() {
        String role = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("memberRole");
        change(submittedAccount(), new Members.Change(role == null ? "" : role, null, null), "members.roleChanged");
    }

    public void deactivate() {
        change(submittedAccount(), new Members.Change(null, false, null), "members.deactivated");
    }

    public void reactivate() {
        change(submittedAccount(), new Members.Change(null, true, null), "members.reactivated");
    }

    private void change(String accountId, Members.Change change, String done) {
        try {
            Membership changed = members.change(getOrganization().slug(), accountId, change);
            info(done, changed.account().email());
        } catch (BusinessException refused) {
            error(refused);
        }
        listed = null;
    }

    /** Each row's form carries the member's account id in a plain field. */
    private static String submittedAccount() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("accountId");
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, MessageFormat.format(text(key), arguments), null));
    }

    /** Says what was refused in the reader's language, naming the field or the rule. */
    private void error(BusinessException refused) {
        String message;
        if (refused instanceof RuleViolationException rule && Roster.LAST_ADMIN.equals(rule.rule())) {
            message = text("members.lastAdmin");
        } else if (refused instanceof InvalidInputException invalid) {
            message = String.join(" ", invalid.errors().stream()
                    .map(e -> optional("members.field." + e.field(), e.field()) + ": "
                            + optional("members.invalid." + e.field(), e.message()))
                    .toList());
        } else {
            message = refused.getMessage();
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static String text(String key) {
        return bundle().getString(key);
    }

    private static String optional(String key, String fallback) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("i18n.studio", faces.getViewRoot().getLocale());
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getInvitationUrl() {
        return invitationUrl;
    }

    public String getOutboxFile() {
        return outboxFile;
    }
}
