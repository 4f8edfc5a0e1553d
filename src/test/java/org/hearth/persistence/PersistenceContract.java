package org.hearth.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.hearth.audience.entity.Audience;
import org.hearth.organization.entity.Organization;
import org.hearth.checks.TerminologyEntry;
import org.hearth.checks.entity.TerminologyTerm;
import org.hearth.platform.persistence.Migrations;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.Province;
import org.hearth.story.boundary.StoryQuery;
import org.hearth.story.entity.Attribution;
import org.hearth.story.entity.AttributionType;
import org.hearth.story.entity.ContentNote;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryContent;
import org.hearth.story.entity.StoryKind;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.Topic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The same migrations and queries must behave the same on every database Hearth supports:
 * each subclass runs these tests on one of them (embedded H2, MySQL/MariaDB).
 * Tests share one migrated database; the first test migrates it, which is why they are ordered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PersistenceContract {

    static final Instant BASE = Instant.parse("2026-10-01T12:00:00.123456Z");

    EntityManagerFactory factory;

    /** The JDBC URL (with credentials) of an empty database. */
    abstract String jdbcUrl() throws Exception;

    abstract DataSource dataSource(String url);

    abstract void dropDatabase() throws Exception;

    String url;

    @BeforeAll
    void open() throws Exception {
        url = jdbcUrl();
    }

    @AfterAll
    void close() throws Exception {
        if (factory != null) {
            factory.close();
        }
        dropDatabase();
    }

    @Test
    @Order(1)
    void migrationsCreateTheSchemaAndAreIdempotent() {
        MigrateResult first = Migrations.configure(dataSource(url), getClass().getClassLoader()).migrate();
        assertTrue(first.migrationsExecuted >= 1, "no migration ran");
        MigrateResult again = Migrations.configure(dataSource(url), getClass().getClassLoader()).migrate();
        assertEquals(0, again.migrationsExecuted);
        factory = Persistence.createEntityManagerFactory("hearth-test",
                Map.of("jakarta.persistence.nonJtaDataSource", dataSource(url)));
        seed();
    }

    /** One organization, project, two audiences and 30 published stories a day apart, plus a draft and a translation. */
    void seed() {
        inTransaction(em -> {
            Organization org = new Organization("harbour", "Harbour Light", Province.ON, BASE);
            em.persist(org);
            NeighbourhoodProject parkdale = new NeighbourhoodProject("parkdale", org, BASE);
            parkdale.place("Parkdale Youth Voices", "Voix jeunesse de Parkdale", Province.ON, "Toronto", "Parkdale");
            em.persist(parkdale);
            NeighbourhoodProject hochelaga = new NeighbourhoodProject("hochelaga", org, BASE);
            hochelaga.place("Hochelaga Together", null, Province.QC, "Montréal", "Hochelaga-Maisonneuve");
            em.persist(hochelaga);
            Audience youth = new Audience("youth", "Youth", "Jeunes", 0);
            Audience health = new Audience("health", "Health providers", "Prestataires de soins de santé", 1);
            em.persist(youth);
            em.persist(health);
            for (int i = 0; i < 30; i++) {
                NeighbourhoodProject project = i % 2 == 0 ? parkdale : hochelaga;
                Topic topic = i % 3 == 0 ? Topic.SEXUAL_EXPLOITATION : Topic.LABOUR_EXPLOITATION;
                Story story = Story.draft(project, "en", content("Story " + i, topic), null, BASE);
                story.assignSlug("story-" + i);
                story.addressTo(i % 5 == 0 ? Set.of(youth, health) : Set.of(youth));
                story.restoreState(StoryStatus.PUBLISHED, BASE.plusSeconds(86_400L * i), s -> { });
                em.persist(story);
                if (i == 29) {
                    Story french = story.translate("fr", content("Récit 29 — « ça va » ᐃᓄᒃᑎᑐᑦ عربي", topic), null, BASE);
                    french.assignSlug("recit-29");
                    em.persist(french);
                    french.restoreState(StoryStatus.PUBLISHED, BASE.plusSeconds(86_400L * 29 + 1), s -> { });
                }
            }
            Story draft = Story.draft(parkdale, "en", content("A draft", Topic.GETTING_HELP), null, BASE);
            draft.assignSlug("a-draft");
            em.persist(draft);
        });
    }

    static StoryContent content(String title, Topic topic) {
        return new StoryContent(title, "Summary of " + title, "Body of " + title, StoryKind.COMPOSITE,
                Attribution.of(AttributionType.PSEUDONYM, "Amira"), EnumSet.of(topic, Topic.GETTING_HELP),
                Set.of(ContentNote.COERCION));
    }

    @Test
    @Order(2)
    void aStoryRoundTripsWithItsCollectionsTextAndMicrosecondInstants() {
        Story french = read(em -> em.createNamedQuery(Story.FIND_BY_SLUG, Story.class)
                .setParameter("slug", "recit-29").getSingleResult());
        assertEquals("Récit 29 — « ça va » ᐃᓄᒃᑎᑐᑦ عربي", french.title());
        assertEquals("story-29", french.translationOf().slug());
        assertEquals(BASE.plusSeconds(86_400L * 29 + 1), french.publishedAt());
        assertEquals(List.of(Topic.LABOUR_EXPLOITATION, Topic.GETTING_HELP), french.topics());
        assertEquals(List.of(ContentNote.COERCION), french.contentNotes());
        assertEquals("Amira", french.attribution().name());
    }

    @Test
    @Order(3)
    void publicListsPageByKeysetWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        Story last = null;
        for (int page = 0; page < 10; page++) {
            StoryQuery query = published();
            if (last != null) {
                query.after(last.publishedAt(), last.id());
            }
            List<Story> found = read(em -> query.fetch(em, 7));
            found.forEach(s -> seen.add(s.slug()));
            if (found.size() < 7) {
                break;
            }
            last = found.get(found.size() - 1);
        }
        assertEquals(31, seen.size(), "every published story once, drafts never: " + seen);
        assertEquals(31, new HashSet<>(seen).size());
        assertEquals("recit-29", seen.get(0), "newest first");
        assertTrue(!seen.contains("a-draft"));
    }

    @Test
    @Order(4)
    void filtersCombine() {
        assertEquals(1, read(em -> published().lang("fr").fetch(em, 100)).size());
        assertEquals(6, read(em -> published().audience("health").fetch(em, 100)).size());
        assertEquals(10, read(em -> published().topic(Topic.SEXUAL_EXPLOITATION).fetch(em, 100)).size());
        List<Story> both = read(em -> published().project("parkdale").topic(Topic.SEXUAL_EXPLOITATION)
                .audience("health").fetch(em, 100));
        assertEquals(List.of("story-0"), both.stream().map(Story::slug).filter(s -> s.equals("story-0")).toList());
        assertTrue(both.stream().allMatch(s -> s.project().slug().equals("parkdale")));
    }

    @Test
    @Order(5)
    void slugsAreUniqueInTheDatabaseToo() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> inTransaction(em -> {
            NeighbourhoodProject project = em.createNamedQuery(NeighbourhoodProject.FIND_BY_SLUG, NeighbourhoodProject.class)
                    .setParameter("slug", "parkdale").getSingleResult();
            Story duplicate = Story.draft(project, "en", content("Dup", Topic.GETTING_HELP), null, BASE);
            duplicate.assignSlug("story-1");
            em.persist(duplicate);
        }));
        assertTrue(e instanceof PersistenceException || e instanceof RollbackException, e.toString());
    }

    @Test
    @Order(6)
    void aStaleSaveIsRefusedNotOverwritten() {
        Story first = read(em -> em.createNamedQuery(Story.FIND_BY_SLUG, Story.class).setParameter("slug", "story-3").getSingleResult());
        Story second = read(em -> em.createNamedQuery(Story.FIND_BY_SLUG, Story.class).setParameter("slug", "story-3").getSingleResult());
        first.revise(content("First editor", Topic.GETTING_HELP), BASE);
        inTransaction(em -> em.merge(first));
        second.revise(content("Second editor", Topic.GETTING_HELP), BASE);
        assertThrows(RuntimeException.class, () -> inTransaction(em -> em.merge(second)));
        Story stored = read(em -> em.createNamedQuery(Story.FIND_BY_SLUG, Story.class).setParameter("slug", "story-3").getSingleResult());
        assertEquals("First editor", stored.title());
        assertEquals(first.version() + 1, stored.version());
    }

    /** Two editors replacing the terminology list at once: the second one's removal finds a newer row and fails. */
    @Test
    @Order(7)
    void twoSimultaneousTerminologyEditsConflict() {
        Long organization = read(em -> em.createNamedQuery(Organization.FIND_BY_SLUG, Organization.class)
                .setParameter("slug", "harbour").getSingleResult().id());
        inTransaction(em -> em.persist(new TerminologyTerm(organization, 0,
                new TerminologyEntry("prostitute", "person who sells sex", "stigmatizing", false))));
        EntityManager first = factory.createEntityManager();
        EntityManager second = factory.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            List<TerminologyTerm> mine = terms(first, organization);
            List<TerminologyTerm> theirs = terms(second, organization);
            assertEquals(1, theirs.size());
            mine.forEach(first::remove);
            first.getTransaction().commit();
            theirs.forEach(second::remove);
            RuntimeException conflict = assertThrows(RuntimeException.class, () -> second.getTransaction().commit());
            assertTrue(org.hearth.shared.Causes.find(conflict, jakarta.persistence.OptimisticLockException.class).isPresent(),
                    conflict.toString());
        } finally {
            for (EntityManager em : List.of(first, second)) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                em.close();
            }
        }
    }

    static List<TerminologyTerm> terms(EntityManager em, Long organization) {
        return em.createNamedQuery(TerminologyTerm.FIND_BY_ORGANIZATION, TerminologyTerm.class)
                .setParameter("organization", organization).getResultList();
    }

    static StoryQuery published() {
        return new StoryQuery(StoryQuery.Order.PUBLISHED).status(StoryStatus.PUBLISHED);
    }

    <T> T read(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
