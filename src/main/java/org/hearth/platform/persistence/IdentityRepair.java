package org.hearth.platform.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * On embedded H2, after a crash: an identity column hands out values from a cache of 32 that is
 * not written with the rows, so after a kill its next value can come back behind rows that were
 * committed and the first inserts after the restart collide with them (seen by the crash test as
 * 500s). Before anything writes, each identity is made to cache nothing (its state is then
 * committed with each row) and set past the largest id its table holds. MySQL/MariaDB keep
 * AUTO_INCREMENT right by themselves (InnoDB recomputes it from the table), so this runs on H2 only.
 */
final class IdentityRepair {

    private static final Logger LOG = Logger.getLogger(IdentityRepair.class.getName());

    private IdentityRepair() {
    }

    static void run(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String[]> identities = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE IS_IDENTITY = 'YES' AND TABLE_SCHEMA = CURRENT_SCHEMA")) {
                while (rows.next()) {
                    identities.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            int moved = 0;
            for (String[] identity : identities) {
                String table = '"' + identity[0] + '"';
                String column = '"' + identity[1] + '"';
                long next;
                try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) + 1 FROM " + table)) {
                    max.next();
                    next = max.getLong(1);
                }
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " SET NO CACHE");
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " RESTART WITH " + next);
                moved++;
            }
            int count = moved;
            LOG.info(() -> "Embedded H2: " + count + " identity columns uncached and set past their tables' largest ids");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the embedded database's identity columns", e);
        }
    }
}
