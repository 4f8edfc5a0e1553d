package org.hearth.service.entity;

import org.hearth.shared.Coded;

/** What kind of help a service gives; a service has one or more. Codes are the contract's. */
public enum ServiceCategory implements Coded {
    SHELTER("Shelter", "Hébergement"),
    LEGAL("Legal help", "Aide juridique"),
    HEALTH("Health care", "Soins de santé"),
    MENTAL_HEALTH("Mental health", "Santé mentale"),
    IMMIGRATION("Immigration", "Immigration"),
    LABOUR_RIGHTS("Rights at work", "Droits au travail"),
    VICTIM_SERVICES("Victim services", "Services aux victimes"),
    YOUTH("Youth", "Jeunes"),
    INDIGENOUS("Indigenous-led", "Services autochtones"),
    INTERPRETATION("Interpretation", "Interprétation"),
    HOTLINE("Help line", "Ligne d'écoute");

    private final String english;
    private final String french;

    ServiceCategory(String english, String french) {
        this.english = english;
        this.french = french;
    }

    public String label(String lang) {
        return "fr".equals(lang) ? french : english;
    }
}
