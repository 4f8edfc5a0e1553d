package org.hearth.story.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.story.entity.Story;
import org.hearth.story.entity.StoryStatus;
import org.hearth.story.entity.Topic;

/**
 * Builds the story list queries from optional filters, keyset-paginated on (time, id) newest
 * first, with the collections every list item shows fetched in batches instead of one query per story.
 */
public final class StoryQuery {

    /**
     * How the list is ordered: publication (newest first) for the public; last change (newest or
     * oldest first) or title (A to Z) for the studio. Every order ends on the id, so pages never
     * overlap or skip, however many stories share a time or a title.
     */
    public enum Order { PUBLISHED, UPDATED, UPDATED_OLDEST, TITLE }

    private final StringBuilder where = new StringBuilder();
    private final StringBuilder joins = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Order order;

    public StoryQuery(Order order) {
        this.order = order;
    }

    public StoryQuery status(StoryStatus status) {
        return status == null ? this : condition("s.status = :status", "status", status);
    }

    public StoryQuery lang(String lang) {
        return lang == null ? this : condition("s.lang = :lang", "lang", lang);
    }

    public StoryQuery project(String slug) {
        return slug == null ? this : condition("s.project.slug = :project", "project", slug);
    }

    public StoryQuery campaign(String slug) {
        return slug == null ? this : condition("s.campaign.slug = :campaign", "campaign", slug);
    }

    public StoryQuery audience(String code) {
        if (code == null) {
            return this;
        }
        joins.append(" JOIN s.audiences a");
        return condition("a.code = :audience", "audience", code);
    }

    public StoryQuery topic(Topic topic) {
        if (topic == null) {
            return this;
        }
        joins.append(" JOIN s.topics t");
        return condition("t = :topic", "topic", topic);
    }

    public StoryQuery organizations(Collection<Long> ids) {
        return ids == null ? this : condition("s.organization.id IN :organizations", "organizations", List.copyOf(ids));
    }

    /** Only stories after the last one of the previous page (same ordering). */
    public StoryQuery after(Instant time, long id) {
        String column = column();
        where.append(where.length() == 0 ? "" : " AND ")
                .append("(").append(column).append(" < :afterTime OR (").append(column)
                .append(" = :afterTime AND s.id < :afterId))");
        parameters.put("afterTime", time);
        parameters.put("afterId", id);
        return this;
    }

    /** Only stories after {@code last} in this query's order (the studio's pages, keyed on the last one shown). */
    public StoryQuery after(Story last) {
        return switch (order) {
            case PUBLISHED, UPDATED -> after(timeOf(last), last.id());
            case UPDATED_OLDEST -> keyset("s.updatedAt > :afterTime OR (s.updatedAt = :afterTime AND s.id > :afterId)",
                    "afterTime", last.updatedAt(), last.id());
            case TITLE -> keyset("s.title > :afterTitle OR (s.title = :afterTitle AND s.id > :afterId)",
                    "afterTitle", last.title(), last.id());
        };
    }

    /** Only stories whose first author has this e-mail address. */
    public StoryQuery author(String email) {
        return email == null ? this : condition("s.createdBy.email = :author", "author", email.strip().toLowerCase());
    }

    private StoryQuery keyset(String condition, String keyName, Object key, long id) {
        where.append(where.length() == 0 ? "" : " AND ").append("(").append(condition).append(")");
        parameters.put(keyName, key);
        parameters.put("afterId", id);
        return this;
    }

    public List<Story> fetch(EntityManager em, int limit) {
        String jpql = "SELECT s FROM Story s" + joins + (where.length() == 0 ? "" : " WHERE " + where)
                + " ORDER BY " + switch (order) {
                    case PUBLISHED, UPDATED -> column() + " DESC, s.id DESC";
                    case UPDATED_OLDEST -> "s.updatedAt ASC, s.id ASC";
                    case TITLE -> "s.title ASC, s.id ASC";
                };
        TypedQuery<Story> query = em.createQuery(jpql, Story.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "s.audiences")
                .setHint("eclipselink.batch", "s.topics")
                .setHint("eclipselink.batch", "s.contentNotes")
                // Projects in one batch too: a join here lets the database sort every row instead of reading an index in order.
                .setHint("eclipselink.batch", "s.project")
                .getResultList();
    }

    private String column() {
        return order == Order.PUBLISHED ? "s.publishedAt" : "s.updatedAt";
    }

    private StoryQuery condition(String condition, String name, Object value) {
        where.append(where.length() == 0 ? "" : " AND ").append(condition);
        parameters.put(name, value);
        return this;
    }

    /** The time this query orders {@code story} by. */
    public Instant timeOf(Story story) {
        return order == Order.PUBLISHED ? story.publishedAt() : story.updatedAt();
    }
}
