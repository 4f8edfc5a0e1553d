package org.hearth.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Predicate;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Role;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.NotAuthenticatedException;
import org.hearth.shared.NotPermittedException;

/**
 * The signed-in person behind this request and what they may do in each organization. Every
 * studio operation asks it before acting, so the same rules hold for the API and the studio.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

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
}
