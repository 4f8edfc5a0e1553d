package org.hearth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hearth.platform.persistence.DurabilityVerdict;
import org.hearth.platform.persistence.DurabilityVerdict.Finding;
import org.junit.jupiter.api.Test;

class DurabilityVerdictTest {

    static final Map<String, String> SAFE = Map.of("innodb_flush_log_at_trx_commit", "1", "sync_binlog", "0",
            "log_bin", "OFF", "innodb_doublewrite", "ON", "tx_isolation", "REPEATABLE-READ");

    @Test
    void aDefaultMariadbWithoutBinaryLogKeepsEveryCommit() {
        assertEquals(List.of(), new DurabilityVerdict(SAFE, List.of()).findings());
        assertEquals("REPEATABLE-READ", new DurabilityVerdict(SAFE, List.of()).isolation());
    }

    @Test
    void aRedoLogFlushedOnceASecondIsNamed() {
        for (String lossy : List.of("0", "2")) {
            assertEquals(List.of("innodb_flush_log_at_trx_commit"), settings(with("innodb_flush_log_at_trx_commit", lossy)));
        }
    }

    @Test
    void anUnsyncedBinaryLogMattersOnlyWhenTheLogIsOn() {
        assertEquals(List.of("sync_binlog"), settings(with("log_bin", "ON")));
        Map<String, String> synced = new java.util.HashMap<>(with("log_bin", "ON"));
        synced.put("sync_binlog", "1");
        assertEquals(List.of(), settings(synced));
    }

    @Test
    void dirtyReadsAndTornPagesAreNamed() {
        assertEquals(List.of("transaction_isolation"), settings(with("tx_isolation", "READ-UNCOMMITTED")));
        assertEquals(List.of(), settings(with("tx_isolation", "READ-COMMITTED")));
        Map<String, String> mysql8 = new java.util.HashMap<>(SAFE);
        mysql8.remove("tx_isolation");
        mysql8.put("transaction_isolation", "READ-UNCOMMITTED");
        assertEquals(List.of("transaction_isolation"), settings(mysql8));
        assertEquals(List.of("innodb_doublewrite"), settings(with("innodb_doublewrite", "OFF")));
    }

    @Test
    void nonTransactionalTablesComeFirstAndAreListed() {
        List<Finding> findings = new DurabilityVerdict(with("innodb_flush_log_at_trx_commit", "2"), List.of("story", "audit_event")).findings();
        assertEquals("engine", findings.get(0).setting());
        assertTrue(findings.get(0).value().contains("story") && findings.get(0).value().contains("audit_event"));
        assertEquals(2, findings.size());
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> variables = new java.util.HashMap<>(SAFE);
        variables.put(name, value);
        return variables;
    }

    private static List<String> settings(Map<String, String> variables) {
        return new DurabilityVerdict(variables, List.of()).findings().stream().map(Finding::setting).toList();
    }
}
