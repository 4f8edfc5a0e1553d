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
 * {@code /studio/stories/{id}}, {@code /studio/consents}, {@code /studio/members},
 * {@code /studio/audit}, {@code /studio/takedowns}…) mapped onto its Faces views, and the rule that only a signed-in
 * person reaches anything but the sign-in page: everyone else is sent to {@code /studio/}.
 */
public class StudioRouter extends HttpFilter {

    public static final String STORY_ID = "hearth.studio.story";
    public static final String INVITATION_TOKEN = "hearth.studio.invitation";
    private static final Pattern INVITATION = Pattern.compile("^/studio/invitations/([A-Za-z0-9_-]{20,64})$");
    public static final String CONSENT_ID = "hearth.studio.consent";
    private static final Pattern CONSENT = Pattern.compile("^/studio/consents/([A-Za-z0-9_-]{10,40})$");
    private static final Pattern STORY = Pattern.compile("^/studio/stories/([A-Za-z0-9_-]{10,40})$");
    /** Fixed addresses and their views. */
    private static final Map<String, String> PAGES = Map.of(
            "/studio/members", "/studio/member/list.xhtml",
            "/studio/audit", "/studio/audit-log/list.xhtml",
            "/studio/takedowns", "/studio/takedown/list.xhtml");

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
        if (!signedIn && !"/studio/index.xhtml".equals(path) && !"/studio/invitation.xhtml".equals(path)) {
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
        Matcher consent = CONSENT.matcher(path);
        if (consent.matches()) {
            request.setAttribute(CONSENT_ID, consent.group(1));
            request.getRequestDispatcher("/studio/consent/detail.xhtml").forward(request, response);
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
