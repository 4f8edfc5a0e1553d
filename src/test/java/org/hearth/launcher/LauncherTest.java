package org.hearth.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {

    @Test
    void singleNodeOnPort8080WithTheDataGridOnLoopbackByDefault() {
        List<String> args = Launcher.arguments(Map.of(), List.of());
        assertTrue(args.contains("--nocluster"), args::toString);
        assertEquals("8080", args.get(args.indexOf("--port") + 1));
        assertEquals("127.0.0.1", args.get(args.indexOf("--interfaces") + 1));
        assertFalse(args.contains("--clustermode"));
    }

    @Test
    void hearthPortAndGivenFlags() {
        assertEquals("9090", after(Launcher.arguments(Map.of("HEARTH_PORT", "9090"), List.of()), "--port"));
        List<String> given = Launcher.arguments(Map.of("HEARTH_PORT", "9090"), List.of("--port", "18080"));
        assertEquals(1, Collections.frequency(given, "--port"), "a --port on the command line wins");
        assertEquals("18080", after(given, "--port"));
    }

    @Test
    void clustersOnlyWithTheMembersNamed() {
        List<String> args = Launcher.arguments(Map.of("HEARTH_CLUSTER_MEMBERS", "127.0.0.1:6900,127.0.0.1:6901",
                "HEARTH_CLUSTER_NAME", "hearth-prod"), List.of());
        assertFalse(args.contains("--nocluster"));
        assertEquals("tcpip:127.0.0.1:6900,127.0.0.1:6901", after(args, "--clustermode"));
        assertEquals("hearth-prod", after(args, "--clustername"));
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
