package org.hearth.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hearth.content.control.ContentFile;
import org.hearth.shared.Coded;
import org.hearth.shared.Province;
import org.hearth.shared.Slug;
import org.hearth.story.entity.ContentNote;
import org.hearth.story.entity.StoryKind;
import org.hearth.story.entity.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample content in {@code content/} keeps the promises the product makes about it. */
class SampleContentTest {

    static final Path CONTENT = Path.of("content");
    static List<ContentFile> stories;
    static Map<String, ContentFile> projects;

    @BeforeAll
    static void read() throws IOException {
        stories = readAll(CONTENT.resolve("stories"));
        projects = readAll(CONTENT.resolve("projects")).stream().collect(Collectors.toMap(ContentFile::slug, f -> f));
    }

    static List<ContentFile> readAll(Path folder) throws IOException {
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                files.add(ContentFile.read(path));
            }
        }
        return files;
    }

    static List<ContentFile> published(String lang) {
        return stories.stream().filter(s -> "published".equals(s.text("status")))
                .filter(s -> lang == null || s.slugAndLanguage()[1].equals(lang)).toList();
    }

    @Test
    void atLeastTwelvePublishedStoriesAndFourFrenchTranslations() {
        assertTrue(published("en").size() >= 12, "English stories: " + published("en").size());
        long french = published("fr").stream().filter(s -> s.text("translation_of") != null).count();
        assertTrue(french >= 4, "French translations: " + french);
    }

    @Test
    void everyAudienceAndBothFormsOfExploitationAreCovered() throws IOException {
        Set<String> audiences = ContentFile.readList(CONTENT.resolve("audiences.yaml")).stream()
                .map(a -> ContentFile.text(a, "code")).collect(Collectors.toSet());
        assertEquals(Set.of("youth", "indigenous", "newcomers", "business", "health"), audiences);
        Set<String> covered = new HashSet<>();
        published(null).forEach(s -> covered.addAll(s.list("audiences")));
        assertEquals(audiences, covered);
        Set<String> topics = new HashSet<>();
        published(null).forEach(s -> topics.addAll(s.list("topics")));
        assertTrue(topics.containsAll(Set.of("sexual-exploitation", "labour-exploitation")), topics::toString);
    }

    @Test
    void everyStoryUsesKnownCodesAndAKnownProject() {
        for (ContentFile story : stories) {
            String name = story.path().getFileName().toString();
            story.list("topics").forEach(t -> assertTrue(Coded.find(Topic.class, t).isPresent(), name + ": topic " + t));
            story.list("content_notes").forEach(n -> assertTrue(Coded.find(ContentNote.class, n).isPresent(), name + ": note " + n));
            assertTrue(Coded.find(StoryKind.class, story.text("kind")).isPresent(), name + ": kind");
            assertTrue(projects.containsKey(story.text("project")), name + ": project " + story.text("project"));
            assertTrue(Slug.isValid(story.slugAndLanguage()[0]), name + ": slug");
            assertNotNull(story.instant("published_at"), name + ": published_at");
        }
    }

    @Test
    void everySampleStorySaysItIsAFictionalComposite() {
        for (ContentFile story : stories) {
            String body = story.body().toLowerCase();
            assertTrue(body.contains("fictional composite") || body.contains("composite fictif"),
                    story.path().getFileName() + " does not say it is fictional");
        }
    }

    @Test
    void projectsSpanAtLeastThreeProvinces() {
        Set<Province> provinces = projects.values().stream().map(p -> Province.of(p.text("province"))).collect(Collectors.toSet());
        assertTrue(provinces.size() >= 3, provinces::toString);
    }

    @Test
    void headlinesAvoidDiscouragedTerms() {
        for (ContentFile story : stories) {
            String title = story.text("title").toLowerCase();
            for (String term : List.of("child prostitute", "teen prostitute", "illegal alien", "illegal migrant", "slavery")) {
                assertFalse(title.contains(term), story.path().getFileName() + " headline uses '" + term + "'");
            }
        }
    }
}
