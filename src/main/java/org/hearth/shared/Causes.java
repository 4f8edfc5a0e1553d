package org.hearth.shared;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The cause chain of a failure, read once for everyone who must recognize what is inside it:
 * transactions, CDI and JAX-RS wrap what the code threw, often several times.
 */
public final class Causes {

    private Causes() {
    }

    /** {@code thrown}, its cause, that one's cause and so on; a cause met twice (a loop) ends the chain. */
    public static Stream<Throwable> of(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return Stream.iterate(thrown, cause -> cause != null && seen.add(cause), Throwable::getCause);
    }

    /** The first cause in the chain that is a {@code type}, if any. */
    public static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        return of(thrown).filter(type::isInstance).map(type::cast).findFirst();
    }
}
