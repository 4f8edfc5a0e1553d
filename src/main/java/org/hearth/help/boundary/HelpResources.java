package org.hearth.help.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.hearth.help.entity.HelpResource;
import org.hearth.shared.PublicContentChanged;

/**
 * Reads and records help resources. Every change is announced as {@link PublicContentChanged}
 * with {@link HelpResource#changeTag()}, so cached pages showing the support are dropped.
 */
@ApplicationScoped
public class HelpResources {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PublicContentChanged> changed;

    public List<HelpResource> all() {
        return em.createNamedQuery(HelpResource.FIND_ALL, HelpResource.class).getResultList();
    }

    /** Records a support; the pages that show it are rendered again. */
    public void add(HelpResource resource) {
        em.persist(resource);
        changed.fire(new PublicContentChanged(resource.changeTag()));
    }

    /** Those that apply to everyone, then those for {@code audienceCode}. */
    public List<HelpResource> forAudience(String audienceCode) {
        return forAudiences(audienceCode == null ? Set.of() : Set.of(audienceCode));
    }

    /** Those that apply to everyone (the hotline, 911), then those for any of {@code audienceCodes}. */
    public List<HelpResource> forAudiences(Collection<String> audienceCodes) {
        List<HelpResource> all = all();
        return java.util.stream.Stream.concat(
                all.stream().filter(h -> h.audienceCode() == null),
                all.stream().filter(h -> h.audienceCode() != null && audienceCodes.contains(h.audienceCode()))).toList();
    }
}
