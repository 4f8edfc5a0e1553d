package org.hearth.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.hearth.search.entity.Facet;
import org.hearth.search.entity.SearchRequest;
import org.hearth.search.entity.SearchResult;

/**
 * The Lucene index of published stories, one document per story language keyed by slug. Each
 * language family has its own text fields ({@code body_en}, {@code body_fr}, {@code body_other}),
 * analysed with English or French stemming or the standard analyzer, and a query is run against
 * every family at once, so a reader finds stories in any language without saying which.
 *
 * <p>Writes go through one {@link IndexWriter}; every write is committed and the near-real-time
 * searcher refreshed before it returns, so the very next search sees it (a withdrawn story is gone
 * at once). Thread-safe. The index is a cache of the database: callers rebuild it at start.
 */
public class StoryIndex implements Closeable {

    /** Language families, each with its own analyzer and text fields. */
    enum Family {
        EN(new EnglishAnalyzer()), FR(new FrenchAnalyzer()), OTHER(new StandardAnalyzer());

        final Analyzer analyzer;
        final String title = field("title");
        final String summary = field("summary");
        final String body = field("body");

        Family(Analyzer analyzer) {
            this.analyzer = analyzer;
        }

        private String field(String name) {
            return name + "_" + name().toLowerCase();
        }

        static Family of(String lang) {
            String primary = lang == null ? "" : lang.split("-")[0];
            return switch (primary) {
                case "en" -> EN;
                case "fr" -> FR;
                default -> OTHER;
            };
        }
    }

    private static final String SLUG = "slug";
    private static final String LANG = "lang";
    private static final String TITLE = "title";
    private static final String URL = "url";
    private static final String PUBLISHED_AT = "published_at";
    /** Every word of a story as written (lower-cased, not stemmed), to suggest a spelling from. */
    private static final String WORDS = "words";
    private static final int SNIPPET_CHARS = 160;
    /** Typo tolerance of the fallback: one edit, for words of this many letters or more. */
    private static final int FUZZY_MIN_LENGTH = 4;
    private static final int FUZZY_MAX_EXPANSIONS = 10;
    /** Far more than any facet has (projects, audiences, codes); most frequent first. */
    private static final int MAX_FACET_VALUES = 1000;

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder().build();

    private final Directory directory;
    private final Analyzer analyzer;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** Opens (or creates) the index in {@code folder}. */
    public StoryIndex(Path folder) throws IOException {
        Files.createDirectories(folder);
        directory = FSDirectory.open(folder);
        Map<String, Analyzer> perField = new LinkedHashMap<>();
        for (Family family : Family.values()) {
            Stream.of(family.title, family.summary, family.body).forEach(f -> perField.put(f, family.analyzer));
        }
        analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
        facetsConfig.setMultiValued(Facet.AUDIENCE.key(), true);
        facetsConfig.setMultiValued(Facet.TOPIC.key(), true);
        writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        searchers = new SearcherManager(writer, null);
    }

    /** Replaces the whole index with {@code stories}; searches see the old index until this is done. */
    public synchronized void replaceAll(Collection<IndexedStory> stories) {
        try {
            writer.deleteAll();
            for (IndexedStory story : stories) {
                writer.addDocument(document(story));
            }
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rebuild the search index", e);
        }
    }

    /** Adds the story, or replaces the document with the same slug. */
    public synchronized void put(IndexedStory story) {
        try {
            writer.updateDocument(new Term(SLUG, story.slug()), document(story));
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index story " + story.slug(), e);
        }
    }

    /** Removes the story with this slug, if indexed; the next search no longer finds it. */
    public synchronized void remove(String slug) {
        try {
            writer.deleteDocuments(new Term(SLUG, slug));
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove story " + slug + " from the search index", e);
        }
    }

    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Runs {@code request}; when nothing matches exactly, retries allowing one typo per word. */
    public SearchResult search(SearchRequest request) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                SearchResult exact = search(searcher, request, false);
                return exact.total() > 0 ? exact : search(searcher, request, true);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the story index", e);
        }
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request, boolean fuzzy) throws IOException {
        Query text = textQuery(request.text(), fuzzy);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (request.lang() != null) {
            query.add(new TermQuery(new Term(LANG, request.lang())), Occur.FILTER);
        }
        request.filters().forEach((facet, value) ->
                query.add(new TermQuery(new Term(facet.key(), value)), Occur.FILTER));
        Query full = query.build();
        long total;
        FacetsCollectorManager.FacetsResult found;
        try {
            total = searcher.count(full);
            found = FacetsCollectorManager.search(searcher, full, request.limit(), new FacetsCollectorManager());
        } catch (IndexSearcher.TooManyClauses tooBroad) {
            // Only a fuzzy query over a long text can expand this far; treat it as finding nothing.
            return new SearchResult(0, List.of(), facets(searcher, null), fuzzy, null);
        }
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (ScoreDoc scoreDoc : found.topDocs().scoreDocs) {
            Document doc = searcher.storedFields().document(scoreDoc.doc);
            String lang = doc.get(LANG);
            hits.add(new SearchResult.Hit(doc.get(SLUG), lang, doc.get(TITLE),
                    snippet(text, doc, Family.of(lang)), doc.get(URL)));
        }
        return new SearchResult(total, hits, facets(searcher, total == 0 ? null : found), fuzzy,
                fuzzy ? suggestion(searcher, request.text()) : null);
    }

    private Query textQuery(String text, boolean fuzzy) {
        BooleanQuery.Builder anyFamily = new BooleanQuery.Builder();
        for (Family family : Family.values()) {
            Query query = fuzzy ? fuzzyQuery(family, text) : exactQuery(family, text);
            if (query != null) {
                anyFamily.add(query, Occur.SHOULD);
            }
        }
        return anyFamily.build();
    }

    /** The reader's words in simple query syntax, which never fails on syntax; every word must match. */
    private static Query exactQuery(Family family, String text) {
        SimpleQueryParser parser = new SimpleQueryParser(family.analyzer,
                Map.of(family.title, 3f, family.summary, 2f, family.body, 1f));
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(text);
    }

    /** Every analysed word must match within one edit (exactly when shorter than four letters). */
    private static Query fuzzyQuery(Family family, String text) {
        List<String> terms = terms(family.analyzer, family.body, text);
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery("no words to search for");
        }
        BooleanQuery.Builder allTerms = new BooleanQuery.Builder();
        for (String term : terms) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String field : List.of(family.title, family.summary, family.body)) {
                Term t = new Term(field, term);
                anyField.add(term.length() >= FUZZY_MIN_LENGTH
                        ? new FuzzyQuery(t, 1, 0, FUZZY_MAX_EXPANSIONS, true) : new TermQuery(t), Occur.SHOULD);
            }
            allTerms.add(anyField.build(), Occur.MUST);
        }
        return allTerms.build();
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /**
     * The text with each word that no story contains replaced by the most common word within one
     * edit, if any; null when there is nothing to suggest.
     */
    private String suggestion(IndexSearcher searcher, String text) throws IOException {
        Terms words = MultiTerms.getTerms(searcher.getIndexReader(), WORDS);
        if (words == null) {
            return null;
        }
        List<String> suggested = new ArrayList<>();
        boolean changed = false;
        for (String word : terms(analyzer, WORDS, text)) {
            String best = word;
            if (word.length() >= FUZZY_MIN_LENGTH && searcher.getIndexReader().docFreq(new Term(WORDS, word)) == 0) {
                int bestFreq = 0;
                FuzzyTermsEnum similar = new FuzzyTermsEnum(words, new Term(WORDS, word), 1, 0, true);
                for (BytesRef candidate = similar.next(); candidate != null; candidate = similar.next()) {
                    if (similar.docFreq() > bestFreq) {
                        bestFreq = similar.docFreq();
                        best = candidate.utf8ToString();
                    }
                }
            }
            changed |= !best.equals(word);
            suggested.add(best);
        }
        return changed ? String.join(" ", suggested) : null;
    }

    /**
     * The best fragment of the body, else of the summary, with matched words in {@code <mark>} and
     * everything else HTML-escaped; else the start of the summary, escaped.
     */
    private String snippet(Query query, Document doc, Family family) throws IOException {
        SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();
        for (String field : List.of(family.body, family.summary)) {
            String text = doc.get(field);
            if (text == null || text.isBlank()) {
                continue;
            }
            QueryScorer scorer = new QueryScorer(query, field);
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder, scorer);
            highlighter.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET_CHARS));
            highlighter.setMaxDocCharsToAnalyze(text.length());
            try {
                String best = highlighter.getBestFragment(analyzer, field, text);
                if (best != null) {
                    return best.replaceAll("\\s+", " ").strip();
                }
            } catch (InvalidTokenOffsetsException e) {
                // Offsets come from the same analyzer over the same text; fall through to the summary.
            }
        }
        String summary = doc.get(family.summary);
        return encoder.encodeText(summary.length() <= SNIPPET_CHARS ? summary : summary.substring(0, SNIPPET_CHARS) + "…");
    }

    /** Counts per value of each facet over all matches (empty maps when nothing matched). */
    private Map<Facet, Map<String, Integer>> facets(IndexSearcher searcher, FacetsCollectorManager.FacetsResult found)
            throws IOException {
        Map<Facet, Map<String, Integer>> facets = new EnumMap<>(Facet.class);
        Facets counts = found == null ? null : new SortedSetDocValuesFacetCounts(
                new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig),
                found.facetsCollector());
        for (Facet facet : Facet.values()) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetResult result = counts == null ? null : counts.getTopChildren(MAX_FACET_VALUES, facet.key());
            if (result != null) {
                for (LabelAndValue value : result.labelValues) {
                    values.put(value.label, value.value.intValue());
                }
            }
            facets.put(facet, values);
        }
        return facets;
    }

    private Document document(IndexedStory story) throws IOException {
        Family family = Family.of(story.lang());
        Document doc = new Document();
        doc.add(new StringField(SLUG, story.slug(), Store.YES));
        doc.add(new StringField(LANG, story.lang(), Store.YES));
        doc.add(new StoredField(TITLE, story.title()));
        doc.add(new StoredField(URL, story.url()));
        if (story.publishedAt() != null) {
            doc.add(new StoredField(PUBLISHED_AT, story.publishedAt().toString()));
        }
        String body = plainText(story.body());
        doc.add(new TextField(family.title, story.title(), Store.NO));
        doc.add(new TextField(family.summary, nullToEmpty(story.summary()), Store.YES));
        doc.add(new TextField(family.body, body, Store.YES));
        doc.add(new TextField(WORDS, String.join("\n", story.title(), nullToEmpty(story.summary()), body), Store.NO));
        for (Facet facet : Facet.values()) {
            for (String value : story.valuesOf(facet)) {
                doc.add(new StringField(facet.key(), value, Store.NO));
                doc.add(new SortedSetDocValuesFacetField(facet.key(), value));
            }
        }
        return facetsConfig.build(doc);
    }

    /** The words of a Markdown body without its markup, so snippets read as text. */
    static String plainText(String markdown) {
        return markdown == null ? "" : PLAIN_TEXT.render(MARKDOWN.parse(markdown));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
