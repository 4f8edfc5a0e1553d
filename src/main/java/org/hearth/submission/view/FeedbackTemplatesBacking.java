package org.hearth.submission.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.faces.StudioEditForm;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;
import org.hearth.shared.InvalidInputException;
import org.hearth.submission.boundary.ModerationFeedback;
import org.hearth.submission.entity.FeedbackTemplates;

/**
 * {@code /studio/feedback-templates}: the organization's feedback templates in English and French,
 * for its editors and admins: change the words, empty both of a template's texts to remove it, fill
 * the blank one at the end to add one. Saved from the version read, like the other edit pages. The
 * rows are plain fields numbered in the form ({@code en-3}), so a postback reads exactly the rows
 * that were shown, whatever was saved meanwhile. Every rule lives in {@link FeedbackTemplates}.
 */
@Named("feedbackTemplates")
@RequestScoped
public class FeedbackTemplatesBacking extends StudioEditForm<ModerationFeedback.TemplateList> {

    private static final Pattern FIELD = Pattern.compile("items\\[(\\d+)]\\.(en|fr|code)");

    @Inject
    ModerationFeedback feedback;

    @Inject
    Caller caller;

    private ModerationFeedback.TemplateList list;
    private List<Row> rows = new ArrayList<>();

    /** One row of the form: its number there, the template's code (blank for a new one) and its words. */
    public record Row(int index, String code, String en, String fr) {

        boolean isBlank() {
            return (en == null || en.isBlank()) && (fr == null || fr.isBlank());
        }
    }

    public void load() {
        if (StudioPage.isPostback()) {
            return;
        }
        List<Organization> editing = caller.inView(Role::mayEdit);
        if (key == null && !editing.isEmpty()) {
            key = editing.get(0).slug();
        }
        if (key == null) {
            return;
        }
        try {
            list = feedback.list(key);
            version = list.version();
            for (ModerationFeedback.Item item : list.items()) {
                rows.add(new Row(rows.size(), item.code(), item.en(), item.fr()));
            }
            rows.add(new Row(rows.size(), "", "", ""));
        } catch (BusinessException refused) {
            StudioText.refused(refused);
            key = null;
        }
    }

    public String save() {
        rows = posted();
        List<Row> kept = rows.stream().filter(r -> !r.isBlank()).toList();
        List<FeedbackTemplates.Draft> drafts = kept.stream().map(r -> new FeedbackTemplates.Draft(r.code(), r.en(), r.fr()))
                .toList();
        save(() -> feedback.replace(key, drafts, version), saved -> "/studio/feedback-templates", "templates.saved",
                "templates");
        return null;
    }

    /** The rows as the form sent them; a blank row stays so that another can be added after a refusal. */
    private List<Row> posted() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        int count;
        try {
            count = Math.min(Integer.parseInt(form.getOrDefault("count", "0")), FeedbackTemplates.MAX_TEMPLATES + 1);
        } catch (NumberFormatException e) {
            count = 0;
        }
        List<Row> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(new Row(i, form.getOrDefault("code-" + i, ""), form.getOrDefault("en-" + i, ""),
                    form.getOrDefault("fr-" + i, "")));
        }
        if (sent.isEmpty() || !sent.get(sent.size() - 1).isBlank()) {
            sent.add(new Row(sent.size(), "", "", ""));
        }
        return sent;
    }

    /**
     * Says each refused field by its row and language ("Template 2, in French: …"); a refusal
     * names the templates sent, which skip the emptied rows, so it is mapped back to the row shown.
     */
    @Override
    protected void refusedFields(InvalidInputException invalid, String labels) {
        List<Row> kept = rows.stream().filter(r -> !r.isBlank()).toList();
        for (InvalidInputException.FieldError error : invalid.errors()) {
            Matcher field = FIELD.matcher(error.field());
            if (field.matches() && Integer.parseInt(field.group(1)) < kept.size()) {
                Row row = kept.get(Integer.parseInt(field.group(1)));
                String part = field.group(2);
                StudioText.errorAt(part + "-" + row.index(), StudioText.fieldError(
                        StudioText.text("templates.field." + part, legend(row)), error));
            } else {
                StudioText.errorAt(null, StudioText.words(error));
            }
        }
    }

    /** "Template 2", or "New template" for the blank row. */
    public String legend(Row row) {
        return row.code() == null || row.code().isBlank() ? StudioText.text("templates.new")
                : StudioText.text("templates.template", row.index() + 1);
    }

    public ModerationFeedback.TemplateList getList() {
        return list;
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getMaxLength() {
        return org.hearth.submission.entity.Submission.FEEDBACK_LENGTH;
    }
}
