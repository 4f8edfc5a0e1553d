package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The studio end to end, as a communications officer meets it: record a consent, write a story
 * about a person, get the storyteller's approval through a private link, approve and publish it,
 * translate it, and withdraw the consent; with the refusals the rules demand on the way, a
 * conflict between two people, autosave, history, and the story list. A second browser plays the
 * storyteller and the colleague.
 */
class StudioJourneyBrowserIT {

    static HearthServer server;
    static ChromeDriver officer;
    static ChromeDriver other;

    @BeforeAll
    static void open() {
        server = HearthServer.embedded();
        officer = Browser.start();
        other = Browser.start();
        signIn(officer);
    }

    @AfterAll
    static void close() {
        for (WebDriver driver : new WebDriver[] {officer, other}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    static void signIn(WebDriver driver) {
        StudioForms.signIn(driver, server, HearthServer.ADMIN_EMAIL, HearthServer.ADMIN_PASSWORD, "Dashboard");
    }

    static WebElement labelled(WebDriver driver, String label) {
        return StudioForms.labelled(driver, label);
    }

    static void type(WebDriver driver, String label, String text) {
        StudioForms.type(driver, label, text);
    }

    static void tick(WebDriver driver, String legend, String label) {
        driver.findElement(By.xpath("//fieldset[legend[normalize-space()=\"" + legend + "\"]]//label[normalize-space()=\""
                + label + "\"]")).click();
    }

    static void click(WebDriver driver, String value) {
        StudioForms.click(driver, value);
    }

    static void waitUntil(WebDriver driver, String what, java.util.function.Predicate<WebDriver> condition) {
        Pages.until(driver, what, condition);
    }

    static void waitFor(WebDriver driver, String text) {
        StudioForms.waitFor(driver, text);
    }

    static String storyId(WebDriver driver) {
        waitUntil(driver, "a story's own address", d -> d.getCurrentUrl().matches(".*/studio/stories/[A-Za-z0-9_-]{20,}"));
        return driver.getCurrentUrl().replaceFirst(".*/studio/stories/", "");
    }

    static JsonObject story(String id) {
        return Json.object(server.asAdmin("GET", "/api/v1/studio/stories/" + id, null).body());
    }

    static String status(WebDriver driver) {
        return driver.findElement(By.id("story-status")).getText();
    }

    /** A new story written in the editor; returns its id. */
    static String write(WebDriver driver, String kind, String title, String body, String consentLabel) {
        driver.get(server.url("/studio/stories/new"));
        type(driver, "Title", title);
        type(driver, "Summary", "A summary of " + title + ".");
        type(driver, "Body", body);
        new Select(labelled(driver, "Kind")).selectByVisibleText(kind);
        tick(driver, "Audiences", "Youth");
        new Select(labelled(driver, "Attribution")).selectByVisibleText("Pseudonym");
        type(driver, "Name as the storyteller chose it", "Amira");
        if (consentLabel != null) {
            new Select(labelled(driver, "Consent record")).selectByVisibleText(consentLabel);
        }
        click(driver, "Save");
        String id = storyId(driver);
        waitFor(driver, "Saved.");
        return id;
    }

    /** A consent recorded through the studio's form; returns the label the editor's picker shows for it. */
    static String recordConsent(String storyteller, LocalDate expires) {
        officer.get(server.url("/studio/consents"));
        Pages.follow(officer, By.linkText("Record a consent"));
        waitFor(officer, "Storyteller reference");
        type(officer, "Storyteller reference", storyteller);
        type(officer, "Obtained by", "The journey test");
        tick(officer, "Languages the story may be published in", "French");
        tick(officer, "Audiences the story may be shown to", "Youth");
        officer.executeScript("arguments[0].value = arguments[1]", labelled(officer, "Consent ends on"), expires.toString());
        click(officer, "Record the consent");
        waitFor(officer, "Consent recorded.");
        return storyteller + " — until " + expires;
    }

    // ---------------------------------------------------------------- the journey

    @Test
    void anOfficerPublishesABilingualStoryWithConsentAndWithdrawsIt() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // A consent without an end date is refused, field by field, and nothing is recorded.
        officer.get(server.url("/studio/consents/new"));
        assertEquals(List.of(), Axe.seriousViolations(officer), "the consent form is accessible");
        type(officer, "Storyteller reference", "No end date");
        type(officer, "Obtained by", "The journey test");
        click(officer, "Record the consent");
        waitUntil(officer, "the refusal linking to the end date",
                d -> d.findElements(By.cssSelector("[role=alert] a[href='#consentForm:expiresOn']")).size() == 1);
        assertTrue(StudioForms.said(officer).contains("every consent has an end date"),
                "the error is announced and links to its field: " + StudioForms.said(officer));
        assertTrue(officer.getCurrentUrl().endsWith("/studio/consents/new") || officer.getCurrentUrl().contains("edit.xhtml"),
                "still on the form");
        officer.get(server.url("/studio/consents"));
        assertFalse(officer.getPageSource().contains("No end date"), "nothing was recorded");

        String consent = recordConsent("Journey storyteller", today.plusYears(1));
        String consentId = officer.getCurrentUrl().replaceFirst(".*/studio/consents/", "");

        // Written with the consent picked from the list, saved, submitted.
        String id = write(officer, "Lived experience", "The kitchen on Dundas Street",
                "She worked twelve hours a day.\n\nShe found help through a friend.", consent);
        assertEquals(consentId, story(id).getString("consent"));
        assertEquals(List.of(), Axe.seriousViolations(officer), "the editor is accessible");
        click(officer, "Submit for review");
        waitFor(officer, "Submitted for review.");
        assertEquals("in review", status(officer));

        // Approval is refused while the storyteller has not approved this text.
        click(officer, "Approve");
        waitFor(officer, "This story cannot be approved or published: the storyteller has not approved this version");
        assertEquals("in review", status(officer), "a refusal changes nothing");

        // The storyteller approves through a private link, on their own, without an account.
        click(officer, "Create a private review link");
        waitFor(officer, "Review link created.");
        String link = officer.findElement(By.id("issued-link")).getAttribute("value");
        assertTrue(link.contains("/review/"), link);
        other.manage().deleteAllCookies();
        other.get(link);
        assertTrue(other.getPageSource().contains("She worked twelve hours a day."), "the storyteller reads their story");
        Pages.follow(other, By.xpath("//button[normalize-space()='I approve this version']"));
        waitFor(other, "Your approval of this version has been recorded");

        officer.get(server.url("/studio/stories/" + id));
        assertEquals("The storyteller approved exactly this text.", officer.findElement(By.id("storyteller-decision")).getText());
        click(officer, "Approve");
        waitFor(officer, "Approved.");
        click(officer, "Publish");
        waitFor(officer, "Published (or scheduled).");
        assertEquals("published", status(officer));
        String slug = story(id).getString("slug");
        assertEquals(200, server.get("/en/stories/" + slug).statusCode());

        // A French translation, written beside the original, approved and published in its own right.
        type(officer, "Language of the new translation", "fr");
        click(officer, "Start a translation");
        waitFor(officer, "Translation started");
        waitUntil(officer, "the translation's own address", d -> !d.getCurrentUrl().endsWith("/" + id));
        String frenchId = storyId(officer);
        assertFalse(frenchId.equals(id), "the translation is a story of its own");
        assertEquals("The kitchen on Dundas Street", officer.findElement(By.id("original-title")).getText(),
                "the original stays beside the translation");
        type(officer, "Title", "La cuisine de la rue Dundas");
        type(officer, "Body", "Elle travaillait douze heures par jour.\n\nElle a trouvé de l'aide grâce à une amie.");
        click(officer, "Save");
        waitFor(officer, "Saved.");
        click(officer, "Submit for review");
        waitFor(officer, "Submitted for review.");
        type(officer, "How the storyteller approved (for the record)", "Lu au téléphone avec une interprète.");
        click(officer, "Record the storyteller's approval of this text");
        waitFor(officer, "approval of this version is recorded");
        click(officer, "Approve");
        waitFor(officer, "Approved.");
        click(officer, "Publish");
        waitFor(officer, "Published (or scheduled).");
        String frenchSlug = story(frenchId).getString("slug");
        assertEquals(200, server.get("/fr/stories/" + frenchSlug).statusCode());
        assertTrue(server.get("/fr/stories/" + frenchSlug).body().contains("La cuisine de la rue Dundas"));

        // Withdrawn from the studio: both languages come down at once.
        officer.get(server.url("/studio/consents/" + consentId));
        assertEquals(List.of(), Axe.seriousViolations(officer), "the consent page is accessible");
        click(officer, "Withdraw this consent");
        waitFor(officer, "These will come down now");
        String comingDown = officer.findElement(By.id("coming-down")).getText();
        assertTrue(comingDown.contains("The kitchen on Dundas Street") && comingDown.contains("La cuisine de la rue Dundas"), comingDown);
        click(officer, "Withdraw now");
        waitFor(officer, "taken down from public view");
        assertEquals(410, server.get("/en/stories/" + slug).statusCode());
        assertEquals(410, server.get("/fr/stories/" + frenchSlug).statusCode());
        assertTrue(officer.findElement(By.id("consent-history")).getText().contains("Withdrawn"), "the history says so");
    }

    @Test
    void aStoryAboutAPersonWithoutConsentCannotBeApprovedAndAnEditorCanSendAStoryBack() {
        String id = write(officer, "Lived experience", "No consent on file", "Words without a consent.", null);
        click(officer, "Submit for review");
        waitFor(officer, "Submitted for review.");
        assertTrue(officer.findElement(By.id("checks")).getText().contains("Blocks publication"), "the checks say why first");
        click(officer, "Approve");
        waitFor(officer, "This story cannot be approved or published: a lived-experience story needs the storyteller");
        assertEquals("in review", status(officer));
        assertEquals("in-review", story(id).getString("status"));

        type(officer, "Comment for the team (optional)", "Please find the consent form first.");
        click(officer, "Request changes");
        waitFor(officer, "Sent back for changes.");
        assertEquals("changes requested", status(officer));
        assertTrue(server.asAdmin("GET", "/api/v1/studio/audit?entity=story", null).body().contains("Please find the consent form first."),
                "the comment is kept with the step");

        String guidance = write(officer, "Guidance", "Signs to look for at work", "Your passport is yours.", null);
        click(officer, "Submit for review");
        waitFor(officer, "Submitted for review.");
        click(officer, "Approve");
        waitFor(officer, "Approved.");
        click(officer, "Publish");
        waitFor(officer, "Published (or scheduled).");
        assertEquals(200, server.get("/en/stories/" + story(guidance).getString("slug")).statusCode(),
                "guidance needs no storyteller's consent");
    }

    @Test
    void twoPeopleEditingTheSameStorySeeAConflictAndMergeByHand() {
        String id = write(officer, "Guidance", "Two editors", "First paragraph.", null);
        signIn(other);
        other.get(server.url("/studio/stories/" + id));
        officer.get(server.url("/studio/stories/" + id));

        type(other, "Title", "Two editors, their title");
        click(other, "Save");
        waitFor(other, "Saved.");

        type(officer, "Body", "First paragraph.\n\nMy second paragraph.");
        click(officer, "Save");
        waitFor(officer, "Someone else saved this story first");
        assertEquals("Two editors, their title", officer.findElement(By.id("their-title")).getText());
        assertEquals("First paragraph.\n\nMy second paragraph.", labelled(officer, "Body").getAttribute("value"),
                "my text is still in the form");
        assertEquals("Two editors, their title", story(id).getString("title"), "nothing was overwritten");

        type(officer, "Title", "Two editors, their title");
        click(officer, "Save");
        waitFor(officer, "Saved.");
        JsonObject merged = story(id);
        assertEquals("Two editors, their title", merged.getString("title"));
        assertEquals("First paragraph.\n\nMy second paragraph.", merged.getString("body"));
    }

    @Test
    void autosaveKeepsADraftWithoutFloodingTheHistory() {
        String id = write(officer, "Guidance", "Autosaved draft", "Start.", null);
        int before = revisionCount(id);
        officer.get(server.url("/studio/stories/" + id + "?autosaveEvery=1000"));
        labelled(officer, "Body").sendKeys(" One.");
        waitUntil(officer, "the editor saying it saved the draft",
                d -> d.findElement(By.id("autosave-status")).getText().startsWith("Draft saved automatically"));
        autosaved(id, "One.");
        labelled(officer, "Body").sendKeys(" Two.");
        autosaved(id, "Two.");
        labelled(officer, "Body").sendKeys(" Three.");
        autosaved(id, "Three.");
        assertEquals(before + 1, revisionCount(id), "three autosaves, one revision");

        click(officer, "Save");
        waitFor(officer, "Saved.");
        assertEquals("Start. One. Two. Three.", story(id).getString("body"), "the form's version followed the autosaves");
        assertEquals(before + 2, revisionCount(id));
    }

    /**
     * Waits until the server holds the draft ending in {@code ending} and the open editor has
     * taken the version that autosave answered with: only then may the next keystroke or save
     * follow, or it would be sent with the version before (a conflict with itself).
     */
    static void autosaved(String id, String ending) {
        waitUntil(officer, "the autosave of '" + ending + "' and the editor taking its version", d -> {
            JsonObject saved = story(id);
            return saved.getString("body").endsWith(ending)
                    && String.valueOf(saved.getInt("version")).equals(d.findElement(By.id("editor:version")).getAttribute("value"));
        });
    }

    @Test
    void theHistoryShowsWhatChangedAndRestoresAnOldText() {
        String id = write(officer, "Guidance", "History lesson", "Line one.\nLine two.", null);
        type(officer, "Body", "Line one.\nLine two, changed.");
        click(officer, "Save");
        waitFor(officer, "Saved.");
        Pages.follow(officer, By.linkText("History"));
        waitFor(officer, "Every save");
        assertEquals(List.of(), Axe.seriousViolations(officer), "the history page is accessible");
        String diff = officer.findElement(By.id("diff")).getText();
        assertTrue(diff.contains("- Line two.") && diff.contains("+ Line two, changed."), diff);
        click(officer, "Restore revision 1");
        waitFor(officer, "Revision 1 restored");
        assertEquals("Line one.\nLine two.", story(id).getString("body"));
        assertEquals(3, revisionCount(id), "a restore is a new save");
    }

    @Test
    void theStoryListPagesFiltersAndSortsWithoutLoadingEverything() {
        StudioClient studio = new StudioClient(server);
        for (int i = 0; i < 55; i++) {
            studio.created("/api/v1/studio/stories", StudioClient.storyJson("guidance",
                    String.format("Zz list story %02d", i), "Body.", null, List.of("business"), ""));
        }
        officer.get(server.url("/studio/stories?sort=title&lang=en&audience=business"));
        assertEquals(List.of(), Axe.seriousViolations(officer), "the story list is accessible");
        List<String> first = titles();
        assertEquals(50, first.size(), "one page of fifty");
        List<String> sorted = new java.util.ArrayList<>(first);
        sorted.sort(String::compareTo);
        assertEquals(sorted, first, "ordered by title");
        Pages.follow(officer, By.id("next-page"));
        waitFor(officer, "First page");
        List<String> second = titles();
        assertFalse(second.isEmpty());
        assertTrue(second.stream().noneMatch(first::contains), "pages never overlap");
        assertTrue(second.get(second.size() - 1).startsWith("Zz list story 54"), "the last page ends on the last title");

        officer.get(server.url("/studio/stories?status=published"));
        assertTrue(officer.findElements(By.cssSelector("#story-list tbody tr")).size() > 0);
        assertTrue(officer.findElements(By.cssSelector("#story-list tbody tr td:nth-child(3)")).stream()
                .allMatch(cell -> cell.getText().equals("published")), "only published stories");
    }

    List<String> titles() {
        return officer.findElements(By.cssSelector("#story-list tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    static int revisionCount(String id) {
        return Json.object(server.asAdmin("GET", "/api/v1/studio/stories/" + id + "/revisions", null).body())
                .getJsonArray("items").size();
    }
}
