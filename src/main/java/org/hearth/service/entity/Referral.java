package org.hearth.service.entity;

import org.hearth.shared.Coded;

/** Who may ask a service for help: the person themselves, anyone on their behalf, or professionals only. */
public enum Referral implements Coded {
    SELF("You can contact them yourself", "Vous pouvez les joindre vous-même"),
    ANY("Anyone can refer", "Toute personne peut orienter"),
    PROFESSIONALS("Referral by a professional only", "Sur orientation d'un ou d'une professionnelle seulement");

    private final String english;
    private final String french;

    Referral(String english, String french) {
        this.english = english;
        this.french = french;
    }

    public String label(String lang) {
        return "fr".equals(lang) ? french : english;
    }
}
