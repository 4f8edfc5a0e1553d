package org.hearth.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Membership;
import org.hearth.account.entity.Role;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.NotAuthenticatedException;
import org.hearth.shared.NotPermittedException;

/**
 * The signed-in person behind this request and what they may do in each organization. Every
 * studio operation asks it before acting, so the same rules hold for the API and the studio.
 *
 * <p>A person in several organizations works in one of them at a time in the studio: the choice
 * lives in their HTTP session ({@link #switchTo}), defaulting to their first membership, and the
 * studio's lists show that organization ({@link #inView}). API callers have no session, so their
 * lists span every organization they belong to.
 */
@RequestScoped
public class Caller {

    static final String SESSION_ORGANIZATION = "hearth.organization";

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    Organizations organizations;

    @Inject
    HttpServletRequest request;

    private Account account;

    public Optional<Account> find() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal != null) {
                account = accounts.findByPublicId(principal.getName()).orElse(null);
            }
        }
        return Optional.ofNullable(account);
    }

    public Account account() {
        return find().orElseThrow(() -> new NotAuthenticatedException("Sign in first: send a bearer token."));
    }

    /** The caller's role in {@code organization}, or {@link NotPermittedException} if they have none. */
    public Role roleIn(Organization organization) {
        return account().roleIn(organization)
                .orElseThrow(() -> new NotPermittedException("You are not a member of " + organization.name() + "."));
    }

    /** Refuses unless the caller's role in {@code organization} satisfies {@code allowed}. */
    public Role require(Organization organization, Predicate<Role> allowed, String action) {
        Role role = roleIn(organization);
        if (!allowed.test(role)) {
            throw new NotPermittedException("Your role (" + role.code() + ") may not " + action + ".");
        }
        return role;
    }

    public boolean mayRead(Organization organization) {
        return find().flatMap(a -> a.roleIn(organization)).map(Role::mayReadDrafts).orElse(false);
    }

    /** Every organization the caller may work in, first joined first (all of them, by name, for a platform admin). */
    public List<Organization> organizations() {
        Optional<Account> who = find();
        if (who.isEmpty()) {
            return List.of();
        }
        if (who.get().isPlatformAdmin()) {
            return organizations.all();
        }
        return who.get().activeMemberships().stream().map(Membership::organization).toList();
    }

    /** The organization the studio is showing: the one chosen in this session if still allowed, else the first. */
    public Optional<Organization> current() {
        List<Organization> mine = organizations();
        HttpSession session = session();
        Object chosen = session == null ? null : session.getAttribute(SESSION_ORGANIZATION);
        if (chosen != null) {
            Optional<Organization> still = mine.stream().filter(o -> o.slug().equals(chosen)).findFirst();
            if (still.isPresent()) {
                return still;
            }
        }
        return mine.stream().findFirst();
    }

    /** Makes {@code slug} the organization this studio session works in; refused if the caller has no role there. */
    public Organization switchTo(String slug) {
        Organization organization = organizations.get(slug);
        roleIn(organization);
        HttpSession session = session();
        if (session == null) {
            throw new NotPermittedException("Switching organizations is for studio sessions; API calls name the organization.");
        }
        session.setAttribute(SESSION_ORGANIZATION, organization.slug());
        return organization;
    }

    /**
     * The organizations this request's lists cover where the caller's role satisfies {@code allowed}:
     * in a studio session only the current one, through the API all of the caller's.
     */
    public List<Organization> inView(Predicate<Role> allowed) {
        Optional<Account> who = find();
        if (who.isEmpty()) {
            return List.of();
        }
        List<Organization> scope = session() != null ? current().stream().toList() : organizations();
        return scope.stream().filter(o -> who.get().roleIn(o).map(allowed::test).orElse(false)).toList();
    }

    private HttpSession session() {
        try {
            return request.getSession(false);
        } catch (RuntimeException noHttpRequest) {
            // Scheduled work runs without an HTTP request; it has no session either.
            return null;
        }
    }
}
