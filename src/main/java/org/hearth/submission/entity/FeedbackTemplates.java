package org.hearth.submission.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.Reason;

/**
 * An organization's own feedback templates, edited as one list with one version: saving starts
 * from the version it was read at, so two people saving at once get an edit conflict. Until an
 * organization saves a list (and again when it saves an empty one), the templates shipped with
 * Hearth apply; the row then stays, so versions only ever move on.
 *
 * <p>Every template needs words in both languages, no longer than a submission's feedback may be,
 * and a code of lower-case letters, digits and hyphens, unique in the list; one sent without a
 * code gets the first free {@code template-N}.
 */
@Entity
@Table(name = "feedback_template_set")
@NamedQuery(name = FeedbackTemplates.FIND_BY_ORGANIZATION,
        query = "SELECT s FROM FeedbackTemplates s WHERE s.organizationId = :organization")
public class FeedbackTemplates {

    public static final String FIND_BY_ORGANIZATION = "FeedbackTemplates.findByOrganization";
    /** Enough for every common reason; a menu longer than this stops helping the moderator choose. */
    public static final int MAX_TEMPLATES = 20;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (FeedbackTemplate.CODE_LENGTH - 1) + "}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, unique = true)
    private Long organizationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_template", joinColumns = @JoinColumn(name = "set_id"))
    @OrderColumn(name = "list_order")
    private List<FeedbackTemplate> templates = new ArrayList<>();

    @Column(name = "changed_by", nullable = false, length = 200)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private int version;

    protected FeedbackTemplates() {
    }

    public FeedbackTemplates(Long organizationId) {
        this.organizationId = organizationId;
    }

    /** What someone typed for one template; a blank code asks for one to be made. */
    public record Draft(String code, String textEn, String textFr) {
    }

    /**
     * Replaces the list with {@code drafts} (checked as the class says, each refusal naming its
     * field as {@code items[i].en}, {@code items[i].fr} or {@code items[i].code}); an empty list
     * goes back to the shipped templates.
     */
    public void replace(List<Draft> drafts, String by, Instant at) {
        List<FeedbackTemplate> made = checked(drafts);
        templates.clear();
        templates.addAll(made);
        changedBy = by;
        changedAt = at;
    }

    /** The templates {@code drafts} make, or why not: nothing is half-applied. */
    public static List<FeedbackTemplate> checked(List<Draft> drafts) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (drafts.size() > MAX_TEMPLATES) {
            throw new InvalidInputException(List.of(InvalidInputException.FieldError.of("items",
                    Reason.of("feedback-templates-too-many", "keep at most " + MAX_TEMPLATES + " templates", MAX_TEMPLATES))));
        }
        Set<String> codes = new HashSet<>();
        for (Draft d : drafts) {
            if (d.code() != null && !d.code().isBlank()) {
                codes.add(d.code().strip());
            }
        }
        Set<String> seen = new HashSet<>();
        List<FeedbackTemplate> made = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String at = "items[" + i + "]";
            String code = d.code() == null || d.code().isBlank() ? null : d.code().strip();
            if (code == null) {
                code = freeCode(codes);
                codes.add(code);
            } else if (!CODE.matcher(code).matches()) {
                errors.add(InvalidInputException.FieldError.of(at + ".code", Reason.of("feedback-template-code",
                        "use lower-case letters, digits and hyphens (at most " + FeedbackTemplate.CODE_LENGTH + ")",
                        FeedbackTemplate.CODE_LENGTH)));
            } else if (!seen.add(code)) {
                errors.add(InvalidInputException.FieldError.of(at + ".code", Reason.of("feedback-template-code-twice",
                        "another template has the code " + code, code)));
            }
            String en = text(d.textEn(), at + ".en", errors);
            String fr = text(d.textFr(), at + ".fr", errors);
            made.add(new FeedbackTemplate(code, en, fr));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return made;
    }

    private static String text(String text, String field, List<InvalidInputException.FieldError> errors) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            errors.add(InvalidInputException.FieldError.of(field, Reason.of("feedback-template-text-missing",
                    "write the template in both English and French")));
        } else if (words.length() > Submission.FEEDBACK_LENGTH) {
            errors.add(InvalidInputException.FieldError.of(field, Reason.of("feedback-template-too-long",
                    "is too long (at most " + Submission.FEEDBACK_LENGTH + " characters)", Submission.FEEDBACK_LENGTH)));
        }
        return words;
    }

    private static String freeCode(Set<String> taken) {
        int n = 1;
        while (taken.contains("template-" + n)) {
            n++;
        }
        return "template-" + n;
    }

    /** The organization's own templates; empty while the shipped ones apply. */
    public List<FeedbackTemplate> templates() {
        return List.copyOf(templates);
    }

    public Long organizationId() { return organizationId; }
    public int version() { return version; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
}
