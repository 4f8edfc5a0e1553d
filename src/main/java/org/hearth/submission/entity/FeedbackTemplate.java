package org.hearth.submission.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One feedback template: kind words a moderator starts a rejection from, in English and in French
 * (the submitter reads it in the language of their form). Its {@code code} names it in the API and
 * stays the same when its words change.
 */
@Embeddable
public class FeedbackTemplate {

    public static final int CODE_LENGTH = 40;

    @Column(nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "text_en", nullable = false, length = Submission.FEEDBACK_LENGTH)
    private String textEn;

    @Column(name = "text_fr", nullable = false, length = Submission.FEEDBACK_LENGTH)
    private String textFr;

    protected FeedbackTemplate() {
    }

    public FeedbackTemplate(String code, String textEn, String textFr) {
        this.code = code;
        this.textEn = textEn;
        this.textFr = textFr;
    }

    public String code() { return code; }
    public String textEn() { return textEn; }
    public String textFr() { return textFr; }

    /** The words for a submitter who wrote in {@code lang} (French for {@code fr}, English otherwise). */
    public String text(String lang) {
        return "fr".equals(lang) ? textFr : textEn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedbackTemplate t && code.equals(t.code) && textEn.equals(t.textEn) && textFr.equals(t.textFr);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, textEn, textFr);
    }

    @Override
    public String toString() {
        return code;
    }
}
