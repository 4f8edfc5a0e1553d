package org.hearth.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration}. The same SQL
 * runs on H2 (MySQL mode) and on MySQL/MariaDB; Hearth never lets JPA generate its schema.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    public void migrate() {
        MigrateResult result = configure(dataSource, getClass().getClassLoader()).migrate();
        if (!DatabaseSettings.fromEnvironment().isMysql()) {
            IdentityRepair.run(dataSource);
        }
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /** The one Flyway configuration, also used by the persistence tests. */
    public static Flyway configure(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }
}
