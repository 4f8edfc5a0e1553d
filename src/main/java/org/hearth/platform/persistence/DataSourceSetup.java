package org.hearth.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares Hearth's one JTA data source. The class and URL come from {@link DatabaseConfigSource}:
 * embedded H2 in the data folder by default, MySQL Connector/J when {@code HEARTH_DB_URL} is a
 * {@code jdbc:mysql://} URL.
 */
@Singleton
@DataSourceDefinition(
        name = DataSourceSetup.JNDI_NAME,
        className = "${MPCONFIG=" + DatabaseConfigSource.DATASOURCE_CLASS + "}",
        url = "${MPCONFIG=" + DatabaseConfigSource.DATASOURCE_URL + "}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
public class DataSourceSetup {
    public static final String JNDI_NAME = "java:app/jdbc/hearth";
}
