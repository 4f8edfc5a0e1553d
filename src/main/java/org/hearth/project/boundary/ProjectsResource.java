package org.hearth.project.boundary;

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
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.rest.Conditional;
import org.hearth.platform.rest.Page;
import org.hearth.project.entity.NeighbourhoodProject;

/** {@code /api/v1/projects}: the public list of neighbourhood projects, by slug, and one project. */
@Path("v1/projects")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectsResource {

    @Inject
    Projects projects;

    @Inject
    HearthSettings settings;

    @GET
    public Page<ProjectJson> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return Page.bySlug(limit, cursor, projects::page, NeighbourhoodProject::slug, x -> ProjectJson.of(x, settings));
    }

    @GET
    @Path("{slug}")
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        return Conditional.ok(request, ProjectJson.of(projects.get(slug), settings));
    }
}
