package org.hearth.help.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hearth.help.entity.HelpResource;

/** Reads and records help resources. */
@ApplicationScoped
public class HelpResources {

    @PersistenceContext
    EntityManager em;

    public List<HelpResource> all() {
        return em.createNamedQuery(HelpResource.FIND_ALL, HelpResource.class).getResultList();
    }

    public void add(HelpResource resource) {
        em.persist(resource);
    }

    /** Those that apply to everyone, then those for {@code audienceCode}. */
    public List<HelpResource> forAudience(String audienceCode) {
        return all().stream()
                .filter(h -> h.audienceCode() == null || h.audienceCode().equals(audienceCode))
                .toList();
    }
}
