package org.hearth.platform.persistence;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the derived names that {@link DataSourceSetup}'s {@code @DataSourceDefinition} reads,
 * so that setting {@code HEARTH_DB_URL} alone switches both driver and URL.
 */
public class DatabaseConfigSource implements ConfigSource {

    static final String DATASOURCE_CLASS = "hearth.internal.datasource.class";
    static final String DATASOURCE_URL = "hearth.internal.datasource.url";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATASOURCE_CLASS, DATASOURCE_URL);
    }

    @Override
    public Map<String, String> getProperties() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment();
        return Map.of(DATASOURCE_CLASS, settings.dataSourceClass(), DATASOURCE_URL, settings.urlWithCredentials());
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "hearth-database";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
