package org.hearth.audience.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.account.boundary.Caller;
import org.hearth.audience.entity.Audience;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.PublicContentChanged;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.StaleVersionException;

/**
 * The audiences content can be adapted to, in their display order. They are shared by every
 * organization, so only a platform admin adds them or edits their labels; codes never change.
 */
@ApplicationScoped
public class Audiences {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Event<PublicContentChanged> changed;

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

    public Optional<Audience> find(String code) {
        return all().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** Whether the caller may add and edit audiences (a platform admin). */
    public boolean mayManage() {
        return caller.find().map(a -> a.isPlatformAdmin()).orElse(false);
    }

    /** One audience, for the platform admin. */
    public Audience manage(String code) {
        requireManager();
        return find(code).orElseThrow(() -> new ResourceNotFoundException("audience", code));
    }

    /** Adds an audience after the others; its code must be new. */
    @Transactional
    public Audience create(AudienceInput input) {
        requireManager();
        if (input == null) {
            throw new InvalidInputException("code", "is required");
        }
        if (input.code() != null && find(input.code().strip()).isPresent()) {
            throw new RuleViolationException("code-taken", "An audience already uses the code '" + input.code().strip() + "'.");
        }
        int position = all().stream().mapToInt(Audience::position).max().orElse(-1) + 1;
        Audience audience = new Audience(input.code() == null ? null : input.code().strip(), input.labelEn(), input.labelFr(), position);
        audience.describe(input.descriptionEn(), input.descriptionFr());
        add(audience);
        changed.fire(new PublicContentChanged("audience:" + audience.code()));
        return audience;
    }

    /** Edits labels and descriptions (never the code) from the version the edit started from. */
    @Transactional
    public Audience update(String code, AudienceInput input) {
        Audience audience = manage(code);
        StaleVersionException.requireCurrent(input == null ? null : input.version(), audience.version(),
                () -> Map.of("labelEn", audience.label("en"), "labelFr", audience.label("fr")));
        audience.relabel(input.labelEn(), input.labelFr());
        audience.describe(input.descriptionEn(), input.descriptionFr());
        changed.fire(new PublicContentChanged("audience:" + audience.code()));
        return audience;
    }

    private void requireManager() {
        if (!caller.account().isPlatformAdmin()) {
            throw new NotPermittedException("Only a platform admin may add or edit audiences: every organization shares them.");
        }
    }
}
