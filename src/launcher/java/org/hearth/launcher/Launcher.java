package org.hearth.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts Payara Micro with Hearth deployed at {@code /}, translating Hearth's environment
 * into Payara Micro's flags. Every flag given on the command line passes through and wins.
 *
 * <p>Payara Micro clusters by multicast on the machine's network by default. Hearth is a
 * single node unless {@code HEARTH_CLUSTER_MEMBERS} names its peers (TCP/IP discovery), and
 * either way its data grid listens only on {@code HEARTH_CLUSTER_INTERFACES} (loopback by
 * default): see {@link DataGridConfig}, which this launcher writes and hands to Payara.
 */
public final class Launcher {

    /**
     * Run before Payara Micro boots, unless the command line brings its own {@code --prebootcommandfile}
     * (then that file should say the same): no {@code Server: Payara Micro #badassfish} and no
     * {@code X-Powered-By} on any response, since naming the server and its version only helps an
     * attacker. Micro's default domain.xml already turns X-Powered-By off; it is repeated so no
     * default can bring it back.
     */
    static final List<String> PREBOOT_COMMANDS = List.of(
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.server-header=false",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.xpowered-by=false",
            "set configs.config.server-config.network-config.protocols.protocol.https-listener.http.server-header=false",
            "set configs.config.server-config.network-config.protocols.protocol.https-listener.http.xpowered-by=false");

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        List<String> given = List.of(args);
        Optional<DataGridConfig> grid = dataGrid(System.getenv(), given, System.getProperty("hazelcast.config"));
        if (grid.isPresent()) {
            Path file = Files.createTempFile("hearth-datagrid-", ".xml");
            file.toFile().deleteOnExit();
            Files.writeString(file, grid.get().xml(), StandardCharsets.UTF_8);
            // Payara Micro runs in this JVM and reads the file named by this property (HazelcastCore).
            System.setProperty("hazelcast.config", file.toString());
        }
        List<String> flags = new ArrayList<>(given);
        if (!given.contains("--prebootcommandfile")) {
            Path commands = Files.createTempFile("hearth-preboot-", ".asadmin");
            commands.toFile().deleteOnExit();
            Files.writeString(commands, String.join("\n", PREBOOT_COMMANDS) + "\n", StandardCharsets.UTF_8);
            flags.add("--prebootcommandfile");
            flags.add(commands.toString());
        }
        String[] payaraArgs = arguments(System.getenv(), flags).toArray(String[]::new);
        Class.forName("fish.payara.micro.PayaraMicro")
                .getMethod("main", String[].class)
                .invoke(null, (Object) payaraArgs);
    }

    /**
     * The data grid Hearth configures, unless the command line or a {@code hazelcast.config}
     * property already configures Hazelcast itself (then theirs wins, whole).
     */
    static Optional<DataGridConfig> dataGrid(Map<String, String> env, List<String> given, String hazelcastConfig) {
        boolean configuredElsewhere = given.contains("--hzconfigfile") || given.contains("--clustermode")
                || (hazelcastConfig != null && !hazelcastConfig.isBlank());
        return configuredElsewhere ? Optional.empty() : Optional.of(DataGridConfig.from(env));
    }

    /** The Payara Micro arguments for this environment and command line. */
    static List<String> arguments(Map<String, String> env, List<String> given) {
        List<String> args = new ArrayList<>();
        String port = env.get("HEARTH_PORT");
        if (!given.contains("--port")) {
            args.add("--port");
            args.add(port == null || port.isBlank() ? "8080" : port.trim());
        }
        String members = env.get("HEARTH_CLUSTER_MEMBERS");
        boolean clusterOnCommandLine = given.contains("--clustermode") || given.contains("--nocluster");
        if (!clusterOnCommandLine) {
            if (members == null || members.isBlank()) {
                args.add("--nocluster");
            } else {
                // The members, interface and port are in the data grid file (DataGridConfig); the
                // name is repeated here for Payara's own view of the cluster.
                args.add("--clustername");
                args.add(env.getOrDefault("HEARTH_CLUSTER_NAME", "hearth"));
            }
        }
        if (!given.contains("--disablephonehome")) {
            args.add("--disablephonehome");
        }
        args.addAll(given);
        return args;
    }
}
