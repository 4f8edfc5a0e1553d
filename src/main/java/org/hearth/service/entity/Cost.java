package org.hearth.service.entity;

import org.hearth.shared.Coded;

/** What a service costs the person who needs it. */
public enum Cost implements Coded {
    FREE("Free", "Gratuit"),
    SLIDING_SCALE("Sliding scale", "Selon le revenu"),
    FEE("Fees apply", "Frais à payer");

    private final String english;
    private final String french;

    Cost(String english, String french) {
        this.english = english;
        this.french = french;
    }

    public String label(String lang) {
        return "fr".equals(lang) ? french : english;
    }
}
