package org.hearth.audience.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;
import org.hearth.shared.InvalidInputException;

/**
 * A community a story or media kit is adapted to: youth, Indigenous peoples, newcomers and
 * migrant workers, business, health providers, and any the platform admin adds. The code is
 * stable (stories, feeds and addresses such as {@code /en/audiences/youth} use it), so nothing
 * changes it once the audience exists; the bilingual labels and descriptions are data and may be edited.
 */
@Entity
@Table(name = "audience")
@NamedQuery(name = Audience.FIND_ALL, query = "SELECT a FROM Audience a ORDER BY a.position, a.code")
@NamedQuery(name = Audience.FIND_BY_CODES, query = "SELECT a FROM Audience a WHERE a.code IN :codes")
public class Audience {

    public static final String FIND_ALL = "Audience.findAll";
    public static final String FIND_BY_CODES = "Audience.findByCodes";
    public static final int LABEL_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "label_en", nullable = false, length = 200)
    private String labelEn;

    @Column(name = "label_fr", nullable = false, length = 200)
    private String labelFr;

    @Lob
    @Column(name = "description_en")
    private String descriptionEn;

    @Lob
    @Column(name = "description_fr")
    private String descriptionFr;

    @Column(nullable = false)
    private int position;

    @Version
    private int version;

    protected Audience() {
    }

    public Audience(String code, String labelEn, String labelFr, int position) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "must be lower-case letters, digits and hyphens");
        }
        this.code = code;
        this.position = position;
        relabel(labelEn, labelFr);
    }

    public void relabel(String english, String french) {
        if (english == null || english.isBlank() || english.strip().length() > LABEL_LENGTH) {
            throw new InvalidInputException("labelEn", "is required (at most " + LABEL_LENGTH + " characters)");
        }
        if (french == null || french.isBlank() || french.strip().length() > LABEL_LENGTH) {
            throw new InvalidInputException("labelFr", "is required (at most " + LABEL_LENGTH + " characters)");
        }
        this.labelEn = english.strip();
        this.labelFr = french.strip();
    }

    public void describe(String english, String french) {
        this.descriptionEn = english == null || english.isBlank() ? null : english.strip();
        this.descriptionFr = french == null || french.isBlank() ? null : french.strip();
    }

    /** The description as stored in {@code lang} (null when there is none), for editing. */
    public String storedDescription(String lang) {
        return "fr".equals(lang) ? descriptionFr : descriptionEn;
    }

    public int position() {
        return position;
    }

    public int version() {
        return version;
    }

    public String code() {
        return code;
    }

    public String label(String lang) {
        return "fr".equals(lang) ? labelFr : labelEn;
    }

    public String description(String lang) {
        return "fr".equals(lang) && descriptionFr != null ? descriptionFr : descriptionEn;
    }
}
