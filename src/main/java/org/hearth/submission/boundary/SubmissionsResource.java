package org.hearth.submission.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.hearth.consent.boundary.ConsentJson;
import org.hearth.media.boundary.Upload;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.persistence.LostRaces;
import org.hearth.shared.BusinessException;
import org.hearth.shared.InvalidInputException;
import org.hearth.shared.NotPermittedException;
import org.hearth.shared.PayloadTooLargeException;
import org.hearth.shared.RateLimitedException;
import org.hearth.shared.UnsupportedMediaException;
import org.hearth.submission.entity.Submission;

/**
 * {@code /api/v1/submissions}: what a youth volunteer sends (multipart, no token: the invitation
 * code admits it), the status their private token opens, and its withdrawal. {@code …/form} takes
 * the same fields from the public {@code /{lang}/submit} page, posted by a browser without
 * JavaScript, and answers with a redirect (303) to the status page, or back to the form naming
 * what to fix.
 */
@Path("v1/submissions")
public class SubmissionsResource {

    @Inject
    Submissions submissions;

    @Inject
    HearthSettings settings;

    @Inject
    LostRaces races;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A youth submission: multipart fields and files, with an invitation code",
            description = "201 {id, status: received, statusUrl}. Refused with nothing stored: 400 (fields, `errors`),"
                    + " 403 (any bad code, one message), 413, 415, 429 with Retry-After.")
    public Response submit(List<EntityPart> parts) {
        submissions.admit(request.getRemoteAddr());
        Parsed parsed = parse(parts);
        Submissions.Receipt receipt = submissions.submit(parsed.input(), parsed.uploads(), request.getRemoteAddr());
        String statusUrl = settings.absolute(statusPath(receipt.lang(), receipt.token()));
        return Response.created(URI.create(statusUrl))
                .entity(new SubmissionJson.Created(receipt.id(), "received", statusUrl)).build();
    }

    @POST
    @Path("form")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "The public submission form, posted by a browser: 303 to the status page, or back to the form")
    public Response submitForm(List<EntityPart> parts) {
        String lang = "en";
        try {
            submissions.admit(request.getRemoteAddr());
            Parsed parsed = parse(parts);
            lang = "fr".equals(parsed.input().lang()) ? "fr" : "en";
            Submissions.Receipt receipt = submissions.submit(parsed.input(), parsed.uploads(), request.getRemoteAddr());
            return Response.seeOther(URI.create(statusPath(receipt.lang(), receipt.token()) + "?done=received"))
                    .header("Cache-Control", "no-store").build();
        } catch (BusinessException refused) {
            return Response.seeOther(URI.create("/" + lang + "/submit?problem=" + String.join(",", problems(refused))))
                    .header("Cache-Control", "no-store").build();
        } catch (RuntimeException wrapped) {
            BusinessException business = org.hearth.shared.Causes.of(wrapped).filter(BusinessException.class::isInstance)
                    .map(BusinessException.class::cast).findFirst().orElseThrow(() -> wrapped);
            return Response.seeOther(URI.create("/" + lang + "/submit?problem=" + String.join(",", problems(business))))
                    .header("Cache-Control", "no-store").build();
        }
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response status(@PathParam("token") String token) {
        Submission s = submissions.byToken(token);
        return Response.ok(new SubmissionJson.Status(s.volunteerStatus(), s.feedback(), s.submittedAt(), s.title()))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    @POST
    @Path("{token}/withdrawal")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The submitter withdraws: everything made of the submission comes down now; 200 with the takedown record")
    public ConsentJson.TakedownRecord withdraw(@PathParam("token") String token) {
        // The submitter's word, not an edit of what they saw: a lost race with the scheduler is taken again.
        return ConsentJson.of(races.retry(() -> submissions.withdraw(token)));
    }

    @POST
    @Path("{token}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdrawFromPage(@PathParam("token") String token, jakarta.ws.rs.core.Form form) {
        // The form as a whole, not @FormParam: a request that is no form is then refused (415), not a 500.
        String confirm = form.asMap().getFirst("confirm");
        String lang = form.asMap().getFirst("lang");
        submissions.byToken(token); // an unknown token is 404, not a page that pretends to know it
        String page = statusPath("fr".equals(lang) ? "fr" : "en", token);
        if (!"yes".equals(confirm)) {
            return Response.seeOther(URI.create(page + "?done=confirm")).build();
        }
        races.retry(() -> submissions.withdraw(token));
        return Response.seeOther(URI.create(page + "?done=withdrawn")).build();
    }

    static String statusPath(String lang, String token) {
        return "/" + lang + "/submissions/" + token;
    }

    /** The codes the form page words in its language: one per field error, or one for the refusal. */
    static Set<String> problems(BusinessException refused) {
        Set<String> codes = new LinkedHashSet<>();
        if (refused instanceof InvalidInputException invalid) {
            invalid.errors().forEach(e -> codes.add(e.reason() == null ? "submission-invalid" : e.reason().code()));
        } else if (refused instanceof NotPermittedException) {
            codes.add("submission-code-refused");
        } else if (refused instanceof PayloadTooLargeException) {
            codes.add("submission-too-large");
        } else if (refused instanceof UnsupportedMediaException) {
            codes.add("submission-unsupported-file");
        } else if (refused instanceof RateLimitedException) {
            codes.add("submission-rate-limited");
        } else {
            codes.add("submission-invalid");
        }
        return codes;
    }

    private record Parsed(SubmissionInput input, List<Upload> uploads) {
    }

    /**
     * The contract's fields by name (a prefix such as {@code form:} is ignored), each read as UTF-8;
     * a file part without a name and without bytes is what a browser sends when no file was chosen.
     */
    private static Parsed parse(List<EntityPart> parts) {
        Map<String, String> fields = new HashMap<>();
        List<String> channels = new ArrayList<>();
        List<Upload> uploads = new ArrayList<>();
        try {
            for (EntityPart part : parts) {
                String name = part.getName();
                name = name.substring(name.lastIndexOf(':') + 1);
                if ("file".equals(name)) {
                    String filename = part.getFileName().orElse("");
                    InputStream content = part.getContent();
                    if (filename.isEmpty()) {
                        byte[] bytes = content.readAllBytes();
                        if (bytes.length == 0) {
                            continue;
                        }
                        content = new java.io.ByteArrayInputStream(bytes);
                    }
                    uploads.add(new Upload(filename, part.getMediaType() == null ? null : part.getMediaType().toString(),
                            content));
                } else {
                    String value = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8);
                    if ("channels".equals(name)) {
                        channels.add(value);
                    } else {
                        fields.merge(name, value, (a, b) -> a);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Parsed(new SubmissionInput(fields.get("code"), fields.get("lang"), fields.get("title"),
                fields.get("description"), fields.get("creditType"), fields.get("creditName"), fields.get("ageBand"),
                fields.get("assent"), fields.get("guardianName"), fields.get("guardianContact"),
                fields.get("guardianConsent"), channels, fields.get("website"), uploads.size()), uploads);
    }
}
