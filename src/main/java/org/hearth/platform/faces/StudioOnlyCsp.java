package org.hearth.platform.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * Keeps PrimeFaces' CSP mode to the studio. PrimeFaces would give every Faces page a nonce kept
 * in the view map, and so a session, a cookie, for anonymous readers of the public site, which
 * has its own strict policy and no inline script at all. Marking PrimeFaces' CSP state as done
 * for any view outside {@code /studio/} (right after the view is restored, before PrimeFaces'
 * own listener runs at render time) leaves public pages exactly as they were.
 */
public class StudioOnlyCsp implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        String viewId = faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
        if (viewId == null || !viewId.startsWith("/studio/")) {
            PrimeFacesContext.getCspState(faces).setInitialized(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view exists.
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
