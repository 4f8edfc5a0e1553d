package org.hearth.project.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.ResourceNotFoundException;

/** Neighbourhood projects: public reading (they are public as soon as they exist) and lookup for other components. */
@ApplicationScoped
public class Projects {

    @PersistenceContext
    EntityManager em;

    public Optional<NeighbourhoodProject> find(String slug) {
        return em.createNamedQuery(NeighbourhoodProject.FIND_BY_SLUG, NeighbourhoodProject.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public NeighbourhoodProject get(String slug) {
        return find(slug).orElseThrow(() -> new ResourceNotFoundException("project", slug));
    }

    /** Up to {@code limit} projects after the slug {@code after} (empty for the first page), by slug. */
    public List<NeighbourhoodProject> page(String after, int limit) {
        return em.createNamedQuery(NeighbourhoodProject.FIND_ALL, NeighbourhoodProject.class)
                .setParameter("after", after == null ? "" : after)
                .setMaxResults(limit).getResultList();
    }

    public void add(NeighbourhoodProject project) {
        em.persist(project);
    }
}
