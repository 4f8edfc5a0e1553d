package org.hearth.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hearth.campaign.entity.Campaign;
import org.hearth.shared.ResourceNotFoundException;

/** Campaigns: public reading and lookup for other components. */
@ApplicationScoped
public class Campaigns {

    @PersistenceContext
    EntityManager em;

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
}
