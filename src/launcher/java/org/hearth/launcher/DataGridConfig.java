package org.hearth.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Hazelcast configuration Hearth gives Payara Micro's data grid, written from the environment.
 *
 * <p>Payara builds its own Hazelcast network configuration from {@code --interfaces}, but Hazelcast
 * binds to every interface whatever the interfaces say ({@code hazelcast.socket.bind.any} is true
 * by default), and with {@code --nocluster} Payara ignores {@code --interfaces} altogether: a
 * default single node listened on {@code *:6900}, an unauthenticated cluster port on the network.
 * A configuration file named by the {@code hazelcast.config} system property replaces Payara's
 * network settings, so Hearth writes one that binds only to the configured interface (loopback
 * unless {@code HEARTH_CLUSTER_INTERFACES} says otherwise), joins only the members named in
 * {@code HEARTH_CLUSTER_MEMBERS} over TCP (never multicast, never auto-detection) and listens on
 * {@code HEARTH_CLUSTER_PORT}.
 */
record DataGridConfig(String clusterName, List<String> interfaces, int port, boolean exactPort, List<String> members) {

    static final int DEFAULT_PORT = 6900;

    /** The data grid this environment asks for: a single node on loopback unless members are named. */
    static DataGridConfig from(Map<String, String> env) {
        List<String> members = list(env.getOrDefault("HEARTH_CLUSTER_MEMBERS", ""));
        String port = env.get("HEARTH_CLUSTER_PORT");
        boolean exact = port != null && !port.isBlank();
        String name = env.getOrDefault("HEARTH_CLUSTER_NAME", "hearth");
        // A single node must never meet another one, even one started with the same name.
        String clusterName = members.isEmpty() ? name + "-single-" + ProcessHandle.current().pid() : name;
        List<String> interfaces = list(env.getOrDefault("HEARTH_CLUSTER_INTERFACES", "127.0.0.1"));
        return new DataGridConfig(clusterName, interfaces.isEmpty() ? List.of("127.0.0.1") : interfaces,
                exact ? Integer.parseInt(port.trim()) : DEFAULT_PORT, exact, members);
    }

    private static List<String> list(String commaSeparated) {
        List<String> values = new ArrayList<>();
        for (String value : commaSeparated.split(",")) {
            if (!value.isBlank()) {
                values.add(value.trim());
            }
        }
        return List.copyOf(values);
    }

    boolean clustered() {
        return !members.isEmpty();
    }

    /** The Hazelcast XML for this data grid. */
    String xml() {
        StringBuilder listen = new StringBuilder();
        interfaces.forEach(i -> listen.append("      <interface>").append(escape(i)).append("</interface>\n"));
        StringBuilder join = new StringBuilder();
        join.append("      <auto-detection enabled=\"false\"/>\n      <multicast enabled=\"false\"/>\n");
        if (clustered()) {
            join.append("      <tcp-ip enabled=\"true\">\n        <member-list>\n");
            members.forEach(m -> join.append("          <member>").append(escape(m)).append("</member>\n"));
            join.append("        </member-list>\n      </tcp-ip>\n");
        } else {
            join.append("      <tcp-ip enabled=\"false\"/>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!-- Written by Hearth's launcher at start-up from HEARTH_CLUSTER_*; see DataGridConfig. -->\n"
                + "<hazelcast xmlns=\"http://www.hazelcast.com/schema/config\">\n"
                + "  <cluster-name>" + escape(clusterName) + "</cluster-name>\n"
                + "  <properties>\n"
                + "    <property name=\"hazelcast.socket.bind.any\">false</property>\n"
                + "    <property name=\"hazelcast.phone.home.enabled\">false</property>\n"
                + "  </properties>\n"
                + "  <network>\n"
                + "    <port auto-increment=\"" + !exactPort + "\" port-count=\"100\">" + port + "</port>\n"
                + "    <interfaces enabled=\"true\">\n"
                + listen
                + "    </interfaces>\n"
                + "    <join>\n" + join + "    </join>\n"
                + "  </network>\n"
                + "</hazelcast>\n";
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
