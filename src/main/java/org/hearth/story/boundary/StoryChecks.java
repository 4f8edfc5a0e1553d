package org.hearth.story.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hearth.checks.CheckedText;
import org.hearth.checks.PrePublishChecks;
import org.hearth.checks.boundary.Terminology;
import org.hearth.story.entity.ContentNote;
import org.hearth.story.entity.Story;

/**
 * Pre-publish checks of a story, for the API and the editor alike: the consent gate's objections,
 * which block approval and publication, then the warnings (personal details, discouraged terms,
 * uncited statistics, missing content notes), which do not.
 */
@ApplicationScoped
public class StoryChecks {

    @Inject
    Stories stories;

    @Inject
    StoryWorkflow workflow;

    @Inject
    Terminology terminology;

    /** One finding: {@code severity} is {@code blocking} (the consent gate), {@code warning} or {@code info}. */
    public record Finding(String code, String severity, String message, String field) {

        public boolean blocking() {
            return "blocking".equals(severity);
        }
    }

    public List<Finding> of(String id, Locale locale) {
        Story story = stories.read(id);
        Stream<Finding> blocking = workflow.blockers(story).stream()
                .map(reason -> new Finding("consent-gate", "blocking", reason.in(locale), "consent"));
        Stream<Finding> warnings = new PrePublishChecks().run(new CheckedText(story.title(), story.summary(), story.body(),
                        story.kind().code(), story.contentNotes().stream().map(ContentNote::code).toList(), 0),
                terminology.of(story.organization()), locale).stream()
                .map(c -> new Finding(c.code(), c.severity().name().toLowerCase(), c.message(), c.field()));
        return Stream.concat(blocking, warnings).toList();
    }
}
