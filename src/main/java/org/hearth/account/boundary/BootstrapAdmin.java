package org.hearth.account.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hearth.platform.config.HearthStartup.SchemaReady;
import org.hearth.shared.PublicIds;

/**
 * On the first start (no account at all), creates the platform admin from
 * {@code HEARTH_ADMIN_EMAIL} and {@code HEARTH_ADMIN_PASSWORD}. Without a password it generates
 * one and prints it once in the log: it is never stored in clear anywhere.
 */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "hearth.admin.email", defaultValue = "admin@localhost")
    String email;

    @Inject
    @ConfigProperty(name = "hearth.admin.password")
    Optional<String> password;

    void onSchemaReady(@Observes @Priority(10) SchemaReady ready) {
        if (!accounts.noAccountExists()) {
            LOG.info(() -> "Accounts exist; no bootstrap admin created (HEARTH_ADMIN_* are only read on the first start).");
            return;
        }
        boolean generated = password.filter(p -> !p.isBlank()).isEmpty();
        String secret = generated ? PublicIds.random(15) : password.get();
        accounts.createPlatformAdmin(email, secret.toCharArray());
        if (generated) {
            LOG.warning(() -> "\n=================================================================\n"
                    + " Hearth created the platform admin " + email + "\n"
                    + " Generated password (shown once, only here): " + secret + "\n"
                    + " Sign in at /studio/ or POST /api/v1/auth/tokens, then change it.\n"
                    + "=================================================================");
        } else {
            LOG.info(() -> "Created the platform admin " + email + " with the password from HEARTH_ADMIN_PASSWORD.");
        }
    }
}
