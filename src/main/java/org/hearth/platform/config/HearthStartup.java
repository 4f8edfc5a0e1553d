package org.hearth.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import java.util.logging.Logger;
import org.hearth.platform.persistence.DatabaseSettings;
import org.hearth.platform.persistence.DurabilityCheck;
import org.hearth.platform.persistence.Migrations;

/**
 * Runs once when Hearth is deployed, before it serves anything: logs where its data lives,
 * migrates the schema, says what the database guarantees for acknowledged writes, then fires {@link SchemaReady} so that components can seed what they own
 * (the bootstrap admin, the sample content) each in its own transaction.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class HearthStartup {

    private static final Logger LOG = Logger.getLogger(HearthStartup.class.getName());

    @Inject
    Migrations migrations;

    @Inject
    DurabilityCheck durability;

    @Inject
    Event<SchemaReady> schemaReady;

    @PostConstruct
    void start() {
        List<String> cluster = ClusterReadiness.problems(name ->
                ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(null));
        if (!cluster.isEmpty()) {
            cluster.forEach(problem -> LOG.severe(problem));
            throw new IllegalStateException("Hearth cannot start as a cluster node: " + String.join("; ", cluster));
        }
        DatabaseSettings db = DatabaseSettings.fromEnvironment();
        LOG.info(() -> "Hearth data folder: " + db.dataDir());
        LOG.info(() -> "Hearth database: " + (db.isMysql() ? "MySQL/MariaDB at " : "embedded H2 at ") + db.safeUrl());
        migrations.migrate();
        durability.report(db);
        schemaReady.fire(new SchemaReady());
    }

    /** The schema is current; observers may read and write. Observed in order of {@code @Priority}. */
    public record SchemaReady() {
    }
}
