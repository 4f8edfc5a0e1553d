package org.hearth.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.platform.persistence.DatabaseOutage;
import org.hearth.shared.BusinessException;
import org.hearth.shared.Causes;
import org.hearth.shared.ContentGoneException;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.InvalidInputException.FieldError;
import org.hearth.shared.NotAuthenticatedException;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.PayloadTooLargeException;
import org.hearth.shared.UnsupportedMediaException;
import org.hearth.shared.RateLimitedException;
import org.hearth.shared.ResourceNotFoundException;
import org.hearth.shared.RuleViolationException;
import org.hearth.shared.StaleVersionException;

/**
 * The one place where anything thrown under {@code /api} becomes an {@code application/problem+json}
 * answer. Business exceptions carry their meaning; container and persistence exceptions are
 * recognized anywhere in the cause chain (transactions wrap them).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = problemFor(thrown);
        Response.ResponseBuilder response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer realm=\"hearth\"");
        }
        if (rootBusiness(thrown) instanceof RateLimitedException limited) {
            response.header("Retry-After", limited.retryAfter().toSeconds());
        }
        if (problem.status() == 503) {
            response.header("Retry-After", DatabaseOutage.RETRY_AFTER.toSeconds());
        }
        return response.build();
    }

    /** The problem for anything thrown; the error pages use it for failures outside JAX-RS too. */
    public static Problem problemFor(Throwable thrown) {
        java.util.Optional<Problem> known = Causes.of(thrown).map(ProblemMapper::known).filter(p -> p != null).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        if (DatabaseOutage.isCause(thrown)) {
            // Expected while the database restarts: one line, not a stack trace per request.
            LOG.warning(() -> "Database unavailable; answering 503: " + thrown.getClass().getName());
            return databaseUnavailable();
        }
        LOG.log(Level.SEVERE, "Unexpected failure behind an API call", thrown);
        return internal();
    }

    /** The database cannot be reached: nothing was changed, try again after {@code Retry-After} seconds. */
    public static Problem databaseUnavailable() {
        return Problem.of(503, "database-unavailable", "Database unavailable",
                "Hearth cannot reach its database right now; nothing was changed. Try again in a moment.");
    }

    public static Problem internal() {
        return Problem.of(500, "internal", "Internal error", "Something went wrong on our side; nothing was changed.");
    }

    /** A problem as the API writes it. */
    public static String json(Problem problem) {
        return JsonbConfiguration.JSONB.toJson(problem);
    }

    private static Problem known(Throwable cause) {
        if (cause instanceof BusinessException business) {
            return business(business);
        }
        if (cause instanceof ConstraintViolationException invalid) {
            List<FieldError> errors = invalid.getConstraintViolations().stream()
                    .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                    .toList();
            return Problem.of(400, "invalid-input", "Invalid input", "Some fields are not valid.").withErrors(errors);
        }
        if (cause instanceof OptimisticLockException) {
            return Problem.of(409, "edit-conflict", "Edit conflict",
                    "Someone else saved this first; nothing was overwritten. Reload and apply your change again.");
        }
        if (cause instanceof JsonParsingException || cause instanceof JsonbException) {
            return Problem.of(400, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON of the expected shape: " + firstLine(cause.getMessage()));
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status >= 500) {
                return null;
            }
            String reason = web.getResponse().getStatusInfo().getReasonPhrase();
            return Problem.of(status, "http-" + status, reason, detailFor(status, web));
        }
        if (cause instanceof ProcessingException && cause.getCause() == null) {
            return Problem.of(400, "malformed-request", "Malformed request", firstLine(cause.getMessage()));
        }
        return null;
    }

    private static Problem business(BusinessException e) {
        if (e instanceof InvalidInputException invalid) {
            return Problem.of(400, "invalid-input", e.title(), e.getMessage()).withErrors(invalid.errors());
        }
        if (e instanceof StaleVersionException stale) {
            Map<String, Object> current = new java.util.LinkedHashMap<>(stale.currentState());
            current.put("version", stale.current());
            return Problem.of(409, "edit-conflict", e.title(), e.getMessage()).withCurrent(current);
        }
        if (e instanceof RuleViolationException rule) {
            return Problem.of(409, rule.rule(), e.title(), e.getMessage()).withRule(rule.rule()).withReasons(rule.reasons());
        }
        if (e instanceof ResourceNotFoundException) {
            return Problem.of(404, "not-found", e.title(), e.getMessage());
        }
        if (e instanceof ContentGoneException) {
            return Problem.of(410, "gone", e.title(), e.getMessage());
        }
        if (e instanceof NotAuthenticatedException) {
            return Problem.of(401, "not-authenticated", e.title(), e.getMessage());
        }
        if (e instanceof UnsupportedMediaException unsupported) {
            return Problem.of(415, unsupported.code(), e.title(), e.getMessage());
        }
        if (e instanceof PayloadTooLargeException) {
            return Problem.of(413, "too-large", e.title(), e.getMessage());
        }
        if (e instanceof RateLimitedException) {
            return Problem.of(429, "rate-limited", e.title(), e.getMessage());
        }
        if (e instanceof NotPermittedException) {
            return Problem.of(403, "forbidden", e.title(), e.getMessage());
        }
        return Problem.of(409, "refused", e.title(), e.getMessage());
    }

    private static BusinessException rootBusiness(Throwable thrown) {
        return Causes.find(thrown, BusinessException.class).orElse(null);
    }

    private static String detailFor(int status, WebApplicationException web) {
        return switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the format asked for.";
            case 415 -> "This address does not accept that content type; send application/json.";
            default -> firstLine(web.getMessage());
        };
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
