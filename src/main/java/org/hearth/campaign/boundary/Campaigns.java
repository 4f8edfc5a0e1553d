package org.hearth.campaign.boundary;

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
import org.hearth.campaign.entity.Campaign;
import org.hearth.organization.boundary.Organizations;
import org.hearth.organization.entity.Organization;
import org.hearth.shared.PublicContentChanged;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.Slug;
import org.hearth.shared.StaleVersionException;

/**
 * Campaigns: public reading, lookup for other components, and the one way staff create and edit
 * them (API and studio alike): organization admins only, an edit names the version it started
 * from, and every change drops the cached public pages.
 */
@ApplicationScoped
public class Campaigns {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Organizations organizations;

    @Inject
    Event<PublicContentChanged> changed;

    public Optional<Campaign> find(String slug) {
        return em.createNamedQuery(Campaign.FIND_BY_SLUG, Campaign.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    public Campaign get(String slug) {
        return find(slug).orElseThrow(() -> new ResourceNotFoundException("campaign", slug));
    }

    public List<Campaign> page(String after, int limit) {
        return em.createNamedQuery(Campaign.FIND_ALL, Campaign.class)
                .setParameter("after", after == null ? "" : after)
                .setMaxResults(limit).getResultList();
    }

    public void add(Campaign campaign) {
        em.persist(campaign);
    }

    /** The campaigns of the caller's organizations. */
    public List<Campaign> visible() {
        Account account = caller.account();
        return page(null, 1000).stream().filter(c -> account.roleIn(c.organization()).isPresent()).toList();
    }

    /** One campaign, for someone who may manage it. */
    public Campaign manage(String slug) {
        Campaign campaign = get(slug);
        caller.require(campaign.organization(), Role::mayAdminister, "manage campaigns");
        return campaign;
    }

    @Transactional
    public Campaign create(CampaignInput input) {
        Organization organization = organizations.named(input == null ? null : input.organization());
        caller.require(organization, Role::mayAdminister, "manage campaigns");
        String slug = input.slug() == null || input.slug().isBlank() ? Slug.from(input.name()) : input.slug().strip();
        if (find(slug).isPresent()) {
            throw new RuleViolationException("slug-taken", "A campaign already uses the slug '" + slug + "'.");
        }
        Campaign campaign = new Campaign(slug, organization, Instant.now());
        apply(campaign, input);
        add(campaign);
        changed.fire(new PublicContentChanged("campaign:" + campaign.slug()));
        return campaign;
    }

    /** Saves an edit that started from {@code input.version()}; a stale one shows what is stored now. */
    @Transactional
    public Campaign update(String slug, CampaignInput input) {
        Campaign campaign = manage(slug);
        StaleVersionException.requireCurrent(input == null ? null : input.version(), campaign.version(), () -> {
            Map<String, Object> theirs = new LinkedHashMap<>();
            theirs.put("name", campaign.name());
            theirs.put("nameFr", String.valueOf(campaign.name("fr")));
            theirs.put("startsOn", String.valueOf(campaign.startsOn()));
            theirs.put("endsOn", String.valueOf(campaign.endsOn()));
            return theirs;
        });
        apply(campaign, input);
        changed.fire(new PublicContentChanged("campaign:" + campaign.slug()));
        return campaign;
    }

    private static void apply(Campaign campaign, CampaignInput input) {
        campaign.rename(input.name(), input.nameFr());
        campaign.describe(input.description(), input.descriptionFr());
        campaign.runFrom(input.startsOn(), input.endsOn());
    }
}
