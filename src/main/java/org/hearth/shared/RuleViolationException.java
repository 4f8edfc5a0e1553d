package org.hearth.shared;

/** The current state of something refuses the request (a workflow step out of order, a duplicate slug). */
public class RuleViolationException extends BusinessException {

    private final String rule;
    private final java.util.List<Reason> reasons;

    public RuleViolationException(String rule, String message) {
        this(rule, message, java.util.List.of());
    }

    /** A refusal with its reasons, so that each reader can be told them in their language. */
    public RuleViolationException(String rule, String message, java.util.List<Reason> reasons) {
        super(message);
        this.rule = rule;
        this.reasons = java.util.List.copyOf(reasons);
    }

    /** The refusal in {@code locale}'s words when its reasons are known there, else its message. */
    public String in(java.util.Locale locale) {
        return reasons.isEmpty() ? getMessage() : Reason.sentence(rule, reasons, locale, getMessage());
    }

    public java.util.List<Reason> reasons() {
        return reasons;
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
