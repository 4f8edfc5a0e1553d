package org.hearth.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The messages of a studio page, for {@code WEB-INF/templates/notices.xhtml}: each one that is
 * about a field links to it, so a person (and a screen reader, which hears them announced) can go
 * straight to what needs fixing.
 */
@Named("notices")
@ApplicationScoped
public class StudioNotices {

    /** One message: its words, whether it is an error, and the field it is about (null when none). */
    public record Notice(String text, boolean error, String field) {
    }

    /**
     * Read afresh on every call, never kept: the repeat that shows them is also visited while the
     * form is decoded, before the page's action has said anything.
     */
    public List<Notice> getAll() {
        List<Notice> all = new ArrayList<>();
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String id = ids.next();
            for (FacesMessage message : faces.getMessageList(id)) {
                message.rendered();
                all.add(new Notice(message.getSummary(),
                        message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal(), id));
            }
        }
        return all;
    }
}
