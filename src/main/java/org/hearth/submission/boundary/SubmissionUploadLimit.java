package org.hearth.submission.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.shared.PayloadTooLargeException;

/**
 * Refuses a submission whose declared length is beyond its largest possible size (the most files,
 * each the largest the media library takes) before a byte of it is read or spooled to disk.
 */
@Provider
public class SubmissionUploadLimit implements ContainerRequestFilter {

    private static final long FRAMING = 1_000_000;

    @Inject
    MediaLibrary media;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if ("POST".equals(request.getMethod()) && (path.endsWith("v1/submissions") || path.endsWith("v1/submissions/form"))
                && request.getLength() > Submissions.MAX_FILES * media.maxBytes() + FRAMING) {
            throw new PayloadTooLargeException("A submission is limited to " + Submissions.MAX_FILES + " files of "
                    + media.maxBytes() / 1_000_000 + " MB each.");
        }
    }
}
