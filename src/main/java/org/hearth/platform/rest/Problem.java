package org.hearth.platform.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.hearth.shared.InvalidInputException.FieldError;

/**
 * An RFC 9457 problem: {@code type}, {@code title}, {@code status}, {@code detail}, and for invalid
 * fields {@code errors}. {@code extensions} carries what a client needs to recover, such as the
 * current version after an edit conflict. Absent members are left out of the JSON.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"type", "title", "status", "detail", "rule", "reasons", "errors", "current"})
public record Problem(String type, String title, int status, String detail, String rule, List<ReasonJson> reasons,
                      List<ErrorJson> errors, Map<String, Object> current) {

    /** One reason a rule said no, by its stable code, so that clients decide by the code, not the words. */
    public record ReasonJson(String code, String message) {
    }

    /** One invalid field as the API has always shown it. */
    public record ErrorJson(String field, String message) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://hearth.example/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail, null, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, rule, reasons,
                fieldErrors.stream().map(e -> new ErrorJson(e.field(), e.message())).toList(), current);
    }

    public Problem withRule(String ruleCode) {
        return new Problem(type, title, status, detail, ruleCode, reasons, errors, current);
    }

    public Problem withReasons(List<org.hearth.shared.Reason> why) {
        return why.isEmpty() ? this : new Problem(type, title, status, detail, rule,
                why.stream().map(r -> new ReasonJson(r.code(), r.english())).toList(), errors, current);
    }

    public Problem withCurrent(Map<String, Object> currentState) {
        return new Problem(type, title, status, detail, rule, reasons, errors, currentState);
    }
}
