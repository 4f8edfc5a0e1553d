package org.hearth.site.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.hearth.site.control.ClusterFreshness;

/**
 * On a cluster node, a search through the API first catches up with what other nodes published
 * or took down, as the pages do, so that a withdrawn story is never found on the next request.
 */
@Provider
public class FreshSearch implements ContainerRequestFilter {

    @Inject
    ClusterFreshness freshness;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getPath().startsWith("v1/search")) {
            // When the generation cannot be read (the database is down) the search answers from the index as it stands.
            freshness.fresh();
        }
    }
}
