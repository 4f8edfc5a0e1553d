package org.hearth.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The TCP sockets a process listens on, read from Linux's {@code /proc} (the process's socket
 * inodes matched against {@code /proc/net/tcp} and {@code tcp6}), so a test sees exactly what
 * {@code ss -ltnp} would show, without depending on the tool.
 */
public final class ListeningSockets {

    private static final String LISTEN = "0A";

    /** One listening socket. */
    public record Socket(InetAddress address, int port) {
        public boolean loopbackOnly() {
            return address.isLoopbackAddress() || isMappedLoopback();
        }

        private boolean isMappedLoopback() {
            byte[] bytes = address.getAddress();
            return bytes.length == 16 && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff && bytes[12] == 127;
        }

        @Override
        public String toString() {
            return address.getHostAddress() + ":" + port;
        }
    }

    private ListeningSockets() {
    }

    public static List<Socket> of(long pid) {
        Set<String> inodes = socketInodes(pid);
        List<Socket> sockets = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc", String.valueOf(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                    String[] columns = line.trim().split("\\s+");
                    if (columns[3].equals(LISTEN) && inodes.contains(columns[9])) {
                        sockets.add(socket(columns[1]));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sockets;
    }

    private static Set<String> socketInodes(long pid) {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // The descriptor closed while we looked: not a listener.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }

    /** {@code 0100007F:1AF4} (little-endian words) to an address and port. */
    private static Socket socket(String local) {
        String[] parts = local.split(":");
        String hex = parts[0];
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = word * 8 + (3 - b) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            return new Socket(InetAddress.getByAddress(bytes), Integer.parseInt(parts[1], 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
