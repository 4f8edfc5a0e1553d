package org.hearth.submission.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.hearth.account.boundary.Caller;
import org.hearth.account.entity.Role;
import org.hearth.organization.entity.Organization;
import org.hearth.platform.faces.StudioEditForm;
import org.hearth.platform.faces.StudioPage;
import org.hearth.platform.faces.StudioText;
import org.hearth.shared.BusinessException;
import org.hearth.submission.boundary.Submissions;

/**
 * {@code /studio/distress-words}: the organization's distress list, one word or phrase a line,
 * for its editors and admins, saved from the version it was read at (someone else's newer save is
 * shown beside the form, never overwritten). Every rule lives in {@link Submissions}.
 */
@Named("distressWords")
@RequestScoped
public class DistressWordsBacking extends StudioEditForm<Submissions.DistressList> {

    @Inject
    Submissions submissions;

    @Inject
    Caller caller;

    private String words;
    private Submissions.DistressList list;

    /** Reads the list of the organization worked in (the page's key is its slug). */
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
            list = submissions.distressPhrases(key);
            words = String.join("\n", list.items());
            version = list.version();
        } catch (BusinessException refused) {
            StudioText.refused(refused);
            key = null;
        }
    }

    public String save() {
        List<String> lines = words == null ? List.of() : Arrays.stream(words.split("\\R")).toList();
        save(() -> submissions.replaceDistressPhrases(key, lines, version), saved -> "/studio/distress-words",
                "distress.saved", "distress");
        return null;
    }

    /** The list as read (null on a postback: the form then shows what was typed). */
    public Submissions.DistressList getList() {
        return list;
    }

    public String getWords() { return words; }
    public void setWords(String words) { this.words = words; }
}
