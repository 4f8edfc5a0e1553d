package org.hearth.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hearth.platform.persistence.DatabaseSettings;

/** The persistence contract on embedded H2 in MySQL mode, in a scratch data folder, exactly as Hearth opens it. */
class H2PersistenceTest extends PersistenceContract {

    private Path dataDir;

    @Override
    String jdbcUrl() throws Exception {
        dataDir = Files.createTempDirectory("hearth-h2-test");
        // Kept open between transactions, as the server's connection pool does: under load, H2 closing the
        // file when the last connection goes and reopening it at once returned partial data in this test.
        return DatabaseSettings.from(name -> "hearth.data.dir".equals(name) ? dataDir.toString() : null).urlWithCredentials()
                + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    DataSource dataSource(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return dataSource;
    }

    @Override
    void dropDatabase() throws Exception {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url)) {
            connection.createStatement().execute("SHUTDOWN");
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
