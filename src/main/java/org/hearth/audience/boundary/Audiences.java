package org.hearth.audience.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.audience.entity.Audience;
import org.hearth.shared.InvalidInputException;

/** The audiences content can be adapted to, in their display order. */
@ApplicationScoped
public class Audiences {

    @PersistenceContext
    EntityManager em;

    public List<Audience> all() {
        return em.createNamedQuery(Audience.FIND_ALL, Audience.class).getResultList();
    }

    /** The audiences with these codes; an unknown code is an {@link InvalidInputException} on {@code field}. */
    public Set<Audience> byCodes(Collection<String> codes, String field) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        Set<Audience> found = new HashSet<>(em.createNamedQuery(Audience.FIND_BY_CODES, Audience.class)
                .setParameter("codes", Set.copyOf(codes)).getResultList());
        Set<String> known = found.stream().map(Audience::code).collect(Collectors.toSet());
        List<String> unknown = codes.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(field, "unknown audience " + unknown + "; known: "
                    + all().stream().map(Audience::code).toList());
        }
        return found;
    }

    public void add(Audience audience) {
        em.persist(audience);
    }
}
