package org.hearth.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real {@code target/hearth.jar}, started as a subprocess on a free port with a scratch data
 * folder and clustering off, exactly as a user starts it. Each named server boots once per test
 * run (integration tests share the JVM) and stops when the run ends.
 */
public final class HearthServer {

    public static final String ADMIN_EMAIL = "it-admin@example.org";
    public static final String ADMIN_PASSWORD = "It-Harbour-Willow-9k!";
    public static final String EXIT_URL = "http://exit.invalid/";
    /** Start-up (Payara Micro unpacking and deploying) takes far longer than any page: 180 s at the default patience. */
    private static final Duration START_LIMIT = Patience.times(12);
    private static final Map<String, HearthServer> RUNNING = new ConcurrentHashMap<>();

    private final Process process;
    private final URI base;
    private final Path log;
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Patience.PATIENCE).build();
    private String token;

    private HearthServer(Process process, URI base, Path log, Map<String, String> environment) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.environment = Map.copyOf(environment);
    }

    /**
     * The shared server on embedded H2 with the sample content; media uploads are limited to 8 MB
     * (instead of 200) so that the limit can be tested without sending hundreds of megabytes.
     */
    public static HearthServer embedded() {
        return named("h2", Map.of("HEARTH_MEDIA_MAX_BYTES", "8000000"));
    }

    /** A server named {@code name} (one per run) with these extra environment variables. */
    public static synchronized HearthServer named(String name, Map<String, String> environment) {
        return RUNNING.computeIfAbsent(name, n -> start(n, environment));
    }

    private static HearthServer start(String name, Map<String, String> environment) {
        try {
            Path work = Path.of(System.getProperty("hearth.test.workDir", "target/it")).toAbsolutePath()
                    .resolve(name + "-" + System.currentTimeMillis());
            Files.createDirectories(work);
            return launch(work, freePort(), environment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A server of the calling test's own (not shared, not reused), e.g. one the test kills; the
     * caller stops it.
     */
    public static HearthServer own(String name, Map<String, String> environment) {
        return start(name + "-own", environment);
    }

    private static HearthServer launch(Path work, int port, Map<String, String> environment) throws IOException {
        Path jar = Path.of(System.getProperty("hearth.test.jar", "target/hearth.jar")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar.toString(),
                "--port", String.valueOf(port)));
        if (!environment.containsKey("HEARTH_CLUSTER_MEMBERS")) {
            // Clustering stays off unless a test configures a loopback cluster on purpose.
            command.add("--nocluster");
        }
        Path log = work.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("HEARTH_"));
        env.put("HEARTH_DATA_DIR", work.resolve("data").toString());
        env.put("HEARTH_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("HEARTH_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("HEARTH_BASE_URL", "http://127.0.0.1:" + port);
        env.put("HEARTH_EXIT_URL", EXIT_URL);
        env.put("HEARTH_SEED_CONTENT", Path.of(System.getProperty("hearth.test.contentDir", "content")).toAbsolutePath().toString());
        env.putAll(environment);
        HearthServer server = new HearthServer(builder.start(), URI.create("http://127.0.0.1:" + port), log, environment);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        server.awaitHealthy();
        return server;
    }

    /** Kills the process at once (SIGKILL on Linux), as a crash would: no shutdown hook, no flush. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new process on the same port, data folder and settings (after {@link #kill} or {@link #stop}). */
    public HearthServer restart() {
        try {
            return launch(log.getParent(), base.getPort(), environment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() {
        try {
            Patience.until("Hearth to answer /health", START_LIMIT, () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Hearth exited during start-up:\n" + logTail());
                }
                return get("/health").statusCode();
            }, status -> status == 200, e -> e instanceof UncheckedIOException, () -> "");
        } catch (AssertionError notHealthy) {
            stop();
            throw new IllegalStateException("Hearth did not become healthy within " + START_LIMIT + ":\n" + logTail(), notHealthy);
        }
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's process id, e.g. to see what it listens on. */
    public long pid() {
        return process.pid();
    }

    /** The server's data folder (database, search index, outbox…). */
    public Path dataDir() {
        return log.getParent().resolve("data");
    }

    public URI base() {
        return base;
    }

    public String url(String path) {
        return base + path;
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), headers);
    }

    public HttpResponse<String> send(String method, String path, String json, String... headers) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).method(method, body);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request, headers);
    }

    /** Sends as the bootstrap admin, with a bearer token issued once per server. */
    public HttpResponse<String> asAdmin(String method, String path, String json) {
        return send(method, path, json, "Authorization", "Bearer " + adminToken());
    }

    public synchronized String adminToken() {
        if (token == null) {
            HttpResponse<String> issued = send("POST", "/api/v1/auth/tokens",
                    "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
            if (issued.statusCode() != 201) {
                throw new IllegalStateException("Cannot sign in as the admin: " + issued.statusCode() + " " + issued.body());
            }
            token = Json.object(issued.body()).getString("token");
        }
        return token;
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.timeout(Patience.times(2)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
