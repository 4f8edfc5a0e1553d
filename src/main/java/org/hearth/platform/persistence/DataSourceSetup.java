package org.hearth.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares Hearth's one JTA data source. The class and URL come from {@link DatabaseConfigSource}:
 * embedded H2 in the data folder by default, MySQL Connector/J when {@code HEARTH_DB_URL} is a
 * {@code jdbc:mysql://} URL. Every connection is checked before the pool hands it out (JDBC 4's
 * {@code isValid}, a ping on Connector/J), and one found broken drops the whole pool: after the
 * database restarts, Hearth opens fresh connections by itself, without a restart.
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
            // auto-commit validation may not reach the server (the driver can answer from its own state).
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
public class DataSourceSetup {
    public static final String JNDI_NAME = "java:app/jdbc/hearth";
}
