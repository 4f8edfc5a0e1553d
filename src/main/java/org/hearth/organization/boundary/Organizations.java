package org.hearth.organization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.ResourceNotFoundException;

/** Finds organizations; creating them is the platform admin's (and the importer's) business. */
@ApplicationScoped
public class Organizations {

    @PersistenceContext
    EntityManager em;

    public Optional<Organization> find(String slug) {
        return em.createNamedQuery(Organization.FIND_BY_SLUG, Organization.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Organization get(String slug) {
        return find(slug).orElseThrow(() -> new ResourceNotFoundException("organization", slug));
    }

    /** The organization a request names in its {@code organization} field: required, and one that exists (else 400). */
    public Organization named(String slug) {
        if (slug == null || slug.isBlank()) {
            throw new org.hearth.shared.InvalidInputException("organization", "is required");
        }
        return find(slug).orElseThrow(() -> new org.hearth.shared.InvalidInputException("organization",
                "no organization '" + slug + "'"));
    }

    public List<Organization> all() {
        return em.createNamedQuery(Organization.FIND_ALL, Organization.class).getResultList();
    }

    public boolean noneExists() {
        return em.createNamedQuery(Organization.COUNT, Long.class).getSingleResult() == 0;
    }

    public void add(Organization organization) {
        em.persist(organization);
    }
}
