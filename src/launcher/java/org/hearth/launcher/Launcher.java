package org.hearth.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts Payara Micro with Hearth deployed at {@code /}, translating Hearth's environment
 * into Payara Micro's flags. Every flag given on the command line passes through and wins.
 *
 * <p>Payara Micro clusters by multicast on the machine's network by default. Hearth is a
 * single node unless {@code HEARTH_CLUSTER_MEMBERS} names its peers (TCP/IP discovery), and
 * even then its data grid listens only on {@code HEARTH_CLUSTER_INTERFACES} (loopback by default).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String[] payaraArgs = arguments(System.getenv(), List.of(args)).toArray(String[]::new);
        Class.forName("fish.payara.micro.PayaraMicro")
                .getMethod("main", String[].class)
                .invoke(null, (Object) payaraArgs);
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
                args.add("--clustermode");
                args.add("tcpip:" + members.trim());
                args.add("--clustername");
                args.add(env.getOrDefault("HEARTH_CLUSTER_NAME", "hearth"));
            }
        }
        if (!given.contains("--interfaces")) {
            // Even with --nocluster Payara opens a data-grid listener; keep it off the network.
            args.add("--interfaces");
            args.add(env.getOrDefault("HEARTH_CLUSTER_INTERFACES", "127.0.0.1"));
        }
        if (!given.contains("--disablephonehome")) {
            args.add("--disablephonehome");
        }
        args.addAll(given);
        return args;
    }
}
