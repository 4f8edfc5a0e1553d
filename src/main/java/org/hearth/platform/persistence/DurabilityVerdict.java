package org.hearth.platform.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a MySQL/MariaDB server's settings mean for the promise that an acknowledged write is never
 * lost. Hearth expects InnoDB for every table, {@code innodb_flush_log_at_trx_commit=1} (the redo
 * log flushed to disk at each commit), {@code sync_binlog=1} when the binary log is on (so a
 * replica or a point-in-time restore has every commit), the doublewrite buffer on (no torn pages)
 * and {@code REPEATABLE-READ} or {@code READ-COMMITTED} isolation (Hearth guards concurrent edits
 * with version columns; dirty reads could show a publication that is rolled back).
 *
 * @param variables server variables by lower-case name, as {@code SHOW VARIABLES} gives them
 * @param nonTransactionalTables Hearth's tables whose engine is not InnoDB
 */
public record DurabilityVerdict(Map<String, String> variables, List<String> nonTransactionalTables) {

    /** The variables the verdict reads. */
    public static final List<String> VARIABLES = List.of("innodb_flush_log_at_trx_commit", "sync_binlog", "log_bin",
            "innodb_doublewrite", "transaction_isolation", "tx_isolation");

    /** One finding: a setting, its value, and what it costs. */
    public record Finding(String setting, String value, String risk) {
        @Override
        public String toString() {
            return setting + "=" + value + ": " + risk;
        }
    }

    /** Everything that would lose or corrupt acknowledged writes, most serious first; empty when all is well. */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        if (!nonTransactionalTables.isEmpty()) {
            findings.add(new Finding("engine", String.join(", ", nonTransactionalTables),
                    "these tables are not InnoDB: their writes are not transactional and a crash can leave them half-applied;"
                    + " convert them (ALTER TABLE … ENGINE=InnoDB) and set default_storage_engine=InnoDB"));
        }
        String flush = value("innodb_flush_log_at_trx_commit");
        if (flush != null && !flush.equals("1")) {
            findings.add(new Finding("innodb_flush_log_at_trx_commit", flush,
                    "commits are flushed to disk about once a second, so a crash of the server or the machine loses the last"
                    + " second of writes Hearth already acknowledged; set it to 1"));
        }
        if (on(value("log_bin"))) {
            String sync = value("sync_binlog");
            if (sync != null && !sync.equals("1")) {
                findings.add(new Finding("sync_binlog", sync,
                        "the binary log is not synced at each commit: after a machine crash, replicas and point-in-time"
                        + " restores can miss commits the database kept; set it to 1"));
            }
        }
        String doublewrite = value("innodb_doublewrite");
        if (doublewrite != null && !on(doublewrite)) {
            findings.add(new Finding("innodb_doublewrite", doublewrite,
                    "without the doublewrite buffer a power cut can tear pages and corrupt tables; turn it on"));
        }
        String isolation = isolation();
        if (isolation != null && isolation.contains("UNCOMMITTED")) {
            findings.add(new Finding("transaction_isolation", isolation,
                    "dirty reads let a reader see a publication that is later rolled back; use REPEATABLE-READ (the default)"
                    + " or READ-COMMITTED"));
        }
        return findings;
    }

    /** The isolation level, whichever name the server uses for it (MariaDB before 11.1 says {@code tx_isolation}). */
    public String isolation() {
        String isolation = value("transaction_isolation");
        return isolation != null ? isolation : value("tx_isolation");
    }

    private String value(String name) {
        String value = variables.get(name);
        return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    private static boolean on(String value) {
        return value != null && (value.equals("ON") || value.equals("1") || value.equals("TRUE"));
    }
}
