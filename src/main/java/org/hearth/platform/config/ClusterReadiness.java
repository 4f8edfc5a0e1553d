package org.hearth.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a node of several needs before it may start, so that it cannot quietly break the others:
 * the one database they share (not each its own embedded H2) and the one key that seals consent
 * fields (not each its own generated file, which the other nodes could not read).
 */
public final class ClusterReadiness {

    private ClusterReadiness() {
    }

    /** The problems of this configuration, each a sentence naming the setting; empty for a single node. */
    public static List<String> problems(Function<String, String> settings) {
        List<String> problems = new ArrayList<>();
        if (blank(settings.apply("hearth.cluster.members"))) {
            return problems;
        }
        if (blank(settings.apply("hearth.secret.key"))) {
            problems.add("HEARTH_SECRET_KEY is not set: with HEARTH_CLUSTER_MEMBERS every node must use the same key,"
                    + " or consent fields sealed on one node cannot be read on another");
        }
        String url = settings.apply("hearth.db.url");
        if (blank(url) || url.startsWith("jdbc:h2:")) {
            problems.add("HEARTH_DB_URL names no shared database: the nodes of a cluster share one MySQL/MariaDB"
                    + " database (an embedded H2 file belongs to one process)");
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
