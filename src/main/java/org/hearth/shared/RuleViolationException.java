package org.hearth.shared;

/** The current state of something refuses the request (a workflow step out of order, a duplicate slug). */
public class RuleViolationException extends BusinessException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** A stable code for the rule, such as {@code slug-taken}. */
    public String rule() {
        return rule;
    }

    @Override
    public String title() {
        return "Refused by the current state";
    }
}
