package org.hearth.project.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.rest.Page;
import org.hearth.project.entity.NeighbourhoodProject;

/** {@code /api/v1/studio/projects}: the caller's organizations' projects; org admins create and edit them. */
@Path("v1/studio/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudioProjectsResource {

    @Inject
    Projects projects;

    @Inject
    HearthSettings settings;

    @jakarta.ws.rs.core.Context
    UriInfo uriInfo;

    @GET
    public Page<ProjectJson> list() {
        return new Page<>(projects.visible().stream().map(p -> ProjectJson.of(p, settings)).toList(), null);
    }

    @POST
    public Response create(ProjectInput input) {
        NeighbourhoodProject project = projects.create(input);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(project.slug()).build())
                .entity(ProjectJson.of(project, settings)).build();
    }

    @PUT
    @Path("{slug}")
    public ProjectJson update(@PathParam("slug") String slug, ProjectInput input) {
        return ProjectJson.of(projects.update(slug, input), settings);
    }
}
