package org.hearth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hearth.platform.config.ClusterReadiness;
import org.junit.jupiter.api.Test;

class ClusterReadinessTest {

    @Test
    void aSingleNodeNeedsNothing() {
        assertEquals(List.of(), ClusterReadiness.problems(Map.<String, String>of()::get));
    }

    @Test
    void aClusterNodeNeedsTheSharedKeyAndASharedDatabase() {
        List<String> problems = ClusterReadiness.problems(Map.of("hearth.cluster.members", "10.0.0.1:6900,10.0.0.2:6900")::get);
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).contains("HEARTH_SECRET_KEY"));
        assertTrue(problems.get(1).contains("HEARTH_DB_URL"));
        assertEquals(1, ClusterReadiness.problems(Map.of("hearth.cluster.members", "a:1", "hearth.secret.key", "k",
                "hearth.db.url", "jdbc:h2:file:./data/db/hearth")::get).size(), "an embedded H2 file is no shared database");
    }

    @Test
    void aClusterNodeWithBothMayStart() {
        assertEquals(List.of(), ClusterReadiness.problems(Map.of("hearth.cluster.members", "a:1", "hearth.secret.key", "k",
                "hearth.db.url", "jdbc:mysql://db/hearth")::get));
    }
}
