package org.hearth.platform.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * PrimeFaces' CSP mode checks, on every postback, that the form sent back the page's nonce; its
 * own script adds it, but studio pages built from plain Faces forms do not load that script. So
 * every studio form writes the nonce as a hidden field beside its view state (Faces asks the view
 * handler to write the state once in each form).
 */
public class CspNonceViewHandler extends ViewHandlerWrapper {

    public CspNonceViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void writeState(FacesContext context) throws IOException {
        UIViewRoot root = context.getViewRoot();
        if (root != null && root.getViewId() != null && root.getViewId().startsWith("/studio/")
                && !context.getPartialViewContext().isAjaxRequest()) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", null);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", "primefaces.nonce", null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
        super.writeState(context);
    }
}
