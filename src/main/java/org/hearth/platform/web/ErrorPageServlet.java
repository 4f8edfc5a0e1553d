package org.hearth.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hearth.platform.config.HearthSettings;
import org.hearth.platform.persistence.DatabaseOutage;
import org.hearth.platform.rest.Problem;
import org.hearth.platform.rest.ProblemMapper;

/**
 * The error page for failures and 500/503 answers (web.xml). It reads nothing from the database,
 * which may be the very thing that failed: its words come from the site's bundle, the exit
 * address from the configuration. Under {@code /api} it answers the API's problem+json instead.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/errors/failure";
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Inject
    HearthSettings settings;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // Only the container sends readers here.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Throwable thrown = (Throwable) request.getAttribute("jakarta.servlet.error.exception");
        String failedPath = String.valueOf(request.getAttribute("jakarta.servlet.error.request_uri"));
        boolean outage = outage(request, thrown);
        if (thrown != null && !outage && !failedPath.startsWith("/api/")) {
            LOG.log(Level.SEVERE, "Unexpected failure behind " + failedPath, thrown);
        }
        int status = outage ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (outage) {
            response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER.toSeconds()));
        }
        response.setCharacterEncoding("UTF-8");
        if (failedPath.startsWith("/api/")) {
            Problem problem = outage ? ProblemMapper.databaseUnavailable()
                    : thrown != null ? ProblemMapper.problemFor(thrown) : ProblemMapper.internal();
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(ProblemMapper.json(problem));
            return;
        }
        Locale language = Locale.forLanguageTag(language(failedPath, request.getParameter("lang"), request));
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(ErrorPageHtml.render(ResourceBundle.getBundle("i18n.site", language), language,
                outage ? "error.503" : "error.500", settings.exitUrl().toString()));
    }

    /** Refused because the database is out: said by the sign-in step, the status, or what was thrown. */
    static boolean outage(HttpServletRequest request, Throwable thrown) {
        Object status = request.getAttribute("jakarta.servlet.error.status_code");
        return request.getAttribute(DatabaseOutage.ATTRIBUTE) != null
                || Integer.valueOf(HttpServletResponse.SC_SERVICE_UNAVAILABLE).equals(status)
                || DatabaseOutage.isCause(thrown);
    }

    /** The page's language: the site language its address names, else {@code ?lang=}, else the browser's. */
    static String language(String path, String asked, HttpServletRequest request) {
        if (path.startsWith("/fr/") || path.equals("/fr")) {
            return "fr";
        }
        if (path.startsWith("/en/") || path.equals("/en")) {
            return "en";
        }
        if ("fr".equals(asked) || "en".equals(asked)) {
            return asked;
        }
        for (Locale locale : java.util.Collections.list(request.getLocales())) {
            if ("fr".equals(locale.getLanguage()) || "en".equals(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return "en";
    }
}
