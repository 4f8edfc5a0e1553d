package org.hearth.project.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Account;
import org.hearth.account.entity.Role;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.project.entity.NeighbourhoodProject;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Province;
import org.hearth.shared.PublicContentChanged;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.Slug;
import org.hearth.shared.StaleVersionException;

/**
 * Neighbourhood projects: public reading (they are public as soon as they exist), lookup for other
 * components, and the one way staff create and edit them (API and studio alike): organization admins
 * only, an edit names the version it started from, and every change drops the cached public pages.
 */
@ApplicationScoped
public class Projects {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Organizations organizations;

    @Inject
    Event<PublicContentChanged> changed;

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

    /** The projects of the caller's organizations. */
    public List<NeighbourhoodProject> visible() {
        Account account = caller.account();
        return page(null, 1000).stream().filter(p -> account.roleIn(p.organization()).isPresent()).toList();
    }

    /** One project, for someone who may manage it. */
    public NeighbourhoodProject manage(String slug) {
        NeighbourhoodProject project = get(slug);
        caller.require(project.organization(), Role::mayAdminister, "manage projects");
        return project;
    }

    @Transactional
    public NeighbourhoodProject create(ProjectInput input) {
        Organization organization = organizations.named(input == null ? null : input.organization());
        caller.require(organization, Role::mayAdminister, "manage projects");
        String slug = input.slug() == null || input.slug().isBlank() ? Slug.from(input.name()) : input.slug().strip();
        if (find(slug).isPresent()) {
            throw new RuleViolationException("slug-taken", "A project already uses the slug '" + slug + "'.");
        }
        NeighbourhoodProject project = new NeighbourhoodProject(slug, organization, Instant.now());
        apply(project, input);
        add(project);
        changed.fire(new PublicContentChanged("project:" + project.slug()));
        return project;
    }

    /** Saves an edit that started from {@code input.version()}; a stale one shows what is stored now. */
    @Transactional
    public NeighbourhoodProject update(String slug, ProjectInput input) {
        NeighbourhoodProject project = manage(slug);
        StaleVersionException.requireCurrent(input == null ? null : input.version(), project.version(), () -> {
            Map<String, Object> theirs = new LinkedHashMap<>();
            theirs.put("name", project.name());
            theirs.put("nameFr", String.valueOf(project.name("fr")));
            theirs.put("neighbourhood", project.neighbourhood());
            theirs.put("municipality", project.municipality());
            return theirs;
        });
        apply(project, input);
        changed.fire(new PublicContentChanged("project:" + project.slug()));
        return project;
    }

    private static void apply(NeighbourhoodProject project, ProjectInput input) {
        project.place(input.name(), input.nameFr(), province(input.province()), input.municipality(), input.neighbourhood());
        project.describe(input.description(), input.descriptionFr(), input.partnerServices());
        project.schedule(input.startsOn(), input.endsOn());
    }

    private static Province province(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("province", "is required");
        }
        return Province.of(code);
    }
}
