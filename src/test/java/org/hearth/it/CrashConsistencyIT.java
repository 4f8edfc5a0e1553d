package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Nothing Hearth acknowledged is lost when its process dies. The real jar runs on H2 and on
 * MariaDB; concurrent workers drive a burst of story saves, workflow transitions (publishing
 * included), consents with evidence and storyteller approvals (recorded and through private
 * review links), consent withdrawals and member changes through the API, and the process is
 * killed with SIGKILL at a random moment (seeded; the seed is printed). After each restart every
 * acknowledged write must be there with its version, nothing half-applied (a story and its latest
 * revision, a transition and its audit event, a withdrawal and its takedown record, an evidence
 * file and its row), no public story without a consent that covers it, and everything withdrawn
 * answering 410.
 *
 * <p>{@code -Dhearth.test.crashRounds=N} (default 2 per database) and {@code -Dhearth.test.seed}
 * for a longer run or a replay.
 */
class CrashConsistencyIT {

    static final int ROUNDS = Integer.getInteger("hearth.test.crashRounds", 2);
    static final int WORKERS = 4;
    static final String ORGANIZATION = "northern-lantern";
    static final List<String> TRANSITIONS = List.of("submit", "approve", "publish", "unpublish", "request-changes");

    @Test
    void acknowledgedWritesSurviveKillsOnEmbeddedH2() {
        // -Dhearth.test.crashH2Url='jdbc:h2:file:./data/db/hearth;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;WRITE_DELAY=500'
        // shows the test catching the writes H2's default background commit loses.
        String url = System.getProperty("hearth.test.crashH2Url", "");
        crashAndCheck("crash-h2", url.isBlank() ? Map.of() : Map.of("HEARTH_DB_URL", url));
    }

    @Test
    void acknowledgedWritesSurviveKillsOnMariadb() throws Exception {
        String server = TestDatabases.mysqlServer();
        String database = TestDatabases.createMysqlDatabase(server);
        try {
            crashAndCheck("crash-mariadb", Map.of("HEARTH_DB_URL", database));
        } finally {
            TestDatabases.dropMysqlDatabase(server, database);
        }
    }

    private void crashAndCheck(String name, Map<String, String> environment) {
        long seed = Long.getLong("hearth.test.seed", System.nanoTime());
        System.out.println("CrashConsistencyIT " + name + " seed " + seed + ", " + ROUNDS + " rounds");
        Random random = new Random(seed);
        HearthServer server = HearthServer.own(name, environment);
        String firstToken = server.adminToken();
        List<Worker> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            workers.add(new Worker(w, new Random(random.nextLong())));
        }
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                HearthServer current = server;
                String token = current.adminToken();
                List<Thread> threads = workers.stream()
                        .map(w -> new Thread(() -> w.burst(current, token, failures), name + "-worker-" + w.number)).toList();
                threads.forEach(Thread::start);
                sleep(2_500 + random.nextInt(4_000));
                // On a slow machine the first round waits (with a deadline) until something was published,
                // so the leak rule is always exercised; the kill still lands at a moment the test did not choose.
                long deadline = System.nanoTime() + 90_000_000_000L;
                while (round == 1 && workers.stream().mapToInt(w -> w.publications).sum() == 0 && System.nanoTime() < deadline) {
                    sleep(200);
                }
                server.kill();
                for (Thread thread : threads) {
                    thread.join(60_000);
                }
                server = server.restart();
                String context = name + " round " + round + " (seed " + seed + ")";
                for (Worker worker : workers) {
                    worker.check(server, context, failures);
                }
                checkPublicInvariant(server, context, failures);
                checkEvidenceFolder(server, workers, context, failures);
                HttpResponse<String> old = server.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/studio/stories?limit=1"))),
                        "Authorization", "Bearer " + firstToken);
                if (old.statusCode() != 200) {
                    failures.add(context + ": the token issued before the crashes no longer works: " + old.statusCode());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop();
        }
        int acknowledged = workers.stream().mapToInt(w -> w.acknowledged.get()).sum();
        int withdrawals = workers.stream().mapToInt(w -> w.withdrawals).sum();
        int publications = workers.stream().mapToInt(w -> w.publications).sum();
        int assets = workers.stream().mapToInt(w -> w.media.size()).sum();
        System.out.println("CrashConsistencyIT " + name + ": " + acknowledged + " acknowledged writes, " + publications
                + " publications, " + withdrawals + " withdrawals, " + assets + " media uploads, " + failures.size() + " failures");
        assertEquals(List.of(), failures, "after SIGKILL and restart (seed " + seed + ")");
        assertTrue(acknowledged >= 20 * ROUNDS, "the burst barely wrote anything (" + acknowledged + "): the property was not exercised");
        assertTrue(publications > 0, "nothing was published: the leak rule was not exercised");
    }

    /** Every public lived-experience story has a consent that is active (the gate's rule, after recovery too). */
    private static void checkPublicInvariant(HearthServer server, String context, List<String> failures) {
        Map<String, String> consentBySlug = new HashMap<>();
        for (JsonObject story : all(server, "/api/v1/studio/stories?status=published&limit=100", true)) {
            consentBySlug.put(story.getString("slug"), story.isNull("consent") ? null : story.getString("consent"));
        }
        for (JsonObject item : all(server, "/api/v1/stories?limit=100", false)) {
            if (!"lived-experience".equals(item.getString("kind"))) {
                continue;
            }
            String consent = consentBySlug.get(item.getString("slug"));
            String status = consent == null ? "none"
                    : Json.object(server.asAdmin("GET", "/api/v1/studio/consents/" + consent, null).body()).getString("status");
            if (!status.equals("active")) {
                failures.add(context + ": public lived-experience story " + item.getString("slug") + " has consent " + consent + " " + status);
            }
        }
    }

    /** One file per consent with evidence (the sample has none), and no temporary or orphaned file left by the crash. */
    private static void checkEvidenceFolder(HearthServer server, List<Worker> workers, String context, List<String> failures) {
        long withEvidence = workers.stream().flatMap(w -> w.consents.stream()).filter(c -> c.evidence != null).count();
        Path folder = server.dataDir().resolve("evidence");
        List<String> names = List.of();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                names = files.map(f -> f.getFileName().toString()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (names.stream().anyMatch(n -> !n.endsWith(".sealed")) || names.size() != withEvidence) {
            failures.add(context + ": the evidence folder holds " + names + " for " + withEvidence + " consents with evidence");
        }
    }

    /** Every item of a paged list. */
    static List<JsonObject> all(HearthServer server, String path, boolean asAdmin) {
        List<JsonObject> items = new ArrayList<>();
        String cursor = null;
        do {
            String page = path + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> response = asAdmin ? server.asAdmin("GET", page, null) : server.get(page);
            items.addAll(Json.items(response.body()));
            JsonObject body = Json.object(response.body());
            cursor = body.isNull("next") ? null : body.getString("next");
        } while (cursor != null);
        return items;
    }

    /** What one worker wrote and was told, and what it may have written when the process died. */
    static final class Worker {
        final int number;
        final Random random;
        final List<StoryModel> stories = new ArrayList<>();
        final List<ConsentModel> consents = new ArrayList<>();
        /** Media assets acknowledged (201), by id, with the SHA-256 of the bytes sent. */
        final Map<String, String> media = new java.util.concurrent.ConcurrentHashMap<>();
        final AtomicInteger acknowledged = new AtomicInteger();
        MemberModel member;
        volatile int withdrawals;
        volatile int publications;
        private HearthServer server;
        private String token;

        Worker(int number, Random random) {
            this.number = number;
            this.random = random;
        }

        void burst(HearthServer server, String token, List<String> failures) {
            this.server = server;
            this.token = token;
            try {
                while (true) {
                    step(failures);
                }
            } catch (UncheckedIOException | IllegalStateException killed) {
                // The process died under this call: its outcome is unknown, marked before it was sent.
            }
        }

        private void step(List<String> failures) {
            List<StoryModel> live = stories.stream().filter(s -> !s.takenDown).toList();
            int dice = random.nextInt(100);
            if (member == null) {
                addMember(failures);
            } else if (live.size() < 2 || dice < 10) {
                createGuidance(failures);
            } else if (dice < 18) {
                createLivedExperience(failures);
            } else if (dice < 45) {
                save(live.get(random.nextInt(live.size())), failures);
            } else if (dice < 82) {
                // Half the time a story with a consent moves on, so withdrawals find something public.
                List<StoryModel> consented = live.stream().filter(s -> s.consent != null).toList();
                List<StoryModel> from = !consented.isEmpty() && random.nextBoolean() ? consented : live;
                transition(from.get(random.nextInt(from.size())), failures);
            } else if (dice < 85) {
                uploadEvidence(failures);
            } else if (dice < 87) {
                uploadMedia(failures);
            } else if (dice < 91) {
                changeRole(failures);
            } else {
                withdraw(failures);
            }
        }

        private void addMember(List<String> failures) {
            String email = "crash-" + number + "-" + System.nanoTime() + "@example.org";
            HttpResponse<String> added = call("POST", "/api/v1/studio/organizations/" + ORGANIZATION + "/members",
                    "{\"email\":\"" + email + "\",\"role\":\"AUTHOR\"}", null);
            if (expect(added, 201, "add member", failures)) {
                JsonObject json = Json.object(added.body());
                member = new MemberModel(json.getString("id"), json.getString("role"), json.getInt("version"));
            }
        }

        private void changeRole(List<String> failures) {
            String role = member.role.equals("AUTHOR") ? "EDITOR" : "AUTHOR";
            member.uncertain = true;
            HttpResponse<String> changed = call("PUT", "/api/v1/studio/organizations/" + ORGANIZATION + "/members/" + member.id,
                    "{\"role\":\"" + role + "\",\"version\":" + member.version + "}", null);
            if (expect(changed, 200, "change role", failures)) {
                JsonObject json = Json.object(changed.body());
                member.role = json.getString("role");
                member.version = json.getInt("version");
            }
            member.uncertain = false;
        }

        private void createGuidance(List<String> failures) {
            create("guidance", null, failures);
        }

        private void createLivedExperience(List<String> failures) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            HttpResponse<String> created = call("POST", "/api/v1/studio/consents",
                    StudioClient.consentJson(List.of("youth"), List.of("en"), today.minusDays(1), today.plusYears(1)), null);
            if (!expect(created, 201, "record consent", failures)) {
                return;
            }
            ConsentModel consent = new ConsentModel(Json.object(created.body()).getString("id"));
            consents.add(consent);
            StoryModel story = create("lived-experience", consent.id, failures);
            if (story == null) {
                return;
            }
            consent.stories.add(story);
            if (random.nextBoolean()) {
                HttpResponse<String> approval = call("POST", "/api/v1/studio/stories/" + story.id + "/storyteller-approval",
                        "{\"version\":" + story.version + ",\"note\":\"By phone.\"}", null);
                expect(approval, 201, "record storyteller approval", failures);
            } else {
                HttpResponse<String> link = call("POST", "/api/v1/studio/stories/" + story.id + "/review-links", null, null);
                if (expect(link, 201, "create review link", failures)) {
                    String url = Json.object(link.body()).getString("url");
                    String reviewToken = url.substring(url.lastIndexOf('/') + 1);
                    HttpResponse<String> decided = server.send(HttpRequest.newBuilder(
                            URI.create(server.url("/api/v1/review/" + reviewToken + "/decision")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("version=" + story.version + "&decision=approved")));
                    expect(decided, 303, "approve through the review link", failures);
                }
            }
        }

        private StoryModel create(String kind, String consent, List<String> failures) {
            String title = "Crash " + kind + " " + number + "-" + random.nextInt(1_000_000);
            HttpResponse<String> created = call("POST", "/api/v1/studio/stories",
                    StudioClient.storyJson(kind, title, "A body for the crash test.\n\nSecond paragraph.", consent,
                            List.of("youth"), ""), null);
            if (!expect(created, 201, "create story", failures)) {
                return null;
            }
            StoryModel story = new StoryModel(Json.object(created.body()).getString("id"), kind);
            story.adopt(Json.object(created.body()));
            stories.add(story);
            return story;
        }

        private void save(StoryModel story, List<String> failures) {
            String title = "Crash saved " + number + "-" + random.nextInt(1_000_000);
            story.uncertain = true;
            HttpResponse<String> saved = call("PUT", "/api/v1/studio/stories/" + story.id,
                    StudioClient.storyJson(story.kind, title, "A body for the crash test, saved again " + random.nextInt(1000) + ".",
                            story.consent, List.of("youth"), ",\"version\":" + story.version), null);
            if (expect(saved, 200, "save story", failures)) {
                story.adopt(Json.object(saved.body()));
                story.saves++;
            }
            story.uncertain = false;
        }

        private void transition(StoryModel story, List<String> failures) {
            String action = switch (story.status) {
                case "draft", "changes-requested", "unpublished" -> "submit";
                case "in-review" -> random.nextInt(5) == 0 ? "request-changes" : "approve";
                case "approved" -> "publish";
                case "published" -> random.nextInt(3) == 0 ? "unpublish" : null;
                default -> null;
            };
            if (action == null) {
                save(story, failures);
                return;
            }
            story.uncertain = true;
            HttpResponse<String> moved = call("POST", "/api/v1/studio/stories/" + story.id + "/transitions",
                    "{\"action\":\"" + action + "\"}", null);
            if (moved.statusCode() == 409) {
                story.uncertain = false;
                return;
            }
            if (expect(moved, 200, action, failures)) {
                story.adopt(Json.object(moved.body()));
                story.transitions.merge(action, 1, Integer::sum);
                if (action.equals("publish")) {
                    publications++;
                }
            }
            story.uncertain = false;
        }

        private void uploadEvidence(List<String> failures) {
            List<ConsentModel> open = consents.stream().filter(c -> !c.withdrawn).toList();
            if (open.isEmpty()) {
                return;
            }
            ConsentModel consent = open.get(random.nextInt(open.size()));
            byte[] content = new byte[1_000 + random.nextInt(50_000)];
            random.nextBytes(content);
            consent.pendingEvidence = content;
            HttpResponse<String> stored = call("PUT", "/api/v1/studio/consents/" + consent.id + "/evidence?name=form.pdf",
                    null, content);
            if (expect(stored, 200, "store evidence", failures)) {
                consent.evidence = content;
            }
            consent.pendingEvidence = null;
        }

        /** An image: its file is in the store before its row commits, and its renditions are made after. */
        private void uploadMedia(List<String> failures) {
            byte[] png = org.hearth.testsupport.TestImages.png(40 + random.nextInt(900), 30 + random.nextInt(600));
            HttpResponse<String> stored = server.send(new org.hearth.testsupport.Multipart().field("organization", "northern-lantern")
                    .file("file", "crash-" + number + ".png", "image/png", png)
                    .post(URI.create(server.url("/api/v1/studio/media"))), "Authorization", "Bearer " + token);
            if (expect(stored, 201, "upload media", failures)) {
                media.put(Json.object(stored.body()).getJsonArray("items").getJsonObject(0).getString("id"), sha256(png));
            }
        }

        static String sha256(byte[] bytes) {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * Every acknowledged asset is there with its bytes' digest and becomes ready: processing
         * cut short by the kill is taken again at start-up, and its preview is served.
         */
        private void checkMedia(HearthServer server, String context, List<String> failures) {
            for (Map.Entry<String, String> asset : media.entrySet()) {
                HttpResponse<String> read = server.asAdmin("GET", "/api/v1/studio/media/" + asset.getKey(), null);
                if (read.statusCode() != 200) {
                    failures.add(context + ": acknowledged media " + asset.getKey() + " is gone: " + read.statusCode());
                    continue;
                }
                if (!asset.getValue().equals(Json.object(read.body()).getString("sha256"))) {
                    failures.add(context + ": media " + asset.getKey() + " does not hold the bytes acknowledged");
                }
                try {
                    org.hearth.testsupport.Patience.until("media " + asset.getKey() + " ready after the restart",
                            () -> Json.object(server.asAdmin("GET", "/api/v1/studio/media/" + asset.getKey(), null).body()),
                            m -> !m.getString("status").equals("processing"));
                } catch (AssertionError stuck) {
                    failures.add(context + ": " + stuck.getMessage());
                    continue;
                }
                JsonObject now = Json.object(server.asAdmin("GET", "/api/v1/studio/media/" + asset.getKey(), null).body());
                if (!now.getString("status").equals("ready")) {
                    failures.add(context + ": media " + asset.getKey() + " ended " + now.getString("status"));
                } else if (bytes(server, "/api/v1/studio/media/" + asset.getKey() + "/preview/full").statusCode() != 200) {
                    failures.add(context + ": media " + asset.getKey() + " is ready but its rendition's file is missing");
                }
            }
        }

        private void withdraw(List<String> failures) {
            List<ConsentModel> open = consents.stream().filter(c -> !c.withdrawn && c.stories.stream().anyMatch(s -> "published".equals(s.status))).toList();
            if (open.isEmpty()) {
                return;
            }
            ConsentModel consent = open.get(random.nextInt(open.size()));
            consent.uncertain = true;
            consent.stories.forEach(s -> s.takenDown = true);
            HttpResponse<String> withdrawn = call("POST", "/api/v1/studio/consents/" + consent.id + "/withdrawal",
                    "{\"scope\":\"full\"}", null);
            if (expect(withdrawn, 200, "withdraw consent", failures)) {
                consent.withdrawn = true;
                consent.takedown = Json.object(withdrawn.body()).getString("id");
                withdrawals++;
            }
            consent.uncertain = false;
        }

        /** Checks everything this worker was told, against the restarted server; then adopts what is there. */
        void check(HearthServer server, String context, List<String> failures) {
            checkMedia(server, context, failures);
            Map<String, List<JsonObject>> audit = storyAudit(server);
            for (StoryModel story : List.copyOf(stories)) {
                HttpResponse<String> read = server.asAdmin("GET", "/api/v1/studio/stories/" + story.id, null);
                if (read.statusCode() != 200) {
                    failures.add(context + ": acknowledged story " + story.id + " is gone: " + read.statusCode());
                    stories.remove(story);
                    consents.forEach(c -> c.stories.remove(story));
                    continue;
                }
                JsonObject now = Json.object(read.body());
                if (!story.takenDown) {
                    boolean same = now.getInt("version") == story.version && now.getString("title").equals(story.title)
                            && now.getString("status").equals(story.status);
                    boolean later = story.uncertain && now.getInt("version") > story.version;
                    if (!same && !later) {
                        failures.add(context + ": story " + story.id + " acknowledged at version " + story.version + " '"
                                + story.title + "' " + story.status + " is now version " + now.getInt("version") + " '"
                                + now.getString("title") + "' " + now.getString("status"));
                    }
                    List<JsonObject> revisions = Json.items(server.asAdmin("GET", "/api/v1/studio/stories/" + story.id + "/revisions", null).body());
                    String latest = revisions.stream().max((a, b) -> Integer.compare(a.getInt("number"), b.getInt("number")))
                            .map(r -> r.getString("title")).orElse(null);
                    if (!now.getString("title").equals(latest)) {
                        failures.add(context + ": story " + story.id + " says '" + now.getString("title")
                                + "' but its latest revision says '" + latest + "'");
                    }
                }
                List<JsonObject> events = audit.getOrDefault(story.id, List.of());
                for (Map.Entry<String, Integer> acked : story.transitions.entrySet()) {
                    long logged = events.stream().filter(e -> e.getString("action").equals("story." + acked.getKey())).count();
                    if (logged < acked.getValue()) {
                        failures.add(context + ": story " + story.id + " had " + acked.getValue() + " acknowledged '"
                                + acked.getKey() + "' but the audit log shows " + logged);
                    }
                }
                long saves = events.stream().filter(e -> e.getString("action").equals("story.saved")).count();
                if (saves < story.saves) {
                    failures.add(context + ": story " + story.id + " had " + story.saves + " acknowledged saves, audit shows " + saves);
                }
                if (story.takenDown && consents.stream().anyMatch(c -> c.withdrawn && c.stories.contains(story))) {
                    String slug = now.getString("slug");
                    for (String path : List.of("/api/v1/stories/" + slug, "/en/stories/" + slug)) {
                        int status = server.get(path).statusCode();
                        if (status != 410) {
                            failures.add(context + ": withdrawn story " + path + " answers " + status + ", not 410");
                        }
                    }
                }
                story.adopt(now);
                story.uncertain = false;
                story.saves = (int) saves;
                story.transitions.replaceAll((action, count) -> (int) events.stream()
                        .filter(e -> e.getString("action").equals("story." + action)).count());
            }
            for (ConsentModel consent : List.copyOf(consents)) {
                HttpResponse<String> read = server.asAdmin("GET", "/api/v1/studio/consents/" + consent.id, null);
                if (read.statusCode() != 200) {
                    failures.add(context + ": acknowledged consent " + consent.id + " is gone: " + read.statusCode());
                    consents.remove(consent);
                    continue;
                }
                JsonObject now = Json.object(read.body());
                List<JsonObject> takedowns = Json.items(server.asAdmin("GET", "/api/v1/studio/consents/" + consent.id + "/takedowns", null).body());
                boolean withdrawnNow = now.getString("status").equals("withdrawn");
                if (consent.withdrawn && (!withdrawnNow || takedowns.stream().noneMatch(t -> t.getString("id").equals(consent.takedown)))) {
                    failures.add(context + ": acknowledged withdrawal of " + consent.id + " is " + now.getString("status")
                            + " with takedowns " + takedowns);
                }
                if (withdrawnNow && takedowns.isEmpty()) {
                    failures.add(context + ": consent " + consent.id + " is withdrawn without a takedown record");
                }
                if (withdrawnNow) {
                    consent.withdrawn = true;
                    consent.stories.forEach(s -> s.takenDown = true);
                } else if (!consent.withdrawn) {
                    consent.stories.forEach(s -> s.takenDown = false);
                }
                checkEvidence(server, consent, now, context, failures);
            }
            HttpResponse<String> memberRead = member == null ? null
                    : server.asAdmin("GET", "/api/v1/studio/organizations/" + ORGANIZATION + "/members/" + member.id, null);
            if (memberRead != null && memberRead.statusCode() != 200) {
                failures.add(context + ": acknowledged member " + member.id + " is gone: " + memberRead.statusCode());
                member = null;
            } else if (member != null) {
                JsonObject now = Json.object(memberRead.body());
                boolean same = now.getString("role").equals(member.role) && now.getInt("version") == member.version;
                if (!same && !(member.uncertain && now.getInt("version") > member.version)) {
                    failures.add(context + ": member " + member.id + " acknowledged as " + member.role + " v" + member.version
                            + " is " + now.getString("role") + " v" + now.getInt("version"));
                }
                member.role = now.getString("role");
                member.version = now.getInt("version");
                member.uncertain = false;
            }
        }

        private void checkEvidence(HearthServer server, ConsentModel consent, JsonObject now, String context, List<String> failures) {
            if (consent.evidence == null && consent.pendingEvidence == null) {
                return;
            }
            HttpResponse<byte[]> file = bytes(server, "/api/v1/studio/consents/" + consent.id + "/evidence");
            boolean acked = consent.evidence != null && file.statusCode() == 200 && Arrays.equals(file.body(), consent.evidence);
            boolean pending = consent.pendingEvidence != null && file.statusCode() == 200 && Arrays.equals(file.body(), consent.pendingEvidence);
            boolean none = consent.evidence == null && file.statusCode() == 404 && now.isNull("evidence");
            if (!acked && !pending && !none) {
                failures.add(context + ": evidence of " + consent.id + " is not the acknowledged file (" + file.statusCode()
                        + ", " + (file.body() == null ? 0 : file.body().length) + " bytes)");
            }
            if (pending) {
                consent.evidence = consent.pendingEvidence;
            }
            consent.pendingEvidence = null;
        }

        private static Map<String, List<JsonObject>> storyAudit(HearthServer server) {
            Map<String, List<JsonObject>> byStory = new HashMap<>();
            for (JsonObject event : all(server, "/api/v1/studio/audit?entity=story&limit=100", true)) {
                byStory.computeIfAbsent(event.getString("id"), id -> new ArrayList<>()).add(event);
            }
            return byStory;
        }

        private HttpResponse<String> call(String method, String path, String json, byte[] content) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
            if (content != null) {
                request.method(method, HttpRequest.BodyPublishers.ofByteArray(content)).header("Content-Type", "application/pdf");
            } else {
                request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
                if (json != null) {
                    request.header("Content-Type", "application/json");
                }
            }
            return server.send(request, "Authorization", "Bearer " + token);
        }

        private static HttpResponse<byte[]> bytes(HearthServer server, String path) {
            try {
                return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                        .header("Authorization", "Bearer " + server.adminToken()).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** True on the expected status; a failure for anything but that or a refusal of the current state. */
        private boolean expect(HttpResponse<String> response, int status, String what, List<String> failures) {
            if (response.statusCode() == status) {
                acknowledged.incrementAndGet();
                return true;
            }
            if (response.statusCode() != 409) {
                failures.add("during the burst, " + what + " answered " + response.statusCode() + ": " + response.body());
            }
            return false;
        }
    }

    /** A story as last acknowledged; {@code uncertain} while a change to it was in flight. */
    static final class StoryModel {
        final String id;
        final String kind;
        String consent;
        String title;
        String status;
        int version;
        int saves;
        boolean uncertain;
        boolean takenDown;
        final Map<String, Integer> transitions = new HashMap<>();

        StoryModel(String id, String kind) {
            this.id = id;
            this.kind = kind;
        }

        void adopt(JsonObject json) {
            title = json.getString("title");
            status = json.getString("status");
            version = json.getInt("version");
            consent = json.get("consent") == null || json.get("consent").getValueType() == JsonValue.ValueType.NULL
                    ? null : json.getString("consent");
        }
    }

    static final class ConsentModel {
        final String id;
        final List<StoryModel> stories = new ArrayList<>();
        boolean withdrawn;
        boolean uncertain;
        String takedown;
        byte[] evidence;
        byte[] pendingEvidence;

        ConsentModel(String id) {
            this.id = id;
        }
    }

    static final class MemberModel {
        final String id;
        String role;
        int version;
        boolean uncertain;

        MemberModel(String id, String role, int version) {
            this.id = id;
            this.role = role;
            this.version = version;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
