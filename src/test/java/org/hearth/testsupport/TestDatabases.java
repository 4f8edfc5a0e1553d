package org.hearth.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the MySQL/MariaDB suites run. {@code HEARTH_TEST_MYSQL_URL} (or {@code -Dhearth.test.mysqlUrl})
 * names a server the tests may create databases on; by default a local MariaDB on 127.0.0.1:3306 as
 * root is tried. When none answers the suites skip loudly, unless {@code hearth.test.requireMysql} is
 * true (as in CI), where they fail.
 */
public final class TestDatabases {

    private static final String DEFAULT_SERVER = "jdbc:mysql://127.0.0.1:3306/?user=root";

    private TestDatabases() {
    }

    public static boolean mysqlRequired() {
        return Boolean.parseBoolean(System.getProperty("hearth.test.requireMysql",
                System.getenv().getOrDefault("HEARTH_TEST_REQUIRE_MYSQL", "false")));
    }

    /** The server URL (no database), if one answers; otherwise skips or fails the calling test. */
    public static String mysqlServer() {
        String configured = System.getProperty("hearth.test.mysqlUrl");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("HEARTH_TEST_MYSQL_URL");
        }
        String url = configured == null || configured.isBlank() ? DEFAULT_SERVER : configured.trim();
        try (Connection ignored = DriverManager.getConnection(url)) {
            return url;
        } catch (SQLException e) {
            String message = "MySQL/MariaDB suite NOT RUN: no server answers at " + url + " (" + e.getMessage()
                    + "). Set HEARTH_TEST_MYSQL_URL or start MariaDB; CI requires it.";
            if (mysqlRequired()) {
                throw new AssertionError(message, e);
            }
            System.err.println("\n*** " + message + " ***\n");
            Assumptions.abort(message);
            return null;
        }
    }

    /** Creates an empty utf8mb4 database on that server and answers its JDBC URL. */
    public static String createMysqlDatabase(String server) throws SQLException {
        String name = "hearth_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(server); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return withDatabase(server, name);
    }

    public static void dropMysqlDatabase(String server, String databaseUrl) throws SQLException {
        String name = databaseUrl.replaceFirst("^jdbc:mysql://[^/]+/", "").replaceFirst("\\?.*$", "");
        try (Connection connection = DriverManager.getConnection(server); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    /** {@code jdbc:mysql://host:port/?user=root} with {@code name} as the database. */
    static String withDatabase(String server, String name) {
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        String parameters = query < 0 ? "" : server.substring(query);
        return base.replaceFirst("/?$", "/") + name + parameters;
    }
}
