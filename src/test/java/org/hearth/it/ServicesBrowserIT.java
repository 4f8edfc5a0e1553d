package org.hearth.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hearth.testsupport.Axe;
import org.hearth.testsupport.Browser;
import org.hearth.testsupport.HearthServer;
import org.hearth.testsupport.Pages;
import org.hearth.testsupport.StudioForms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * From a story to the right help: a reader on a phone, in French, without JavaScript, goes from a
 * story about farm work in Abbotsford to the local workers' service and its phone link, then
 * through the directory's filters. An admin adds a service in the studio, is told plainly that a
 * shelter's address is never published, and the reader's pages show the service at once.
 */
class ServicesBrowserIT {

    static ChromeDriver browser;
    static HearthServer server;

    @BeforeAll
    static void open() {
        server = HearthServer.embedded();
        browser = Browser.start();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    static void accessible() {
        assertEquals(List.of(), Axe.seriousViolations(browser), "axe-core on " + browser.getCurrentUrl());
    }

    @Test
    void aReaderOnAPhoneGoesFromAStoryToALocalServiceAndThroughTheDirectory() {
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(server.url("/fr/stories/travail-agricole-saisonnier-connaitre-ses-droits"));
            WebElement near = Pages.look(browser, "the local services", d -> d.findElement(By.cssSelector("section.local-services")));
            assertTrue(near.getText().contains("De l'aide près d'ici"), near.getText());
            WebElement workers = near.findElement(By.id("service-fraser-valley-migrant-worker-support"));
            assertTrue(workers.getText().contains("Service fictif"), "a sample service says it is fictional");
            assertEquals("tel:+16045550191", workers.findElement(By.linkText("604-555-0191")).getAttribute("href"));
            WebElement call = workers.findElement(By.linkText("604-555-0191"));
            assertTrue(call.getSize().getHeight() >= 24 || call.getSize().getWidth() >= 24, "a target big enough for a thumb");
            accessible();

            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
            Pages.follow(browser, By.partialLinkText("Tous les services : Colombie-Britannique"));
            Pages.heading(browser, "Services : Colombie-Britannique");
            Pages.follow(browser, By.linkText("Droits au travail"));
            Pages.heading(browser, "Services : Colombie-Britannique");
            List<String> names = browser.findElements(By.cssSelector("article.service h3")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("Soutien aux travailleurs migrants de la vallée du Fraser"), names);
            assertTrue(browser.getCurrentUrl().endsWith("/fr/services?province=BC&category=labour-rights"), browser.getCurrentUrl());
            Pages.follow(browser, By.linkText("Tout le Canada"));
            Pages.heading(browser, "Trouver un service");
            assertTrue(browser.getCurrentUrl().endsWith("/fr/services?category=labour-rights"), "the kind of help is kept");
            assertTrue(browser.getPageSource().contains("Centre ontarien des droits des travailleurs"), "other provinces' too");
            Pages.follow(browser, By.linkText("Tous les types d'aide"));
            Pages.heading(browser, "Trouver un service");
            assertTrue(browser.findElements(By.cssSelector("article.service")).size() >= 16);
            // axe-core is a script: the directory is checked again with JavaScript on.
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            browser.get(server.url("/fr/services?province=BC&category=labour-rights"));
            Pages.heading(browser, "Services : Colombie-Britannique");
            accessible();
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void anAdminAddsAServiceInTheStudioAndAShelterAddressIsRefusedByItsField() {
        StudioForms.signIn(browser, server, HearthServer.ADMIN_EMAIL, HearthServer.ADMIN_PASSWORD, "Dashboard");
        browser.get(server.url("/studio/services"));
        StudioForms.waitForHeading(browser, "Service directory");
        assertTrue(browser.getPageSource().contains("West Toronto Safe House Network"));
        accessible();
        Pages.follow(browser, By.linkText("New service"));
        StudioForms.waitForHeading(browser, "New service");
        new Select(StudioForms.labelled(browser, "Organization")).selectByValue("northern-lantern");
        StudioForms.type(browser, "Name (English)", "Hochelaga Women's Shelter");
        StudioForms.type(browser, "Name (French)", "Refuge pour femmes d'Hochelaga");
        StudioForms.labelled(browser, "Shelter").click();
        StudioForms.type(browser, "Where it works", "QC:Montréal");
        StudioForms.type(browser, "Phone", "514-555-0177");
        StudioForms.type(browser, "Walk-in address", "10 rue Secrète");
        accessible();
        StudioForms.click(browser, "Save");
        StudioForms.waitFor(browser, "a shelter's or safe house's location is never published");
        WebElement alert = browser.findElement(By.cssSelector("[role=alert]"));
        assertTrue(alert.getText().contains("Walk-in address"), "the message names the field: " + alert.getText());
        assertFalse(server.get("/fr/services?province=QC").body().contains("Refuge pour femmes d'Hochelaga"), "nothing stored");
        accessible();

        StudioForms.type(browser, "Walk-in address", "");
        StudioForms.click(browser, "Save");
        StudioForms.waitFor(browser, "Saved.");
        StudioForms.waitForHeading(browser, "Edit service");
        assertTrue(browser.findElement(By.id("stale-warning")).getText().contains("Nobody has verified"), "never verified");
        StudioForms.click(browser, "Mark verified today");
        StudioForms.waitFor(browser, "Marked verified today.");
        assertTrue(browser.findElements(By.id("stale-warning")).isEmpty());
        accessible();

        String story = server.get("/fr/stories/un-mariage-qu-elle-n-avait-pas-choisi").body();
        assertTrue(story.contains("Refuge pour femmes d'Hochelaga"), "the Montréal story shows it at once");
        assertFalse(story.contains("10 rue Secrète"));
    }

    @Test
    void anEditorAddsAStepToAProtocolInTheStudioAndReadersSeeItInTheirLanguage() {
        StudioForms.signIn(browser, server, HearthServer.ADMIN_EMAIL, HearthServer.ADMIN_PASSWORD, "Dashboard");
        browser.get(server.url("/studio/projects/north-end-kinship-circle"));
        StudioForms.waitForHeading(browser, "Edit project");
        Pages.follow(browser, By.linkText("Local service protocol"));
        StudioForms.waitForHeading(browser, "Local service protocol");
        assertTrue(browser.getPageSource().contains("Revision 1"), "the import's revision");
        accessible();
        int steps = browser.findElements(By.name("step-en")).size();
        Pages.follow(browser, By.cssSelector("button[name=op][value=add]"));
        StudioForms.waitForHeading(browser, "Local service protocol");
        assertEquals(steps + 1, browser.findElements(By.name("step-en")).size(), "an empty step to write");
        StudioForms.type(browser, "Step " + (steps + 1) + " (English)", "Afterwards, check in with them within a week.");
        StudioForms.type(browser, "Step " + (steps + 1) + " (French)", "Ensuite, reprenez contact avec la personne dans la semaine.");
        new Select(StudioForms.labelled(browser, "Service for step " + (steps + 1))).selectByValue("winnipeg-community-legal-clinic");
        Pages.follow(browser, By.cssSelector("button[name=op][value=save]"));
        StudioForms.waitFor(browser, "Saved.");
        assertTrue(browser.getPageSource().contains("Revision 2"));
        accessible();

        browser.get(server.url("/fr/projects/north-end-kinship-circle/protocol"));
        Pages.heading(browser, "Cercle de parenté du North End : accompagner une personne exploitée");
        WebElement last = browser.findElement(By.id("step-" + (steps + 1)));
        assertTrue(last.getText().contains("Ensuite, reprenez contact avec la personne dans la semaine."), last.getText());
        assertTrue(last.getText().contains("Clinique juridique communautaire de Winnipeg"), "with its service's card");
        accessible();
    }
}
