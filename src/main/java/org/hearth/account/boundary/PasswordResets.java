package org.hearth.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.account.entity.AccessToken;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.PasswordReset;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.mail.Mail;
import org.hearth.shared.PublicIds;
import org.hearth.shared.ResourceNotFoundException;

/**
 * Forgotten passwords. Asking never reveals whether an address has an account: the answer is the
 * same, and only a real, active account gets a message. A link works once, for
 * {@code HEARTH_PASSWORD_RESET_LIFETIME} (an hour); at most three are sent per account per hour.
 * Setting the new password spends every other link and revokes the account's API tokens.
 */
@ApplicationScoped
public class PasswordResets {

    static final int MAX_PER_HOUR = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Mail mail;

    @Inject
    AuditLog audit;

    @Inject
    HearthSettings settings;

    @Inject
    @ConfigProperty(name = "hearth.password.reset.lifetime", defaultValue = "PT1H")
    Duration lifetime;

    private final Clock clock = Clock.systemUTC();

    /** Sends a reset link to {@code email} if, and only if, it is an active account's address. */
    @Transactional
    public void request(String email) {
        Optional<Account> found = accounts.findByEmail(email).filter(Account::isActive);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        Instant now = clock.instant();
        long recent = em.createNamedQuery(PasswordReset.COUNT_SINCE, Long.class)
                .setParameter("account", account).setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= MAX_PER_HOUR) {
            return;
        }
        openLinks(account, now).forEach(r -> r.spend(now));
        String token = PublicIds.random(32);
        PasswordReset reset = new PasswordReset(token, account, now, lifetime);
        em.persist(reset);
        audit.record(null, account.email(), "password.reset-requested", "account", account.publicId(), null);
        mail.send(account.email(), "Reset your Hearth password",
                "Someone, probably you, asked to reset the password of your Hearth account.\n"
                        + "Choose a new password here (the link works once, until " + reset.expiresAt() + "):\n"
                        + settings.absolute("/studio/password-reset/" + token) + "\n\n"
                        + "If you did not ask, ignore this message: your password stays as it is.\n\n"
                        + "Quelqu'un, sans doute vous, a demandé à réinitialiser le mot de passe de votre compte Hearth.\n"
                        + "Choisissez un nouveau mot de passe avec le lien ci-dessus (valable une fois, jusqu'à "
                        + reset.expiresAt() + ").\nSi ce n'était pas vous, ignorez ce message.");
    }

    /** Whether a link can still be used, so the page can say so before asking for anything. */
    public boolean isUsable(String token) {
        return find(token).filter(r -> r.isUsableAt(clock.instant())).isPresent();
    }

    /** Sets the new password through the link; the link, any other open link and all API tokens are spent. */
    @Transactional
    public Account reset(String token, String password) {
        Instant now = clock.instant();
        PasswordReset reset = find(token).filter(r -> r.isUsableAt(now))
                .orElseThrow(() -> new ResourceNotFoundException("password reset link", "(hidden)"));
        reset.use(accounts.passwordHash(password), now);
        Account account = reset.account();
        openLinks(account, now).forEach(r -> r.spend(now));
        em.createQuery("SELECT t FROM AccessToken t WHERE t.account = :account", AccessToken.class)
                .setParameter("account", account).getResultList().forEach(t -> t.revoke(now));
        audit.record(null, account.email(), "password.reset", "account", account.publicId(), null);
        return account;
    }

    private java.util.List<PasswordReset> openLinks(Account account, Instant now) {
        return em.createNamedQuery(PasswordReset.OPEN_FOR_ACCOUNT, PasswordReset.class)
                .setParameter("account", account).setParameter("now", now).getResultList();
    }

    private Optional<PasswordReset> find(String token) {
        return em.createNamedQuery(PasswordReset.FIND_BY_HASH, PasswordReset.class)
                .setParameter("hash", AccessToken.hash(token == null ? "" : token))
                .getResultStream().findFirst();
    }
}
