package org.hearth.service.entity;

import java.text.Normalizer;
import java.util.Locale;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Province;

/**
 * Where a service works: the whole country ({@code national}), a whole province ({@code ON}) or one
 * municipality in it ({@code ON:Toronto}). Municipalities compare without case or accents, so
 * "Montreal" on a project finds a service entered as "Montréal".
 *
 * @param province null for national
 * @param municipality null for the whole province
 */
public record Area(Province province, String municipality) {

    public static final String NATIONAL = "national";
    /** How well a place is served by an area: by name of its municipality, by its province, by the country. */
    public static final int MUNICIPALITY = 2;
    public static final int PROVINCE = 1;
    public static final int COUNTRY = 0;
    public static final int ELSEWHERE = -1;

    public static Area national() {
        return new Area(null, null);
    }

    /** {@code national}, {@code ON} or {@code ON:Toronto}. */
    public static Area parse(String code) {
        String text = code == null ? "" : code.strip();
        if (NATIONAL.equalsIgnoreCase(text)) {
            return national();
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return new Area(province(text, code), null);
        }
        String municipality = text.substring(colon + 1).strip();
        if (municipality.isEmpty()) {
            throw refused(code);
        }
        return new Area(province(text.substring(0, colon), code), municipality);
    }

    /**
     * How well this area serves a place in {@code where} (and {@code municipality}, which may be null):
     * {@link #MUNICIPALITY}, {@link #PROVINCE}, {@link #COUNTRY} or {@link #ELSEWHERE}.
     */
    public int fit(Province where, String place) {
        if (province == null) {
            return COUNTRY;
        }
        if (province != where) {
            return ELSEWHERE;
        }
        if (municipality == null) {
            return PROVINCE;
        }
        return place != null && folded(place).equals(folded(municipality)) ? MUNICIPALITY : ELSEWHERE;
    }

    public boolean isNational() {
        return province == null;
    }

    public String code() {
        return province == null ? NATIONAL : municipality == null ? province.name() : province.name() + ":" + municipality;
    }

    /** For readers: "Toronto (Ontario)", "Ontario", "Across Canada". */
    public String label(String lang) {
        if (province == null) {
            return "fr".equals(lang) ? "Partout au Canada" : "Across Canada";
        }
        return municipality == null ? province.label(lang) : municipality + " (" + province.label(lang) + ")";
    }

    static String folded(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Province province(String text, String code) {
        try {
            return Province.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused(code);
        }
    }

    private static InvalidInputException refused(String code) {
        return new InvalidInputException("areas", "'" + code + "' is not an area: write national, a province code (ON) or a province and municipality (ON:Toronto)");
    }
}
