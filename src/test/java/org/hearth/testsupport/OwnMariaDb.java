package org.hearth.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A MariaDB server of the calling test's own — {@code mariadbd} with its own data folder, port and
 * socket, never the machine's shared server — that the test may stop and start again. Without
 * MariaDB's binaries the test is skipped loudly, unless {@code hearth.test.requireMysql} is true.
 * {@link #close} kills the server and deletes its folder, whatever happened.
 */
public final class OwnMariaDb implements AutoCloseable {

    private static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL = Path.of("/usr/bin/mariadb-install-db");

    private final Path folder;
    private final int port;
    private Process process;

    private OwnMariaDb(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    /** Initializes a data folder and starts the server on a free port, with an empty database {@code hearth}. */
    public static OwnMariaDb start() {
        if (!Files.isExecutable(SERVER) || !Files.isExecutable(INSTALL)) {
            String message = "MariaDB outage test NOT RUN: " + SERVER + " or " + INSTALL
                    + " is missing (apt-get install mariadb-server); CI requires it.";
            if (TestDatabases.mysqlRequired()) {
                throw new AssertionError(message);
            }
            System.err.println("\n*** " + message + " ***\n");
            Assumptions.abort(message);
        }
        OwnMariaDb db;
        try {
            // In the system's temporary folder: a socket path must stay under 108 characters.
            db = new OwnMariaDb(Files.createTempDirectory("hearth-mariadb-"), freePort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        try {
            db.install();
            db.startAgain();
            db.execute("CREATE DATABASE hearth CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return db;
        } catch (RuntimeException | Error e) {
            db.close();
            throw e;
        }
    }

    /** The JDBC URL of the {@code hearth} database, as Hearth's {@code HEARTH_DB_URL}. */
    public String hearthUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/hearth?user=root";
    }

    /** Starts {@code mariadbd} on the same data folder and port, and waits until it answers. */
    public void startAgain() {
        List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--no-defaults",
                "--datadir=" + folder.resolve("data"), "--port=" + port, "--bind-address=127.0.0.1",
                "--socket=" + folder.resolve("sock"), "--pid-file=" + folder.resolve("pid"),
                // A test instance: nobody else can reach it, and the outage is the point, not the accounts.
                "--skip-grant-tables", "--innodb-buffer-pool-size=32M", "--skip-log-bin"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("mariadbd.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Patience.until("the test's own MariaDB to answer on port " + port, Patience.times(2), () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited:\n" + log());
            }
            try (Connection ignored = DriverManager.getConnection(serverUrl())) {
                return true;
            } catch (SQLException e) {
                return false;
            }
        }, answered -> answered, e -> false, this::log);
    }

    /** Stops the server as an operator or a crash of the host would (SIGTERM), and waits until it is gone. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                System.err.println("Could not delete " + folder + ": " + e.getMessage());
            }
        }
    }

    private void install() {
        try {
            Process install = new ProcessBuilder(INSTALL.toString(), "--no-defaults", "--datadir=" + folder.resolve("data"),
                    "--auth-root-authentication-method=normal", "--skip-test-db").redirectErrorStream(true)
                    .redirectOutput(folder.resolve("install.log").toFile()).start();
            if (!install.waitFor(Patience.times(4).toSeconds(), TimeUnit.SECONDS) || install.exitValue() != 0) {
                install.destroyForcibly();
                throw new IllegalStateException("mariadb-install-db failed:\n" + Files.readString(folder.resolve("install.log")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl()); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/?user=root&connectTimeout=" + Duration.ofSeconds(2).toMillis();
    }

    private String log() {
        try {
            Path log = folder.resolve("mariadbd.log");
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
