package org.hearth.submission.entity;

import org.hearth.shared.Coded;

/**
 * The submitter's age band. Under 13 may not submit at all; under 18 needs a guardian's consent
 * as well as their own assent (research/survivor-safety.md §10).
 */
public enum AgeBand implements Coded {
    UNDER_13("under-13"), AGE_13_15("13-15"), AGE_16_17("16-17"), AGE_18_24("18-24"), AGE_25_PLUS("25-plus");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** May submit at all (13 and over). */
    public boolean maySubmit() {
        return this != UNDER_13;
    }

    /** Needs a parent's or guardian's consent besides their own assent. */
    public boolean needsGuardian() {
        return this == UNDER_13 || this == AGE_13_15 || this == AGE_16_17;
    }
}
