package org.hearth.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.hearth.platform.persistence.DataSourceSetup;
import org.hearth.platform.persistence.DatabaseOutage;

/**
 * Hearth is ready only while its database answers. The probe runs on its own thread and is waited
 * for {@link #PATIENCE} at most: a database that hangs (rather than refuses) makes readiness DOWN
 * at once instead of holding the health check as long as the driver's socket timeout; while one
 * probe still waits, the next check does not start another but reports DOWN too.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final Duration PATIENCE = Duration.ofSeconds(3);

    @Resource(lookup = DataSourceSetup.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private Future<HealthCheckResponse> probe;

    @Override
    public HealthCheckResponse call() {
        Future<HealthCheckResponse> current = current();
        try {
            return current.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return down("no-answer", "TimeoutException");
        } catch (ExecutionException e) {
            return down("error", e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("error", "InterruptedException");
        }
    }

    private synchronized Future<HealthCheckResponse> current() {
        if (probe == null || probe.isDone()) {
            probe = executor.submit(this::probe);
        }
        return probe;
    }

    HealthCheckResponse probe() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid((int) PATIENCE.toSeconds());
            return HealthCheckResponse.named("database").status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException e) {
            return down(DatabaseOutage.isCause(e) ? "unreachable" : "error", e.getClass().getSimpleName());
        }
    }

    private static HealthCheckResponse down(String reason, String error) {
        return HealthCheckResponse.named("database").down().withData("reason", reason).withData("error", error).build();
    }
}
