package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hearth.testsupport.Axe;
import org.hearth.testsupport.Browser;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Json;
import org.hearth.testsupport.Pages;
import org.hearth.testsupport.StudioForms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * An organization's admin in the studio: invites an editor, changes their role, deactivates them
 * (their open session and their token stop working, and they can no longer sign in); reads and
 * exports the audit log; sees a takedown; switches organization. Every page passes axe.
 */
class StudioAdminBrowserIT {

    static final String PASSWORD = "a long enough passphrase";

    static ChromeDriver admin;
    static HearthServer server;

    @BeforeAll
    static void open() {
        server = HearthServer.embedded();
        admin = Browser.start();
    }

    @AfterAll
    static void close() {
        if (admin != null) {
            admin.quit();
        }
    }

    static WebElement labelled(WebDriver browser, String label) {
        return StudioForms.labelled(browser, label);
    }

    static void signIn(WebDriver browser, String email, String password) {
        browser.manage().deleteAllCookies();
        browser.get(server.url("/studio/"));
        StudioForms.type(browser, "Email", email);
        StudioForms.type(browser, "Password", password);
        StudioForms.click(browser, "Sign in");
    }

    static void signInAsAdmin() {
        signIn(admin, HearthServer.ADMIN_EMAIL, HearthServer.ADMIN_PASSWORD);
        Pages.heading(admin, "Dashboard");
    }

    static void waitFor(WebDriver browser, String what, java.util.function.Predicate<WebDriver> condition) {
        Pages.until(browser, what, condition);
    }

    static WebElement row(String email) {
        return admin.findElement(By.cssSelector("tr[data-email='" + email + "']"));
    }

    static String session(WebDriver browser) {
        Cookie cookie = browser.manage().getCookieNamed("JSESSIONID");
        return "JSESSIONID=" + cookie.getValue();
    }

    static void assertAccessible(String page) {
        List<String> violations = Axe.seriousViolations(admin);
        assertTrue(violations.isEmpty(), page + ": " + violations);
    }

    @Test
    void inviteAnEditorChangeTheirRoleAndDeactivateThem() {
        String email = "admin-it.editor@example.org";
        signInAsAdmin();
        Pages.follow(admin, By.linkText("Members"));
        Pages.heading(admin, "Members and invitations");
        assertAccessible("members");

        labelled(admin, "Email").sendKeys(email);
        new Select(labelled(admin, "Role")).selectByVisibleText("Editor");
        StudioForms.click(admin, "Invite");
        waitFor(admin, "the invitation's link", d -> !d.findElements(By.id("invitation-url")).isEmpty());
        String link = admin.findElement(By.id("invitation-url")).getText();
        assertTrue(link.contains("/studio/invitations/"), link);
        assertTrue(admin.findElement(By.id("invitation-outbox")).getText().contains("outbox"), "says where the message went");
        assertTrue(row(email).getText().contains("Invited (no password yet)"));
        assertAccessible("members after an invitation");

        ChromeDriver editor = Browser.start();
        try {
            editor.get(link.replaceFirst("^https?://[^/]+", server.url("")));
            labelled(editor, "New password").sendKeys(PASSWORD);
            labelled(editor, "Confirm the password").sendKeys(PASSWORD);
            StudioForms.click(editor, "Set my password");
            Pages.text(editor, "Your password is set");
            signIn(editor, email, PASSWORD);
            Pages.heading(editor, "Dashboard");
            assertTrue(editor.findElements(By.linkText("Members")).isEmpty(), "an editor is not shown the members screen");
            assertEquals(403, server.get("/studio/members", "Cookie", session(editor)).statusCode(),
                    "nor let in by its address");
            assertEquals(403, server.get("/studio/audit", "Cookie", session(editor)).statusCode());
            HttpResponse<String> issued = server.send("POST", "/api/v1/auth/tokens",
                    "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
            String bearer = "Bearer " + Json.object(issued.body()).getString("token");
            assertEquals(200, server.send("GET", "/api/v1/studio/stories", null, "Authorization", bearer).statusCode());
            assertEquals(403, server.send("POST", "/api/v1/studio/organizations/northern-lantern/members",
                    "{\"email\":\"someone@example.org\",\"role\":\"EDITOR\"}", "Authorization", bearer).statusCode(),
                    "an editor may not add members through the API");
            HttpResponse<String> promote = server.send("PUT", "/api/v1/studio/organizations/northern-lantern/members/"
                    + Json.items(server.asAdmin("GET", "/api/v1/studio/organizations/northern-lantern/members", null).body())
                    .stream().filter(m -> m.getString("email").equals(email)).findFirst().orElseThrow().getString("id"),
                    "{\"role\":\"ORG_ADMIN\"}", "Authorization", bearer);
            assertEquals(403, promote.statusCode(), "nor make themselves an admin: " + promote.body());

            Pages.replacing(admin, () -> admin.navigate().refresh());
            waitFor(admin, "the editor's row", d -> !d.findElements(By.cssSelector("tr[data-email='" + email + "']")).isEmpty());
            assertFalse(row(email).getText().contains("Not yet"), "the last sign-in is shown");
            new Select(row(email).findElement(By.tagName("select"))).selectByVisibleText("Author");
            StudioForms.click(admin, "tr[data-email='" + email + "']", "Change role");
            Pages.text(admin, "The role of " + email + " is changed.");
            assertEquals("AUTHOR", new Select(row(email).findElement(By.tagName("select"))).getFirstSelectedOption()
                    .getAttribute("value"));

            StudioForms.click(admin, "tr[data-email='" + email + "']", "Deactivate");
            Pages.text(admin, email + " is deactivated");
            assertTrue(row(email).getText().contains("Deactivated"));
            assertAccessible("members after a deactivation");

            Pages.replacing(editor, () -> editor.navigate().refresh());
            Pages.heading(editor, "Sign in to the studio");
            assertEquals(401, server.send("GET", "/api/v1/studio/stories", null, "Authorization", bearer).statusCode(),
                    "their token stopped working too");
            signIn(editor, email, PASSWORD);
            Pages.text(editor, "is not right");
            assertEquals("Sign in to the studio", editor.findElement(By.tagName("h1")).getText());
        } finally {
            editor.quit();
        }

        StudioForms.click(admin, "tr[data-email='" + email + "']", "Reactivate");
        Pages.text(admin, email + " is active again");
        HttpResponse<String> token = server.send("POST", "/api/v1/auth/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, token.statusCode(), "reactivated, they may sign in again");
    }

    @Test
    void filterTheAuditLogAndDownloadItAsCsv() {
        server.asAdmin("POST", "/api/v1/studio/organizations/northern-lantern/members",
                "{\"email\":\"audited.author@example.org\",\"role\":\"AUTHOR\"}");
        signInAsAdmin();
        Pages.follow(admin, By.linkText("Audit log"));
        Pages.heading(admin, "Audit log");
        assertAccessible("audit log");
        assertFalse(admin.findElements(By.cssSelector("td.event-action")).isEmpty(), "the log shows events");

        labelled(admin, "Entity").sendKeys("account");
        labelled(admin, "Action").sendKeys("member");
        Pages.follow(admin, By.id("apply"));
        waitFor(admin, "the filtered address", d -> d.getCurrentUrl().contains("action=member"));
        List<String> actions = admin.findElements(By.cssSelector("td.event-action")).stream().map(WebElement::getText).toList();
        assertFalse(actions.isEmpty());
        assertTrue(actions.stream().allMatch(a -> a.startsWith("member.")), actions.toString());
        assertTrue(actions.contains("member.added"));
        assertEquals("member", labelled(admin, "Action").getAttribute("value"), "the filter stays filled in");
        assertAccessible("filtered audit log");

        String csvUrl = admin.findElement(By.id("csv")).getAttribute("href");
        assertTrue(csvUrl.contains("entity=account") && csvUrl.contains("action=member"), csvUrl);
        HttpResponse<String> csv = server.get(csvUrl.replaceFirst("^https?://[^/]+", ""), "Cookie", session(admin));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename="));
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertEquals("at,actor,action,entity,id,detail", lines.get(0));
        assertTrue(lines.size() > 1);
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",member.") && l.contains(",account,")), lines.toString());

        HttpResponse<String> stranger = server.get(csvUrl.replaceFirst("^https?://[^/]+", ""));
        assertEquals(401, stranger.statusCode(), "no session, no log");
    }

    @Test
    void aWithdrawalShowsOnTheTakedownDashboard() {
        StudioClient studio = new StudioClient(server);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String consent = studio.created("/api/v1/studio/consents", StudioClient.consentJson(List.of("youth"),
                List.of("en"), today, today.plusYears(1))).getString("id");
        var story = studio.created("/api/v1/studio/stories", StudioClient.storyJson("lived-experience",
                "Seen on the takedown dashboard", "Her words.", consent, List.of("youth"), ""));
        String id = story.getString("id");
        studio.transition(id, "submit");
        studio.storytellerApproves(id);
        studio.transition(id, "approve");
        assertEquals(200, studio.transition(id, "publish").statusCode());
        HttpResponse<String> withdrawn = server.asAdmin("POST", "/api/v1/studio/consents/" + consent + "/withdrawal",
                "{\"scope\":\"full\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());

        signInAsAdmin();
        Pages.follow(admin, By.linkText("Takedowns"));
        Pages.heading(admin, "Takedowns");
        WebElement takedown = admin.findElement(By.xpath("//article[.//a[contains(@href,'/studio/consents/" + consent + "')]]"));
        String text = takedown.getText();
        assertTrue(text.contains("Withdrawal"), text);
        assertTrue(text.contains("Story: ") && text.contains("/en/stories/" + story.getString("slug")), text);
        assertTrue(text.contains("None yet"), "partners: says honestly that nobody was told");
        assertTrue(text.contains(HearthServer.ADMIN_EMAIL), "who withdrew it");
        assertAccessible("takedowns");
    }

    @Test
    void switchBetweenOrganizations() {
        HttpResponse<String> created = server.asAdmin("POST", "/api/v1/studio/organizations",
                "{\"slug\":\"riverside-shelter\",\"name\":\"Riverside Shelter\",\"province\":\"QC\"}");
        assertTrue(created.statusCode() == 201 || created.statusCode() == 409, created.body());

        signInAsAdmin();
        Select organization = new Select(labelled(admin, "Organization"));
        assertEquals("Northern Lantern Collective", organization.getFirstSelectedOption().getText(), "the first by default");
        assertAccessible("dashboard with the organization switch");
        Pages.follow(admin, By.linkText("Members"));
        Pages.heading(admin, "Members and invitations");
        assertTrue(admin.findElement(By.tagName("main")).getText().contains("Northern Lantern Collective"));

        new Select(labelled(admin, "Organization")).selectByVisibleText("Riverside Shelter");
        StudioForms.click(admin, "Switch");
        Pages.heading(admin, "Dashboard");
        assertEquals("Riverside Shelter", new Select(labelled(admin, "Organization")).getFirstSelectedOption().getText());

        admin.get(server.url("/studio/stories"));
        assertTrue(admin.findElements(By.cssSelector("table.stories tbody tr")).isEmpty(),
                "Riverside Shelter has no stories; Northern Lantern's are not listed");
        admin.get(server.url("/studio/members"));
        assertTrue(admin.findElements(By.cssSelector("tr[data-email]")).isEmpty(), "nor its members");
        assertTrue(admin.findElement(By.tagName("main")).getText().contains("Riverside Shelter"));

        labelled(admin, "Email").sendKeys("riverside.admin@example.org");
        new Select(labelled(admin, "Role")).selectByVisibleText("Organization admin");
        StudioForms.click(admin, "Invite");
        waitFor(admin, "the invited admin's row",
                d -> !d.findElements(By.cssSelector("tr[data-email='riverside.admin@example.org']")).isEmpty());
        StudioForms.click(admin, "tr[data-email='riverside.admin@example.org']", "Deactivate");
        waitFor(admin, "the refusal to deactivate the last admin",
                d -> d.findElement(By.cssSelector("[role=alert]")).getText().contains("last active admin"));
        assertTrue(row("riverside.admin@example.org").getText().contains("Invited"), "still there, not deactivated");
        assertAccessible("members with a refusal");

        new Select(labelled(admin, "Organization")).selectByVisibleText("Northern Lantern Collective");
        StudioForms.click(admin, "Switch");
        Pages.heading(admin, "Dashboard");
        admin.get(server.url("/studio/stories"));
        assertFalse(admin.findElements(By.cssSelector("table.stories tbody tr")).isEmpty(), "back to Northern Lantern's stories");
    }
}
