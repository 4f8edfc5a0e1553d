package org.hearth.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void singleNodeOnPort8080ByDefault() {
        List<String> args = Launcher.arguments(Map.of(), List.of());
        assertTrue(args.contains("--nocluster"), args::toString);
        assertEquals("8080", args.get(args.indexOf("--port") + 1));
        assertFalse(args.contains("--clustermode"));
    }

    @Test
    void noResponseNamesTheServer() {
        for (String listener : List.of("http-listener", "https-listener")) {
            String protocol = "set configs.config.server-config.network-config.protocols.protocol." + listener + ".http.";
            assertTrue(Launcher.PREBOOT_COMMANDS.contains(protocol + "server-header=false"), listener);
            assertTrue(Launcher.PREBOOT_COMMANDS.contains(protocol + "xpowered-by=false"), listener);
        }
    }

    @Test
    void aSingleNodesDataGridBindsToLoopbackOnlyAndJoinsNobody() {
        DataGridConfig grid = Launcher.dataGrid(Map.of(), List.of(), null).orElseThrow();
        String xml = grid.xml();
        assertFalse(grid.clustered());
        assertTrue(xml.contains("<property name=\"hazelcast.socket.bind.any\">false</property>"), xml);
        assertTrue(xml.contains("<interface>127.0.0.1</interface>"), xml);
        assertTrue(xml.contains("<multicast enabled=\"false\"/>"), xml);
        assertTrue(xml.contains("<auto-detection enabled=\"false\"/>"), xml);
        assertTrue(xml.contains("<tcp-ip enabled=\"false\"/>"), xml);
        assertNotEquals("hearth", grid.clusterName(), "a single node must not share a name another node could join");
    }

    @Test
    void hearthPortAndGivenFlags() {
        assertEquals("9090", after(Launcher.arguments(Map.of("HEARTH_PORT", "9090"), List.of()), "--port"));
        List<String> given = Launcher.arguments(Map.of("HEARTH_PORT", "9090"), List.of("--port", "18080"));
        assertEquals(1, Collections.frequency(given, "--port"), "a --port on the command line wins");
        assertEquals("18080", after(given, "--port"));
    }

    @Test
    void clustersOnlyWithTheMembersNamedOnTheConfiguredInterfaceAndPort() {
        Map<String, String> env = Map.of("HEARTH_CLUSTER_MEMBERS", "10.0.0.11:6905, 10.0.0.12:6905",
                "HEARTH_CLUSTER_NAME", "hearth-prod", "HEARTH_CLUSTER_INTERFACES", "10.0.0.*", "HEARTH_CLUSTER_PORT", "6905");
        List<String> args = Launcher.arguments(env, List.of());
        assertFalse(args.contains("--nocluster"));
        assertFalse(args.contains("--clustermode"), "the members are in the data grid file, never multicast");
        assertEquals("hearth-prod", after(args, "--clustername"));
        DataGridConfig grid = Launcher.dataGrid(env, List.of(), null).orElseThrow();
        String xml = grid.xml();
        assertTrue(xml.contains("<member>10.0.0.11:6905</member>") && xml.contains("<member>10.0.0.12:6905</member>"), xml);
        assertTrue(xml.contains("<tcp-ip enabled=\"true\">"), xml);
        assertTrue(xml.contains("<interface>10.0.0.*</interface>"), xml);
        assertTrue(xml.contains("<port auto-increment=\"false\" port-count=\"100\">6905</port>"),
                "an explicit port is the port, so the member list maps to the nodes: " + xml);
        assertTrue(xml.contains("<cluster-name>hearth-prod</cluster-name>"), xml);
    }

    @Test
    void hazelcastConfiguredOnTheCommandLineOrByPropertyWinsWhole() {
        assertTrue(Launcher.dataGrid(Map.of(), List.of("--hzconfigfile", "/etc/hz.xml"), null).isEmpty());
        assertTrue(Launcher.dataGrid(Map.of(), List.of("--clustermode", "tcpip:a:1"), null).isEmpty());
        assertTrue(Launcher.dataGrid(Map.of(), List.of(), "/etc/hz.xml").isEmpty());
    }

    @Test
    void namesAreEscapedInTheXml() {
        String xml = Launcher.dataGrid(Map.of("HEARTH_CLUSTER_MEMBERS", "a:1", "HEARTH_CLUSTER_NAME", "x<&\"y"),
                List.of(), null).orElseThrow().xml();
        assertTrue(xml.contains("<cluster-name>x&lt;&amp;&quot;y</cluster-name>"), xml);
    }

    @Test
    void anExplicitNoclusterIsNotDoubled() {
        List<String> args = Launcher.arguments(Map.of(), List.of("--nocluster"));
        assertEquals(1, Collections.frequency(args, "--nocluster"));
    }

    private static String after(List<String> args, String flag) {
        return args.get(args.indexOf(flag) + 1);
    }
}
