import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak's load (run by bench/soak.sh, JDK only: {@code java bench/Soak.java BASE EMAIL PASSWORD
 * SECONDS CONNECTIONS}). CONNECTIONS workers on loopback: most read (cached and uncached pages,
 * the API, search, the feed), a few author (save drafts; create, approve and publish stories), one
 * withdraws a consent every few seconds. Every withdrawn story must answer 410 on its page and its
 * API from the moment the withdrawal returned: readers keep asking for them and count anything
 * else as a leak. Prints errors and p50/p99 per request kind; exits 1 on any error or leak.
 */
public class Soak {

    // HTTP/1.1: one connection per worker, as the soak means (HTTP/2 would multiplex every worker on one).
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String auth;
    static final Map<String, List<Long>> LATENCIES = new ConcurrentHashMap<>();
    static final Map<String, AtomicLong> ERRORS = new ConcurrentHashMap<>();
    static final List<String> SAMPLES = Collections.synchronizedList(new ArrayList<>());
    static final List<String> PUBLISHED = new CopyOnWriteArrayList<>();
    static final List<String> WITHDRAWN = new CopyOnWriteArrayList<>();
    static final AtomicLong LEAKS = new AtomicLong();
    static final String[] WORDS = {"nurse", "work", "help", "signs", "youth", "travail", "aide"};

    record Answer(int status, String body) {
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        if (!base.startsWith("http://127.0.0.1:") && !base.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        long seconds = Long.parseLong(args[3]);
        int connections = Integer.parseInt(args[4]);
        Answer token = call("setup", "POST", "/api/v1/auth/tokens",
                "{\"email\":\"" + args[1] + "\",\"password\":\"" + args[2] + "\"}", 201);
        auth = "Bearer " + field(token.body(), "token");
        PUBLISHED.addAll(englishSlugs(call("setup", "GET", "/api/v1/stories?limit=100", null, 200).body()));
        String org = field(call("setup", "GET", "/api/v1/studio/projects", null, 200).body(), "organization");
        String project = field(call("setup", "GET", "/api/v1/studio/projects", null, 200).body(), "slug");
        LATENCIES.clear();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int authors = Math.max(1, connections / 25);
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        pool.submit(() -> withdrawals(end, org, project));
        for (int i = 0; i < authors; i++) {
            int n = i;
            pool.submit(() -> author(end, org, project, n));
        }
        for (int i = 0; i < connections - authors - 1; i++) {
            long seed = i;
            pool.submit(() -> reader(end, new Random(seed)));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        report(seconds, connections, authors);
    }

    static void reader(long end, Random random) {
        while (System.nanoTime() < end) {
            try {
                int dice = random.nextInt(100);
                String slug = PUBLISHED.get(random.nextInt(PUBLISHED.size()));
                if (dice < 40) {
                    call("page-cached", "GET", "/en/stories/" + slug, null, 200, 410);
                } else if (dice < 50) {
                    call("page-uncached", "GET", "/en/search?q=" + WORDS[random.nextInt(WORDS.length)], null, 200);
                } else if (dice < 70) {
                    call("api-read", "GET", random.nextBoolean() ? "/api/v1/stories?limit=10" : "/api/v1/stories/" + slug,
                            null, 200, 410);
                } else if (dice < 80) {
                    call("search", "GET", "/api/v1/search?q=" + WORDS[random.nextInt(WORDS.length)], null, 200);
                } else if (dice < 85) {
                    call("feed", "GET", "/feeds/stories.atom", null, 200);
                } else if (!WITHDRAWN.isEmpty()) {
                    String gone = WITHDRAWN.get(random.nextInt(WITHDRAWN.size()));
                    expectGone("/en/stories/" + gone);
                    expectGone("/api/v1/stories/" + gone);
                }
            } catch (RuntimeException e) {
                error("reader", e.toString());
            }
        }
    }

    /** Saves a draft again and again; every tenth round takes a new story through to published. */
    static void author(long end, String org, String project, int n) {
        int round = 0;
        String id = null;
        long version = 0;
        while (System.nanoTime() < end) {
            try {
                if (id == null || round % 10 == 0) {
                    PUBLISHED.addAll(englishSlugs(publish(org, project, null, "Soak author " + n + " round " + round)));
                    Answer draft = call("author-create", "POST", "/api/v1/studio/stories",
                            story(org, project, null, "Soak draft " + n + " " + round, ""), 201);
                    id = field(draft.body(), "id");
                    version = Long.parseLong(field(draft.body(), "version"));
                }
                Answer saved = call("author-save", "PUT", "/api/v1/studio/stories/" + id,
                        story(org, project, null, "Soak draft " + n + " saved " + round, ",\"version\":" + version), 200);
                version = Long.parseLong(field(saved.body(), "version"));
                round++;
            } catch (RuntimeException e) {
                error("author", e.toString());
                id = null;
            }
        }
    }

    /** A consent, a story published under it, then the consent withdrawn: every few seconds. */
    static void withdrawals(long end, String org, String project) {
        while (System.nanoTime() < end) {
            try {
                long started = System.nanoTime();
                String consent = field(call("consent-create", "POST", "/api/v1/studio/consents", consent(org), 201).body(), "id");
                String slug = englishSlugs(publish(org, project, consent, "Soak withdrawal " + System.nanoTime())).get(0);
                PUBLISHED.add(slug);
                call("page-cached", "GET", "/en/stories/" + slug, null, 200);
                call("withdrawal", "POST", "/api/v1/studio/consents/" + consent + "/withdrawal", "{\"scope\":\"full\"}", 200);
                // From the moment the withdrawal returned, nothing but 410.
                WITHDRAWN.add(slug);
                expectGone("/en/stories/" + slug);
                expectGone("/api/v1/stories/" + slug);
                long left = TimeUnit.SECONDS.toNanos(3) - (System.nanoTime() - started);
                if (left > 0) {
                    TimeUnit.NANOSECONDS.sleep(left);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                error("withdrawal", e.toString());
            }
        }
    }

    static void expectGone(String path) {
        Answer answer = call("withdrawn-check", "GET", path, null, 200, 404, 410);
        if (answer.status() != 410) {
            LEAKS.incrementAndGet();
            sample("LEAK: " + path + " answered " + answer.status() + " after its withdrawal returned");
        }
    }

    static String publish(String org, String project, String consent, String title) {
        String kind = consent == null ? "" : ",\"kind\":\"lived-experience\"";
        String body = story(org, project, consent, title, kind);
        String story = call("author-create", "POST", "/api/v1/studio/stories", body, 201).body();
        String id = field(story, "id");
        call("author-publish", "POST", "/api/v1/studio/stories/" + id + "/transitions", "{\"action\":\"submit\"}", 200);
        if (consent != null) {
            String version = field(call("author-publish", "GET", "/api/v1/studio/stories/" + id, null, 200).body(), "version");
            call("author-publish", "POST", "/api/v1/studio/stories/" + id + "/storyteller-approval", "{\"version\":" + version + "}", 200, 201);
        }
        call("author-publish", "POST", "/api/v1/studio/stories/" + id + "/transitions", "{\"action\":\"approve\"}", 200);
        return call("author-publish", "POST", "/api/v1/studio/stories/" + id + "/transitions", "{\"action\":\"publish\"}", 200).body()
                .replaceFirst("^", "{\"id\":\"" + id + "\",");
    }

    static String story(String org, String project, String consent, String title, String extra) {
        String kind = extra.contains("\"kind\"") ? "" : ",\"kind\":\"composite\"";
        return "{\"organization\":\"" + org + "\",\"project\":\"" + project + "\",\"lang\":\"en\",\"title\":\"" + title
                + "\",\"summary\":\"Soak.\",\"body\":\"Soak body.\",\"audiences\":[\"youth\"],\"topics\":[],\"contentNotes\":[]"
                + ",\"attribution\":{\"type\":\"anonymous\"},\"consent\":" + (consent == null ? "null" : "\"" + consent + "\"")
                + kind + extra + "}";
    }

    static String consent(String org) {
        LocalDate today = LocalDate.now();
        return "{\"organization\":\"" + org + "\",\"storyteller\":\"soak\",\"obtainedBy\":\"soak\",\"obtainedOn\":\"" + today
                + "\",\"language\":\"en\",\"channels\":{\"website\":true},\"identification\":{\"name\":\"anonymous\",\"face\":\"none\","
                + "\"voice\":\"none\"},\"languages\":[\"en\"],\"audiences\":[\"youth\"],\"expiresOn\":\"" + today.plusYears(1)
                + "\",\"descriptor\":\"none\",\"compensation\":{\"status\":\"none\"}}";
    }

    /** One request, timed under {@code kind}; a status not in {@code expected} counts as an error (and throws for setup). */
    static Answer call(String kind, String method, String path, String json, int... expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (path.startsWith("/api/v1/studio/")) {
            request.header("Authorization", auth);
        }
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            error(kind, method + " " + path + ": " + e);
            throw new IllegalStateException(e);
        }
        LATENCIES.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(System.nanoTime() - started);
        for (int status : expected) {
            if (response.statusCode() == status) {
                return new Answer(response.statusCode(), response.body());
            }
        }
        String body = response.body();
        error(kind, method + " " + path + " -> " + response.statusCode() + " " + body.substring(0, Math.min(200, body.length())));
        throw new IllegalStateException(kind + " answered " + response.statusCode());
    }

    static void error(String kind, String what) {
        ERRORS.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        sample(kind + ": " + what);
    }

    static void sample(String what) {
        if (SAMPLES.size() < 20) {
            SAMPLES.add(what);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json.substring(0, Math.min(200, json.length())));
        }
        return m.group(1);
    }

    /** The slugs of the English story pages a story or a list links to (its {@code url}s). */
    static List<String> englishSlugs(String json) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\"url\"\\s*:\\s*\"[^\"]*/en/stories/([^\"/]+)\"").matcher(json);
        while (m.find()) {
            found.add(m.group(1));
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no English story url in " + json.substring(0, Math.min(200, json.length())));
        }
        return found;
    }

    static void report(long seconds, int connections, int authors) {
        long errors = ERRORS.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("soak: %d s, %d connections (%d readers, %d authors, 1 withdrawer)%n",
                seconds, connections, connections - authors - 1, authors);
        System.out.printf("%-16s %9s %9s %9s%n", "kind", "requests", "p50 ms", "p99 ms");
        new TreeMap<>(LATENCIES).forEach((kind, list) -> {
            List<Long> sorted;
            synchronized (list) {
                sorted = new ArrayList<>(list);
            }
            Collections.sort(sorted);
            System.out.printf("%-16s %9d %9.1f %9.1f%n", kind, sorted.size(), percentile(sorted, 50), percentile(sorted, 99));
        });
        System.out.printf("errors: %d %s%n", errors, ERRORS);
        System.out.printf("withdrawals: %d, every one 410 from the moment it returned: %s (leaks %d)%n",
                WITHDRAWN.size(), LEAKS.get() == 0 ? "yes" : "NO", LEAKS.get());
        SAMPLES.forEach(s -> System.out.println("  " + s));
        if (errors > 0 || LEAKS.get() > 0) {
            System.exit(1);
        }
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }
}
