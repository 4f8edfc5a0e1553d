package org.hearth.account.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@code perAccount} failures for one account, or
 * {@code perAddress} failures from one address, within the window, further attempts are refused
 * until the oldest failure leaves the window (so never for longer than the window itself).
 * Kept in memory per node: a restart forgets, which errs towards letting people in.
 */
public class LoginThrottle {

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int perAccount, int perAddress, Duration window, Clock clock) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.clock = clock;
    }

    /** Whether another attempt for {@code account} from {@code address} may be checked now. */
    public boolean allows(String account, String address) {
        return recent("account:" + account) < perAccount && recent("address:" + address) < perAddress;
    }

    public void failed(String account, String address) {
        record("account:" + account);
        record("address:" + address);
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void succeeded(String account) {
        failures.remove("account:" + account);
    }

    /** How long until an attempt would be allowed again, for a Retry-After header. */
    public Duration retryAfter(String account, String address) {
        Instant now = clock.instant();
        return Duration.ofSeconds(Math.max(1, java.util.stream.Stream.of("account:" + account, "address:" + address)
                .map(failures::get)
                .filter(q -> q != null && !q.isEmpty())
                .mapToLong(q -> {
                    synchronized (q) {
                        return Duration.between(now, q.peekFirst().plus(window)).toSeconds();
                    }
                })
                .max().orElse(1)));
    }

    private int recent(String key) {
        Deque<Instant> queue = failures.get(key);
        if (queue == null) {
            return 0;
        }
        synchronized (queue) {
            prune(queue);
            return queue.size();
        }
    }

    private void record(String key) {
        Deque<Instant> queue = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (queue) {
            prune(queue);
            queue.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> queue) {
        Instant oldest = clock.instant().minus(window);
        while (!queue.isEmpty() && !queue.peekFirst().isAfter(oldest)) {
            queue.removeFirst();
        }
    }
}
