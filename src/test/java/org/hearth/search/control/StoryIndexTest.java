package org.hearth.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hearth.search.entity.Facet;
import org.hearth.search.entity.SearchRequest;
import org.hearth.search.entity.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryIndexTest {

    @TempDir
    Path folder;

    StoryIndex index;

    @BeforeEach
    void open() throws IOException {
        index = new StoryIndex(folder);
        index.replaceAll(List.of(
                story("farm-worker", "en", "A farm worker speaks up", "Seasonal work far from home.",
                        "The **worker** lost her passport to a recruiter.", "east-end", "ON",
                        List.of("newcomers", "business"), List.of("labour-exploitation"), "feb-22", "lived-experience"),
                story("recruitment-fees", "en", "Illegal recruitment fees", "What employers must know.",
                        "Charging fees for jobs is illegal. Human trafficking often starts with debt.", "harbour", "BC",
                        List.of("business"), List.of("labour-exploitation", "supply-chains"), null, "guidance"),
                story("nurse-signs", "en", "A nurse notices the signs", "Health providers can help.",
                        "She saw the bruises and called the hotline.", "east-end", "ON",
                        List.of("health-providers"), List.of("recognizing-signs"), "feb-22", "composite"),
                story("travailleuses-agricoles", "fr", "Des travailleuses agricoles", "Le travail saisonnier.",
                        "Les travailleuses ont été exploitées à l'école de conduite.", "montreal-nord", "QC",
                        List.of("newcomers"), List.of("labour-exploitation"), null, "composite")));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void englishStemmingFindsOtherFormsOfAWord() {
        assertEquals(List.of("farm-worker"), slugs(search("workers")));
        // Porter reduces "recruiting", "recruitment" (in a title) and "recruiter" (in a body) to "recruit".
        assertEquals(List.of("recruitment-fees", "farm-worker"), slugs(search("recruiting")));
        assertEquals(List.of("recruitment-fees"), slugs(search("trafficked")));
    }

    @Test
    void frenchStemmingAndAccents() {
        // The light French stemmer folds accents and gender/plural endings ("travailleur(s)/travailleuse(s)"),
        // and "travailler" to "travail"; it does not take "travailleuses" to "travail".
        assertEquals(List.of("travailleuses-agricoles"), slugs(search("travailleur")));
        assertEquals(List.of("travailleuses-agricoles"), slugs(search("travailler")));
        assertEquals(List.of("travailleuses-agricoles"), slugs(search("exploitee")));
        assertEquals(List.of("travailleuses-agricoles"), slugs(search("ecole")));
        // The same words are not stemmed as English in an English story.
        assertEquals(List.of(), slugs(search("exploitee", "en", Map.of())));
    }

    @Test
    void filtersCombine() {
        assertEquals(2, search("signs | worker").total());
        assertEquals(List.of("farm-worker"), slugs(search("signs | worker", null, Map.of(Facet.AUDIENCE, "newcomers"))));
        assertEquals(List.of(), slugs(search("signs | worker", null,
                Map.of(Facet.AUDIENCE, "newcomers", Facet.PROVINCE, "BC"))));
        assertEquals(List.of("nurse-signs"), slugs(search("signs | worker", null,
                Map.of(Facet.CAMPAIGN, "feb-22", Facet.KIND, "composite"))));
        assertEquals(List.of(), slugs(search("signs | worker", "fr", Map.of())));
    }

    @Test
    void facetsCountEveryMatch() {
        SearchResult result = search("worker | recruitment | travailleuses");

        assertEquals(3, result.total());
        assertEquals(Map.of("business", 2, "newcomers", 2), result.facets().get(Facet.AUDIENCE));
        assertEquals(Map.of("labour-exploitation", 3, "supply-chains", 1), result.facets().get(Facet.TOPIC));
        assertEquals(Map.of("ON", 1, "BC", 1, "QC", 1), result.facets().get(Facet.PROVINCE));
        assertEquals(Map.of("feb-22", 1), result.facets().get(Facet.CAMPAIGN));
        assertEquals(Map.of("east-end", 1, "harbour", 1, "montreal-nord", 1), result.facets().get(Facet.PROJECT));
        assertEquals(Map.of("lived-experience", 1, "guidance", 1, "composite", 1), result.facets().get(Facet.KIND));
    }

    @Test
    void aRemovedStoryIsGoneFromTheNextSearch() {
        assertEquals(1, search("nurse").total());
        index.remove("nurse-signs");
        assertEquals(0, search("nurse").total());
        assertEquals(0, search("nurse").facets().get(Facet.AUDIENCE).size());
    }

    @Test
    void putReplacesTheStoryWithTheSameSlug() {
        index.put(story("nurse-signs", "en", "A pharmacist notices the signs", "Health providers can help.",
                "He called the hotline.", "east-end", "ON", List.of(), List.of(), null, "composite"));

        assertEquals(0, search("nurse").total());
        assertEquals(List.of("nurse-signs"), slugs(search("pharmacist")));
        assertEquals(1, search("hotline").total(), "replaced, not added");
    }

    @Test
    void theSnippetEscapesHtmlAndMarksTheMatchedWords() {
        index.put(story("markup", "en", "Markup", "A summary.",
                "Beware <script>alert('x')</script> & <b>bold</b> claims\n\nabout smuggling.", "harbour", "BC",
                List.of(), List.of(), null, "guidance"));

        String snippet = search("smuggling").hits().get(0).snippet();

        assertTrue(snippet.contains("<mark>smuggling</mark>"), snippet);
        assertTrue(snippet.contains("&lt;script&gt;"), snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
        assertFalse(snippet.contains("\n"), "paragraphs run on in a snippet: " + snippet);
    }

    @Test
    void aSnippetShowsTextNotMarkdown() {
        assertEquals("The <mark>worker</mark> lost her <mark>passport</mark> to a recruiter.",
                search("worker passport").hits().get(0).snippet());
    }

    @Test
    void aTypoFindsTheWordThroughTheFuzzyFallback() {
        SearchResult exact = search("trafficking");
        SearchResult typo = search("trafficing");

        assertFalse(exact.fuzzy());
        assertTrue(typo.fuzzy());
        assertEquals(List.of("recruitment-fees"), slugs(typo));
        assertTrue(typo.hits().get(0).snippet().contains("<mark>trafficking</mark>"), typo.hits().get(0).snippet());
        assertEquals("trafficking", typo.suggestion());
        assertEquals(null, exact.suggestion());
    }

    @Test
    void shortWordsGetNoTypoTolerance() {
        // "nurse" with one letter wrong is found; "fee" (three letters) must be spelled right.
        assertEquals(List.of("nurse-signs"), slugs(search("nurze")));
        assertEquals(List.of(), slugs(search("fey")));
    }

    @Test
    void aTitleOnlyMatchShowsTheStartOfTheSummaryEscaped() {
        index.put(story("title-only", "en", "Smuggling", "Less <i>than</i> 160 characters & more.", "Nothing here.",
                "harbour", "BC", List.of(), List.of(), null, "guidance"));

        assertEquals("Less &lt;i&gt;than&lt;&#x2F;i&gt; 160 characters &amp; more.",
                search("smuggling").hits().get(0).snippet());
    }

    @Test
    void anEmptyIndexAndStopWordsFindNothingWithoutFailing() throws IOException {
        assertEquals(0, search("the").total());
        index.replaceAll(List.of());

        SearchResult result = search("worker");

        assertEquals(0, result.total());
        assertEquals(List.of(), result.hits());
        assertEquals(Map.of(), result.facets().get(Facet.AUDIENCE));
        assertEquals(Facet.values().length, result.facets().size());
    }

    @Test
    void theLimitCapsTheHitsButNotTheTotal() {
        SearchResult result = index.search(new SearchRequest("worker | recruitment | nurse", null, Map.of(), 2));

        assertEquals(3, result.total());
        assertEquals(2, result.hits().size());
    }

    @Test
    void queriesWithBrokenSyntaxDoNotFail() {
        for (String text : List.of("\"worker", "worker)", "(((", "-", "AND OR", "wor*", "\\", "~~~")) {
            SearchResult result = search(text);
            assertTrue(result.total() >= 0, text);
        }
        assertEquals(List.of("farm-worker"), slugs(search("\"farm worker")));
    }

    @Test
    void resultsCarryTheStoredUrlAndTitle() {
        SearchResult.Hit hit = search("nurse").hits().get(0);

        assertEquals(new SearchResult.Hit("nurse-signs", "en", "A nurse notices the signs", hit.snippet(),
                "https://example.org/en/stories/nurse-signs"), hit);
    }

    @Test
    void theIndexOutlivesAReopen() throws IOException {
        index.close();
        index = new StoryIndex(folder);

        assertEquals(List.of("nurse-signs"), slugs(search("nurse")));
    }

    private SearchResult search(String text) {
        return search(text, null, Map.of());
    }

    private SearchResult search(String text, String lang, Map<Facet, String> filters) {
        return index.search(new SearchRequest(text, lang, filters, 20));
    }

    private static List<String> slugs(SearchResult result) {
        return result.hits().stream().map(SearchResult.Hit::slug).toList();
    }

    static IndexedStory story(String slug, String lang, String title, String summary, String body, String project,
                              String province, List<String> audiences, List<String> topics, String campaign,
                              String kind) {
        return new IndexedStory(slug, lang, title, summary, body, project, province, audiences, topics, campaign, kind,
                Instant.parse("2026-02-22T12:00:00Z"), "https://example.org/" + lang + "/stories/" + slug);
    }
}
