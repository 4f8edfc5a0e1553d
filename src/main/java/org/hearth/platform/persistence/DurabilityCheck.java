package org.hearth.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Says at start-up what the database guarantees for acknowledged writes, and warns loudly when a
 * MySQL/MariaDB server is set up to lose them ({@link DurabilityVerdict}). Hearth still starts: a
 * warning an operator can act on beats refusing to serve, but the log line names the setting.
 */
@ApplicationScoped
public class DurabilityCheck {

    private static final Logger LOG = Logger.getLogger(DurabilityCheck.class.getName());

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    public void report(DatabaseSettings settings) {
        if (!settings.isMysql()) {
            LOG.info("Embedded H2: every commit is written to the database file before Hearth acknowledges it"
                    + " (WRITE_DELAY=0), so acknowledged writes survive a crash of Hearth's process. The file is not"
                    + " synced to the disk at each commit: a power cut or an operating-system crash can lose the last"
                    + " moments of writes. Use MySQL/MariaDB for a public campaign (README, Durability).");
            return;
        }
        try {
            DurabilityVerdict verdict = read();
            List<DurabilityVerdict.Finding> findings = verdict.findings();
            if (findings.isEmpty()) {
                LOG.info(() -> "MySQL/MariaDB durability: InnoDB, redo log flushed at every commit, isolation "
                        + verdict.isolation() + ": acknowledged writes survive a crash");
            }
            for (DurabilityVerdict.Finding finding : findings) {
                LOG.warning(() -> "MySQL/MariaDB IS SET UP TO LOSE OR CORRUPT ACKNOWLEDGED WRITES: " + finding);
            }
        } catch (SQLException e) {
            LOG.warning(() -> "Could not read the database's durability settings (" + e.getSQLState() + "); "
                    + "check innodb_flush_log_at_trx_commit=1 and sync_binlog=1 by hand");
        }
    }

    private DurabilityVerdict read() throws SQLException {
        Map<String, String> variables = new HashMap<>();
        List<String> nonTransactional = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            String names = String.join(",", DurabilityVerdict.VARIABLES.stream().map(n -> "'" + n + "'").toList());
            try (PreparedStatement statement = connection.prepareStatement(
                    "SHOW VARIABLES WHERE Variable_name IN (" + names + ")"); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    variables.put(rows.getString(1).toLowerCase(Locale.ROOT), rows.getString(2));
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_type = 'BASE TABLE' AND UPPER(engine) <> 'INNODB' ORDER BY table_name");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    nonTransactional.add(rows.getString(1));
                }
            }
        }
        return new DurabilityVerdict(variables, nonTransactional);
    }
}
