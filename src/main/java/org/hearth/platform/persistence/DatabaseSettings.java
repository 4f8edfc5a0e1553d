package org.hearth.platform.persistence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Which database Hearth talks to, derived from {@code HEARTH_DB_URL} (or the embedded H2 file
 * under {@code HEARTH_DATA_DIR}) and the credentials. Kept free of container types so that the
 * config source, the start-up log and the tests all derive the same answer.
 */
public record DatabaseSettings(String url, String user, String password, Path dataDir, Duration connectTimeout,
                               Duration socketTimeout) {

    public static final String DEFAULT_DATA_DIR = "./data";
    /** How long opening a connection to MySQL/MariaDB may take before it counts as unreachable. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /**
     * How long a MySQL/MariaDB connection may wait for an answer: a server that hangs (rather than
     * stops) then fails the request with 503 instead of holding its thread and connection forever.
     */
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Reads the settings through {@code lookup}, which answers a MicroProfile Config name such as
     * {@code hearth.db.url} (or null when unset).
     */
    public static DatabaseSettings from(Function<String, String> lookup) {
        String dir = blankToNull(lookup.apply("hearth.data.dir"));
        Path dataDir = Path.of(dir == null ? DEFAULT_DATA_DIR : dir).toAbsolutePath().normalize();
        String url = blankToNull(lookup.apply("hearth.db.url"));
        return new DatabaseSettings(url == null ? embeddedUrl(dataDir) : url,
                blankToNull(lookup.apply("hearth.db.user")), blankToNull(lookup.apply("hearth.db.password")), dataDir,
                duration(lookup, "hearth.db.connect-timeout", DEFAULT_CONNECT_TIMEOUT),
                duration(lookup, "hearth.db.socket-timeout", DEFAULT_SOCKET_TIMEOUT));
    }

    /** An ISO-8601 duration ({@code PT5S}) or a whole number of seconds. */
    private static Duration duration(Function<String, String> lookup, String name, Duration fallback) {
        String value = blankToNull(lookup.apply(name));
        if (value == null) {
            return fallback;
        }
        try {
            Duration parsed = value.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(value))
                    : Duration.parse(value);
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException(name + " must be longer than zero: " + value);
            }
            return parsed;
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a duration such as PT5S: " + value, e);
        }
    }

    /** Reads system properties first, then environment variables, as MicroProfile Config ranks them. */
    public static DatabaseSettings fromEnvironment() {
        return from(name -> {
            String value = System.getProperty(name);
            // MicroProfile Config's environment rule: every character but letters and digits becomes '_'.
            return value != null ? value : System.getenv(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        });
    }

    static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("db").resolve("hearth").toString().replace('\\', '/')
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE";
    }

    public boolean isMysql() {
        return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
    }

    /** The {@link javax.sql.DataSource} class for this URL. */
    public String dataSourceClass() {
        return isMysql() ? "com.mysql.cj.jdbc.MysqlDataSource" : "org.h2.jdbcx.JdbcDataSource";
    }

    /**
     * The URL with the credentials inside it. {@code @DataSourceDefinition} cannot take an empty
     * password through MicroProfile Config (an empty value counts as missing), and a local
     * MariaDB's root often has none; both drivers read credentials from the URL.
     */
    public String urlWithCredentials() {
        if (isMysql()) {
            String withUser = user == null ? url : append(url, "user=" + encode(user));
            String full = password == null ? withUser : append(withUser, "password=" + encode(password));
            // Hearth stores instants as UTC DATETIMEs and text as utf8mb4. The timeouts bound how long
            // a request waits on a database that stopped or hangs (then it answers 503, see DatabaseOutage).
            String timed = append(append(full, "connectTimeout=" + connectTimeout.toMillis()),
                    "socketTimeout=" + socketTimeout.toMillis());
            return append(append(timed, "connectionTimeZone=UTC"), "characterEncoding=UTF-8");
        }
        String h2 = url;
        if (!h2.toUpperCase().contains(";WRITE_DELAY=")) {
            // H2's MVStore writes commits to its file in the background, every 500 ms by default: a
            // crash (kill -9, out of memory, power) lost writes Hearth had already acknowledged. With
            // no delay every commit reaches the file before the call returns (measured: README).
            h2 += ";WRITE_DELAY=0";
        }
        if (user != null && !url.toUpperCase().contains(";USER=")) {
            h2 += ";USER=" + user;
        }
        if (password != null && !url.toUpperCase().contains(";PASSWORD=")) {
            h2 += ";PASSWORD=" + password;
        }
        return h2;
    }

    /** The URL as it may be logged: without any credentials. */
    public String safeUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String append(String url, String parameter) {
        String name = parameter.substring(0, parameter.indexOf('=') + 1);
        if (url.contains("?" + name) || url.contains("&" + name)) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
