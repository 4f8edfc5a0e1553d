package org.hearth.shared;

/** Canada's thirteen provinces and territories, by postal code, with their names in both languages. */
public enum Province {
    AB("Alberta", "Alberta"),
    BC("British Columbia", "Colombie-Britannique"),
    MB("Manitoba", "Manitoba"),
    NB("New Brunswick", "Nouveau-Brunswick"),
    NL("Newfoundland and Labrador", "Terre-Neuve-et-Labrador"),
    NS("Nova Scotia", "Nouvelle-Écosse"),
    NT("Northwest Territories", "Territoires du Nord-Ouest"),
    NU("Nunavut", "Nunavut"),
    ON("Ontario", "Ontario"),
    PE("Prince Edward Island", "Île-du-Prince-Édouard"),
    QC("Quebec", "Québec"),
    SK("Saskatchewan", "Saskatchewan"),
    YT("Yukon", "Yukon");

    private final String english;
    private final String french;

    Province(String english, String french) {
        this.english = english;
        this.french = french;
    }

    public String label(String lang) {
        return "fr".equals(lang) ? french : english;
    }

    /** The province for a postal code such as {@code ON}, case-insensitive, if it is one. */
    public static java.util.Optional<Province> find(String code) {
        return java.util.Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /** The province for a postal code such as {@code ON}, case-insensitive. */
    public static Province of(String code) {
        try {
            return valueOf(code.trim().toUpperCase());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("province",
                    "'" + code + "' is not a province or territory code (ON, QC, BC, …)");
        }
    }
}
