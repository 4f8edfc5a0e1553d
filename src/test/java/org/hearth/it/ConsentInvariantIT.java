package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.junit.jupiter.api.Test;

/**
 * Property-style: random sequences of edits, transitions, storyteller approvals, consent
 * amendments, expiries and withdrawals, all through the HTTP API, never leave a story public
 * without a consent that is valid and covers it, and the storyteller's approval of exactly the
 * text that is public. The test keeps its own model of consents and approvals and checks every
 * story after every step; the seed is printed so a failure can be replayed.
 */
class ConsentInvariantIT {

    static final int STEPS = Integer.getInteger("hearth.test.invariantSteps", 400);
    static final String[] ACTIONS = {"submit", "approve", "publish", "unpublish", "request-changes"};

    final HearthServer server = HearthServer.embedded();
    final StudioClient studio = new StudioClient(server);
    final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /** What the test knows of a consent. */
    static final class Consent {
        final String id;
        boolean withdrawn;
        boolean website = true;
        boolean expired;
        Set<String> audiences = new HashSet<>(List.of("youth"));

        Consent(String id) {
            this.id = id;
        }

        boolean covers(Set<String> storyAudiences) {
            return !withdrawn && website && !expired && audiences.containsAll(storyAudiences);
        }
    }

    final List<Consent> consents = new ArrayList<>();
    final List<String> stories = new ArrayList<>();
    final Map<String, String> approvedText = new HashMap<>();

    @Test
    void noStoryIsEverPublicWithoutCoveringConsentAndCurrentApproval() {
        long seed = Long.getLong("hearth.test.seed", System.nanoTime());
        System.out.println("ConsentInvariantIT seed " + seed + ", " + STEPS + " steps");
        Random random = new Random(seed);
        for (int i = 0; i < 3; i++) {
            consents.add(newConsent());
        }
        for (int i = 0; i < 5; i++) {
            stories.add(studio.created("/api/v1/studio/stories", StudioClient.storyJson("lived-experience",
                    "Invariant story " + i + " " + seed, "Text 0", consents.get(i % 3).id, List.of("youth"), "")).getString("id"));
        }
        int published = 0;
        for (int step = 0; step < STEPS; step++) {
            String story = stories.get(random.nextInt(stories.size()));
            String operation = act(random, story);
            published += checkInvariant("step " + step + " (" + operation + ", seed " + seed + ")");
        }
        System.out.println("ConsentInvariantIT: " + published + " public story observations, all covered");
        assertTrue(published > 0, "the random walk never published anything: the property was not exercised");
    }

    private String act(Random random, String story) {
        if (random.nextInt(100) < 75) {
            return advance(story);
        }
        int choice = random.nextInt(100);
        if (choice < 30) {
            String action = ACTIONS[random.nextInt(ACTIONS.length)];
            studio.transition(story, action);
            return action;
        }
        if (choice < 45) {
            if (studio.storytellerApproves(story).statusCode() == 201) {
                approvedText.put(story, text(studio.story(story)));
            }
            return "storyteller approves";
        }
        if (choice < 60) {
            JsonObject current = studio.story(story);
            server.asAdmin("PUT", "/api/v1/studio/stories/" + story, StudioClient.storyJson("lived-experience",
                    current.getString("title"), "Text " + random.nextInt(1000), current.isNull("consent") ? null
                            : current.getString("consent"), List.of("youth"), ",\"version\":" + current.getInt("version")));
            return "edit text";
        }
        if (choice < 70) {
            JsonObject current = studio.story(story);
            Consent other = consents.get(random.nextInt(consents.size()));
            server.asAdmin("PUT", "/api/v1/studio/stories/" + story, StudioClient.storyJson("lived-experience",
                    current.getString("title"), current.getString("body"), other.id, List.of("youth"),
                    ",\"version\":" + current.getInt("version")));
            return "switch consent";
        }
        int index = random.nextInt(consents.size());
        Consent consent = consents.get(index);
        String done;
        if (choice < 75) {
            withdraw(consent, "{\"scope\":\"full\"}");
            consent.withdrawn = true;
            done = "withdraw fully";
        } else if (choice < 80) {
            withdraw(consent, "{\"scope\":\"channels\",\"channels\":[\"website\"]}");
            consent.website = false;
            done = "withdraw website";
        } else if (choice < 85) {
            amend(consent, List.of("newcomers"), today.plusYears(1));
            done = "narrow audiences";
        } else if (choice < 95) {
            amend(consent, List.of("youth", "newcomers"), today.plusYears(1));
            done = "widen audiences (and renew)";
        } else {
            amend(consent, new ArrayList<>(consent.audiences), today.minusDays(1));
            done = "expire";
        }
        if (consent.withdrawn) {
            // The pool keeps three consents that can still be given to stories.
            consents.set(index, newConsent());
        }
        return done;
    }

    /** The next natural step for the story, so the walk reaches publication often; a gone story is replaced. */
    private String advance(String story) {
        JsonObject current = studio.story(story);
        if (current.getString("body").startsWith("[removed")) {
            Consent consent = consents.stream().filter(c -> !c.withdrawn).findFirst().orElseGet(() -> {
                Consent fresh = newConsent();
                consents.set(0, fresh);
                return fresh;
            });
            stories.set(stories.indexOf(story), studio.created("/api/v1/studio/stories", StudioClient.storyJson(
                    "lived-experience", "Invariant replacement " + System.nanoTime(), "Text 0", consent.id, List.of("youth"), ""))
                    .getString("id"));
            return "replace a withdrawn story";
        }
        String step = switch (current.getString("status")) {
            case "draft", "changes-requested" -> "submit";
            case "in-review" -> text(current).equals(approvedText.get(story)) ? "approve" : null;
            case "approved", "scheduled", "unpublished" -> "publish";
            default -> "unpublish";
        };
        if (step == null) {
            if (studio.storytellerApproves(story).statusCode() == 201) {
                approvedText.put(story, text(studio.story(story)));
            }
            return "advance: storyteller approves";
        }
        studio.transition(story, step);
        return "advance: " + step;
    }

    private int checkInvariant(String when) {
        int visible = 0;
        for (String id : stories) {
            JsonObject story = studio.story(id);
            int status = studio.publicStatus(story.getString("slug"));
            if (status != 200) {
                continue;
            }
            visible++;
            Consent consent = consents.stream().filter(c -> !story.isNull("consent") && c.id.equals(story.getString("consent")))
                    .findFirst().orElse(null);
            assertTrue(consent != null && consent.covers(Set.copyOf(Json.strings(story.getJsonArray("audiences")))),
                    when + ": story " + id + " is public without a covering consent");
            assertEquals(approvedText.get(id), text(story), when + ": story " + id + " is public with text the storyteller did not approve");
        }
        return visible;
    }

    private Consent newConsent() {
        return new Consent(studio.created("/api/v1/studio/consents",
                StudioClient.consentJson(List.of("youth"), List.of("en"), today.minusDays(400), today.plusYears(1))).getString("id"));
    }

    private void withdraw(Consent consent, String scope) {
        HttpResponse<String> response = server.asAdmin("POST", "/api/v1/studio/consents/" + consent.id + "/withdrawal", scope);
        assertEquals(200, response.statusCode(), response.body());
    }

    private void amend(Consent consent, List<String> audiences, LocalDate expires) {
        int version = Json.object(server.asAdmin("GET", "/api/v1/studio/consents/" + consent.id, null).body()).getInt("version");
        String json = StudioClient.consentJson(audiences, List.of("en"), today.minusDays(400), expires);
        HttpResponse<String> response = server.asAdmin("PUT", "/api/v1/studio/consents/" + consent.id,
                json.substring(0, json.length() - 1) + ",\"version\":" + version + "}");
        assertEquals(200, response.statusCode(), response.body());
        consent.audiences = new HashSet<>(audiences);
        consent.expired = expires.isBefore(today);
        if (!consent.website) {
            // An amendment states every channel again; this one re-grants the website.
            consent.website = true;
        }
    }

    private static String text(JsonObject story) {
        return story.getString("title") + "\n" + story.getString("summary") + "\n" + story.getString("body");
    }
}
