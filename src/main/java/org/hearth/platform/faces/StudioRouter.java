package org.hearth.platform.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The studio's addresses ({@code /studio/}, {@code /studio/stories}, {@code /studio/stories/new},
 * {@code /studio/stories/{id}} with {@code /revisions}, {@code /studio/consents} with {@code /new} and
 * {@code /{id}/edit}, {@code /studio/members}, {@code /studio/audit}, {@code /studio/takedowns}, and for
 * reference data {@code /studio/projects}, {@code /studio/campaigns}, {@code /studio/audiences},
 * {@code /studio/help}, {@code /studio/services}, each with {@code /new} and {@code /{key}}, {@code /studio/terminology}, and the media
 * library {@code /studio/media} with one asset's page {@code /studio/media/{id}})
 * mapped onto its Faces views, and the rule that only a signed-in
 * person reaches anything but the sign-in page: everyone else is sent to {@code /studio/}.
 */
public class StudioRouter extends HttpFilter {

    public static final String STORY_ID = "hearth.studio.story";
    public static final String INVITATION_TOKEN = "hearth.studio.invitation";
    private static final Pattern INVITATION = Pattern.compile("^/studio/invitations/([A-Za-z0-9_-]{20,64})$");
    public static final String RESET_TOKEN = "hearth.studio.reset";
    private static final Pattern RESET = Pattern.compile("^/studio/password-reset/([A-Za-z0-9_-]{20,64})$");
    public static final String CONSENT_ID = "hearth.studio.consent";
    private static final Pattern CONSENT_EDIT = Pattern.compile("^/studio/consents/([A-Za-z0-9_-]{10,40})/edit$");
    private static final Pattern CONSENT = Pattern.compile("^/studio/consents/([A-Za-z0-9_-]{10,40})$");
    /** The views a stranger may reach (their postbacks come to these addresses). */
    private static final java.util.Set<String> OPEN_VIEWS = java.util.Set.of("/studio/index.xhtml",
            "/studio/invitation.xhtml", "/studio/password-reset.xhtml");
    private static final Pattern STORY_REVISIONS = Pattern.compile("^/studio/stories/([A-Za-z0-9_-]{10,40})/revisions$");
    /** The slug, code or id of the reference item an edit page shows. */
    public static final String REFERENCE_KEY = "hearth.studio.reference";
    /** A project's local service protocol; the project's slug reaches the page as {@link #REFERENCE_KEY}. */
    private static final Pattern PROTOCOL = Pattern.compile("^/studio/projects/([a-z0-9][a-z0-9-]{0,99})/protocol$");
    private static final Pattern REFERENCE =
            Pattern.compile("^/studio/(projects|campaigns|audiences|help|services)(?:/([a-z0-9][a-z0-9-]{0,99}))?$");
    private static final java.util.Map<String, String> REFERENCE_VIEWS = java.util.Map.of(
            "projects", "project", "campaigns", "campaign", "audiences", "audience", "help", "help-resource",
            "services", "service");
    /**
     * One asset's page; its id reaches the page as {@link #REFERENCE_KEY}, like a reference item's.
     * The views live in {@code /studio/media-asset/}: a folder named {@code media} would make the
     * container answer {@code /studio/media} with a redirect to the folder before any filter runs.
     */
    private static final Pattern MEDIA = Pattern.compile("^/studio/media/([A-Za-z0-9_-]{10,40})$");
    private static final Pattern STORY = Pattern.compile("^/studio/stories/([A-Za-z0-9_-]{10,40})$");
    /** A media kit's editor ({@code /studio/media-kits/new}, {@code /studio/media-kits/{id}}); views in {@code /studio/media-kit/}. */
    private static final Pattern KIT = Pattern.compile("^/studio/media-kits/(new|[A-Za-z0-9_-]{10,40})$");
    /** One youth submission for its moderators; its id reaches the page as {@link #REFERENCE_KEY}. */
    private static final Pattern SUBMISSION = Pattern.compile("^/studio/submissions/([A-Za-z0-9_-]{10,40})$");
    /** Fixed addresses and their views. */
    private static final Map<String, String> PAGES = Map.of(
            "/studio/members", "/studio/member/list.xhtml",
            "/studio/audit", "/studio/audit-log/list.xhtml",
            "/studio/takedowns", "/studio/takedown/list.xhtml",
            "/studio/media", "/studio/media-asset/list.xhtml",
            "/studio/media-kits", "/studio/media-kit/list.xhtml",
            "/studio/submissions", "/studio/submission/list.xhtml",
            "/studio/codes", "/studio/submission/codes.xhtml",
            "/studio/distress-words", "/studio/submission/distress-words.xhtml",
            "/studio/feedback-templates", "/studio/submission/feedback-templates.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean signedIn = request.getUserPrincipal() != null;
        // The studio is never cached anywhere: it shows unpublished work and names people.
        response.setHeader("Cache-Control", "no-store");
        if ("/studio".equals(path)) {
            response.sendRedirect(request.getContextPath() + "/studio/");
            return;
        }
        if ("/studio/".equals(path)) {
            request.getRequestDispatcher("/studio/index.xhtml").forward(request, response);
            return;
        }
        Matcher invitation = INVITATION.matcher(path);
        if (invitation.matches()) {
            request.setAttribute(INVITATION_TOKEN, invitation.group(1));
            request.getRequestDispatcher("/studio/invitation.xhtml").forward(request, response);
            return;
        }
        Matcher reset = RESET.matcher(path);
        if ("/studio/password-reset".equals(path) || reset.matches()) {
            if (reset.matches()) {
                request.setAttribute(RESET_TOKEN, reset.group(1));
            }
            request.getRequestDispatcher("/studio/password-reset.xhtml").forward(request, response);
            return;
        }
        if (!signedIn && !OPEN_VIEWS.contains(path)) {
            response.sendRedirect(request.getContextPath() + "/studio/");
            return;
        }
        if ("/studio/stories".equals(path)) {
            request.getRequestDispatcher("/studio/story/list.xhtml").forward(request, response);
            return;
        }
        if ("/studio/stories/new".equals(path)) {
            request.getRequestDispatcher("/studio/story/edit.xhtml").forward(request, response);
            return;
        }
        String page = PAGES.get(path);
        if (page != null) {
            request.getRequestDispatcher(page).forward(request, response);
            return;
        }
        if ("/studio/consents".equals(path)) {
            request.getRequestDispatcher("/studio/consent/list.xhtml").forward(request, response);
            return;
        }
        if ("/studio/consents/new".equals(path)) {
            request.getRequestDispatcher("/studio/consent/edit.xhtml").forward(request, response);
            return;
        }
        Matcher consentEdit = CONSENT_EDIT.matcher(path);
        if (consentEdit.matches()) {
            request.setAttribute(CONSENT_ID, consentEdit.group(1));
            request.getRequestDispatcher("/studio/consent/edit.xhtml").forward(request, response);
            return;
        }
        Matcher consent = CONSENT.matcher(path);
        if (consent.matches()) {
            request.setAttribute(CONSENT_ID, consent.group(1));
            request.getRequestDispatcher("/studio/consent/detail.xhtml").forward(request, response);
            return;
        }
        Matcher history = STORY_REVISIONS.matcher(path);
        if (history.matches()) {
            request.setAttribute(STORY_ID, history.group(1));
            request.getRequestDispatcher("/studio/story/revisions.xhtml").forward(request, response);
            return;
        }
        Matcher protocol = PROTOCOL.matcher(path);
        if (protocol.matches()) {
            request.setAttribute(REFERENCE_KEY, protocol.group(1));
            request.getRequestDispatcher("/studio/protocol/edit.xhtml").forward(request, response);
            return;
        }
        Matcher reference = REFERENCE.matcher(path);
        if (reference.matches()) {
            String folder = "/studio/" + REFERENCE_VIEWS.get(reference.group(1));
            String key = reference.group(2);
            if (key != null && !"new".equals(key)) {
                request.setAttribute(REFERENCE_KEY, key);
            }
            request.getRequestDispatcher(folder + (key == null ? "/list.xhtml" : "/edit.xhtml")).forward(request, response);
            return;
        }
        if ("/studio/terminology".equals(path)) {
            request.getRequestDispatcher("/studio/term/list.xhtml").forward(request, response);
            return;
        }
        if ("/studio/terminology/term".equals(path)) {
            request.getRequestDispatcher("/studio/term/edit.xhtml").forward(request, response);
            return;
        }
        Matcher media = MEDIA.matcher(path);
        if (media.matches()) {
            request.setAttribute(REFERENCE_KEY, media.group(1));
            request.getRequestDispatcher("/studio/media-asset/detail.xhtml").forward(request, response);
            return;
        }
        Matcher kit = KIT.matcher(path);
        if (kit.matches()) {
            if (!"new".equals(kit.group(1))) {
                request.setAttribute(REFERENCE_KEY, kit.group(1));
            }
            request.getRequestDispatcher("/studio/media-kit/edit.xhtml").forward(request, response);
            return;
        }
        Matcher submission = SUBMISSION.matcher(path);
        if (submission.matches()) {
            request.setAttribute(REFERENCE_KEY, submission.group(1));
            request.getRequestDispatcher("/studio/submission/detail.xhtml").forward(request, response);
            return;
        }
        Matcher story = STORY.matcher(path);
        if (story.matches()) {
            request.setAttribute(STORY_ID, story.group(1));
            request.getRequestDispatcher("/studio/story/edit.xhtml").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
