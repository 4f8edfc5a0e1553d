package org.hearth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.hearth.platform.rest.Problem;
import org.hearth.platform.rest.ProblemMapper;
import org.hearth.shared.ContentGoneException;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.NotAuthenticatedException;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.RateLimitedException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    private Problem problem(Throwable thrown, int status) {
        Response response = mapper.toResponse(thrown);
        assertEquals(status, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        return (Problem) response.getEntity();
    }

    @Test
    void eachBusinessRefusalHasItsStatus() {
        assertEquals(1, problem(new InvalidInputException("title", "is required"), 400).errors().size());
        problem(new NotAuthenticatedException("no"), 401);
        problem(new NotPermittedException("no"), 403);
        problem(new ResourceNotFoundException("story", "x"), 404);
        problem(new RuleViolationException("slug-taken", "taken"), 409);
        problem(new ContentGoneException(), 410);
        problem(new RateLimitedException("slow down", Duration.ofMinutes(3)), 429);
    }

    @Test
    void aStaleVersionSaysWhichVersionIsCurrent() {
        Problem conflict = problem(new StaleVersionException(3, 5), 409);
        assertEquals(5L, conflict.current().get("version"));
    }

    @Test
    void causesAreFoundThroughWrappers() {
        problem(new RuntimeException(new IllegalStateException(new OptimisticLockException("lost"))), 409);
        problem(new RuntimeException(new ResourceNotFoundException("story", "y")), 404);
    }

    @Test
    void theUnexpectedIsA500ThatRevealsNothing() {
        Problem problem = problem(new IllegalStateException("secret internal detail"), 500);
        assertTrue(!problem.detail().contains("secret"), problem.detail());
    }

    @Test
    void throttledSignInsSayWhenToRetry() {
        Response response = mapper.toResponse(new RateLimitedException("slow down", Duration.ofSeconds(90)));
        assertEquals("90", response.getHeaderString("Retry-After"));
    }

    @Test
    void anUnreachableDatabaseIsA503ThatSaysWhenToRetry() {
        Throwable stopped = new jakarta.persistence.PersistenceException(new java.sql.SQLException("Error in allocating a connection",
                new java.sql.SQLRecoverableException("Communications link failure", "08S01")));
        Response response = mapper.toResponse(stopped);
        assertEquals(503, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        assertEquals("https://hearth.example/problems/database-unavailable", ((Problem) response.getEntity()).type());
        assertEquals("30", response.getHeaderString("Retry-After"));
    }

    @Test
    void aRefusedStatementIsNotAnOutage() {
        problem(new jakarta.persistence.PersistenceException(
                new java.sql.SQLIntegrityConstraintViolationException("Duplicate entry", "23000")), 500);
    }
}
