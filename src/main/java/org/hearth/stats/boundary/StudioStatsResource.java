package org.hearth.stats.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Membership;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.config.HearthSettings;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.NotPermittedException;
import org.hearth.stats.entity.DailyCount;
import org.hearth.story.boundary.Stories;
import org.hearth.story.entity.Story;

/**
 * {@code GET /api/v1/studio/stats?from=&to=}: views per item and day (UTC) in the caller's
 * organizations, any role; the platform admin sees every organization. Days default to the last
 * 30; a range is at most 366 days.
 */
@Path("v1/studio/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StudioStatsResource {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;

    /** One item's views: {@code slug}, {@code lang}, {@code title} and {@code url} while it is public. */
    public record ItemJson(String type, String id, String organization, String slug, String lang, String title,
                           String url, long total, List<DayJson> days) {
    }

    public record DayJson(LocalDate day, long views) {
    }

    public record StatsJson(LocalDate from, LocalDate to, List<ItemJson> items, String next) {
    }

    @Inject
    ViewCounts counts;

    @Inject
    Stories stories;

    @Inject
    Caller caller;

    @Inject
    HearthSettings settings;

    @GET
    public StatsJson list(@QueryParam("from") String from, @QueryParam("to") String to) {
        Account account = caller.account();
        LocalDate last = day(to, "to", LocalDate.now(ZoneOffset.UTC));
        LocalDate first = day(from, "from", last.minusDays(DEFAULT_DAYS - 1L));
        if (first.isAfter(last)) {
            throw new InvalidInputException("from", "is after to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidInputException("from", "ask for at most " + MAX_DAYS + " days at a time");
        }
        Map<Long, Organization> organizations = account.memberships().stream().map(Membership::organization)
                .collect(Collectors.toMap(Organization::id, Function.identity(), (a, b) -> a));
        if (organizations.isEmpty() && !account.isPlatformAdmin()) {
            throw new NotPermittedException("Statistics are for members of an organization.");
        }
        List<DailyCount> rows = counts.between(account.isPlatformAdmin() ? null : organizations.keySet(), first, last);
        Map<String, List<DailyCount>> byItem = rows.stream().collect(Collectors.groupingBy(
                row -> row.itemType() + "/" + row.itemRef(), LinkedHashMap::new, Collectors.toList()));
        Map<String, Story> known = stories.findByPublicIds(rows.stream()
                        .filter(r -> ViewCounts.STORY.equals(r.itemType())).map(DailyCount::itemRef).distinct().toList())
                .stream().collect(Collectors.toMap(Story::publicId, Function.identity()));
        List<ItemJson> items = byItem.values().stream().map(days -> item(days, known)).toList();
        return new StatsJson(first, last, items, null);
    }

    private ItemJson item(List<DailyCount> days, Map<String, Story> known) {
        DailyCount any = days.get(0);
        Story story = ViewCounts.STORY.equals(any.itemType()) ? known.get(any.itemRef()) : null;
        boolean shown = story != null && story.isPublic();
        return new ItemJson(any.itemType(), any.itemRef(), story == null ? null : story.organization().slug(),
                shown ? story.slug() : null, story == null ? null : story.lang(), shown ? story.title() : null,
                shown ? settings.publicUrl(story.lang(), "stories", story.slug()) : null,
                days.stream().mapToLong(DailyCount::views).sum(),
                days.stream().map(d -> new DayJson(d.day(), d.views())).toList());
    }

    private static LocalDate day(String value, String field, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "is a day such as 2026-11-29");
        }
    }
}
