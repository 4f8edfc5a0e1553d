package org.hearth.checks;

/** How strongly a check asks for attention. Neither blocks publishing. */
public enum Severity {
    /** Likely a problem: fix it, or confirm it is intended. */
    WARNING,
    /** A hint worth considering. */
    INFO
}
