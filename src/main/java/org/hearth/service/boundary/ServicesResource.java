package org.hearth.service.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.rest.Bilingual;
import org.hearth.platform.rest.Conditional;
import org.hearth.platform.rest.Page;
import org.hearth.service.entity.ServiceCategory;
import org.hearth.service.entity.SupportService;
import org.hearth.shared.Coded;
import org.hearth.shared.Province;

/**
 * {@code /api/v1/services}: the public service directory, for anyone. {@code province} keeps the
 * services that work there (national ones included), {@code category} those that give that help,
 * {@code lang} ({@code en} or {@code fr}) picks the texts. Paged by slug.
 */
@Path("v1/services")
@Produces(MediaType.APPLICATION_JSON)
public class ServicesResource {

    @Inject
    Services services;

    @Inject
    HearthSettings settings;

    @GET
    public Page<ServiceJson> list(@QueryParam("province") String province, @QueryParam("category") String category,
                                  @QueryParam("lang") String lang, @QueryParam("limit") Integer limit,
                                  @QueryParam("cursor") String cursor) {
        Province where = province == null || province.isBlank() ? null : Province.of(province);
        ServiceCategory kind = category == null || category.isBlank() ? null
                : Coded.parse(ServiceCategory.class, category.strip(), "category");
        String language = Bilingual.language(lang);
        List<SupportService> found = services.all().stream()
                .filter(s -> where == null || s.reaches(where))
                .filter(s -> kind == null || s.offers(kind))
                .toList();
        return Page.bySlug(limit, cursor, (after, size) -> found.stream()
                        .filter(s -> after == null || s.slug().compareTo(after) > 0).limit(size).toList(),
                SupportService::slug, s -> ServiceJson.of(s, language, settings.baseUrl()));
    }

    @GET
    @Path("{slug}")
    public Response get(@PathParam("slug") String slug, @QueryParam("lang") String lang, @Context Request request) {
        return Conditional.ok(request, ServiceJson.of(services.get(slug), Bilingual.language(lang), settings.baseUrl()));
    }
}
