package org.hearth.media.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.hearth.media.control.MediaFiles;
import org.hearth.shared.PayloadTooLargeException;

/**
 * Refuses an upload whose declared length is beyond anything Hearth would take, before a byte of
 * it is read or buffered (the multipart reader would otherwise spool it to disk first). Uploads
 * without a declared length are counted as they are received instead.
 */
@Provider
public class MediaUploadLimit implements ContainerRequestFilter {

    /** Room for the multipart framing and the organization field around one largest file. */
    private static final long FRAMING = 1_000_000;

    @Inject
    MediaFiles files;

    @Override
    public void filter(ContainerRequestContext request) {
        if ("POST".equals(request.getMethod()) && request.getUriInfo().getPath().endsWith("v1/studio/media")
                && request.getLength() > files.maxBytes() + FRAMING) {
            throw new PayloadTooLargeException("An upload is limited to " + files.maxBytes() / 1_000_000
                    + " MB; send large files one at a time.");
        }
    }
}
