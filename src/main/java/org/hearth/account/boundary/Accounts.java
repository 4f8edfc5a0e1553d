package org.hearth.account.boundary;

import jakarta.annotation.PostConstruct;
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
import org.hearth.account.control.LoginThrottle;
import org.hearth.account.control.PasswordHasher;
import org.hearth.account.entity.AccessToken;
import org.hearth.account.entity.Account;
import org.hearth.shared.NotAuthenticatedException;
import org.hearth.shared.PublicIds;
import org.hearth.shared.RateLimitedException;

/**
 * Who may sign in, and the bearer tokens they use for the API. Wrong credentials always get the
 * same answer, whether the account exists or not, in about the same time; repeated failures are
 * throttled per account and per address (at least 5 and 20 within 15 minutes, as the contract says).
 */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "hearth.token.lifetime", defaultValue = "PT12H")
    Duration tokenLifetime;

    @Inject
    @ConfigProperty(name = "hearth.login.max-failures-per-account", defaultValue = "5")
    int maxFailuresPerAccount;

    @Inject
    @ConfigProperty(name = "hearth.login.max-failures-per-address", defaultValue = "20")
    int maxFailuresPerAddress;

    @Inject
    @ConfigProperty(name = "hearth.login.throttle-window", defaultValue = "PT15M")
    Duration throttleWindow;

    public static final int MIN_PASSWORD = 12;

    private final Clock clock = Clock.systemUTC();
    private final PasswordHasher hasher = new PasswordHasher();
    private LoginThrottle throttle;

    /** A freshly issued token; the only moment its clear text exists. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(maxFailuresPerAccount, maxFailuresPerAddress, throttleWindow, clock);
    }

    /** The account these credentials sign in (noting when), or {@link NotAuthenticatedException}; throttled. */
    @Transactional
    public Account verify(String email, String password, String address) {
        String key = email == null ? "" : email.strip().toLowerCase();
        if (!throttle.allows(key, address)) {
            throw new RateLimitedException("Too many failed sign-in attempts. Try again later.",
                    throttle.retryAfter(key, address));
        }
        Optional<Account> account = findByEmail(key);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        boolean valid;
        if (account.isPresent() && account.get().maySignIn()) {
            valid = hasher.verify(secret, account.get().passwordHash());
        } else {
            hasher.verifyNothing(secret);
            valid = false;
        }
        if (!valid) {
            throttle.failed(key, address);
            throw new NotAuthenticatedException("The e-mail address or password is not right.");
        }
        throttle.succeeded(key);
        account.get().signedIn(clock.instant());
        return account.get();
    }

    @Transactional
    public IssuedToken issueToken(String email, String password, String address) {
        Account account = verify(email, password, address);
        String token = PublicIds.random(32);
        AccessToken stored = new AccessToken(token, em.merge(account), clock.instant(), tokenLifetime);
        em.persist(stored);
        return new IssuedToken(token, stored.expiresAt());
    }

    /** The account a valid (unexpired, unrevoked) token belongs to. */
    public Optional<Account> accountForToken(String token) {
        return findToken(token).filter(t -> t.isValidAt(clock.instant())).map(AccessToken::account);
    }

    @Transactional
    public void revoke(String token) {
        findToken(token).ifPresent(t -> t.revoke(clock.instant()));
    }

    public Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email == null ? "" : email.strip().toLowerCase())
                .getResultStream().findFirst();
    }

    public Optional<Account> findByPublicId(String publicId) {
        return em.createNamedQuery(Account.FIND_BY_PUBLIC_ID, Account.class)
                .setParameter("publicId", publicId)
                .getResultStream().findFirst();
    }

    /** Keeps the studio in this language for the account. */
    @Transactional
    public void chooseLanguage(String publicId, String code, java.util.List<String> supported) {
        findByPublicId(publicId).orElseThrow(() -> new org.hearth.shared.ResourceNotFoundException("account", publicId))
                .chooseLanguage(code, supported);
    }

    public void add(Account account) {
        em.persist(account);
    }

    public boolean noAccountExists() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult() == 0;
    }

    /** A slow hash of a new password; refuses passwords shorter than {@value #MIN_PASSWORD} characters. */
    public String passwordHash(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new org.hearth.shared.InvalidInputException(java.util.List.of(
                    org.hearth.shared.InvalidInputException.FieldError.of("password", org.hearth.shared.Reason.of("password-too-short",
                            "must be at least " + MIN_PASSWORD + " characters (a few words make a good one)", MIN_PASSWORD))));
        }
        return hasher.hash(password.toCharArray());
    }

    /** Creates the first platform admin with this password. */
    @Transactional
    public Account createPlatformAdmin(String email, char[] password) {
        Account admin = Account.platformAdmin(email, clock.instant());
        admin.setPasswordHash(hasher.hash(password));
        em.persist(admin);
        return admin;
    }

    private Optional<AccessToken> findToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(AccessToken.FIND_BY_HASH, AccessToken.class)
                .setParameter("hash", AccessToken.hash(token.strip()))
                .getResultStream().findFirst();
    }
}
