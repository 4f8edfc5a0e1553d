package org.hearth.mediakit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hearth.audit.boundary.AuditLog;
import org.hearth.consent.boundary.ConsentChanged;
import org.hearth.media.boundary.MediaLibrary;
import org.hearth.mediakit.entity.KitItem;
import org.hearth.mediakit.entity.MediaKit;
import org.hearth.mediakit.entity.PartnerDownload;
import org.hearth.platform.mail.Mail;

/**
 * A consent was withdrawn, expired or amended: every kit item showing that person whose consent no
 * longer covers media kits (or the website) leaves its kit for good, now, in the change's
 * transaction — so the kit's page, its JSON and every later download lose it before the call
 * returns. Each affected kit is listed in the takedown record, its cached page is dropped, and
 * every partner organization that downloaded it is sent a notice naming the item to stop using
 * (by mail, or into the outbox without a mail server).
 */
@ApplicationScoped
public class KitConsentWatch {

    /** The audit action of a partner's notice; its detail starts with {@code consent <id>:}. */
    public static final String PARTNER_NOTIFIED = "media-kit.partner-notified";

    @Inject
    MediaKits kits;

    @Inject
    MediaLibrary media;

    @Inject
    AuditLog audit;

    @Inject
    Mail mail;

    private final Clock clock = Clock.systemUTC();

    void onConsentChanged(@Observes ConsentChanged change) {
        List<String> showing = media.showing(change.consentId());
        Instant now = clock.instant();
        for (MediaKit kit : kits.using(showing)) {
            Set<String> uncovered = kit.mediaIds().stream().filter(showing::contains)
                    .filter(id -> !kits.coveredForKits(id, kit.organization())).collect(Collectors.toSet());
            if (uncovered.isEmpty()) {
                continue;
            }
            boolean wasPublic = kit.isPublic();
            List<KitItem> removed = kit.removeMedia(uncovered, now);
            if (removed.isEmpty()) {
                continue;
            }
            kits.afterRemoval(kit);
            String titles = removed.stream().map(KitItem::title).collect(Collectors.joining(", "));
            kits.recordRevision(kit, change.actor(), "removed with consent " + change.consentId() + ": " + titles);
            change.removed("media-kit", kit.publicId(), wasPublic ? kits.url(kit) : null);
            audit.record(kit.organization().id(), change.actor(), "media-kit.item-removed", "media-kit", kit.publicId(),
                    change.reason().name().toLowerCase() + " of consent " + change.consentId() + ": " + titles);
            notifyPartners(kit, removed, change);
        }
    }

    private void notifyPartners(MediaKit kit, List<KitItem> removed, ConsentChanged change) {
        Map<String, PartnerDownload> byPerson = new LinkedHashMap<>();
        for (PartnerDownload d : kits.partnerDownloads(kit)) {
            byPerson.putIfAbsent(d.organization().slug() + " " + d.email(), d);
        }
        for (PartnerDownload d : byPerson.values()) {
            Mail.Delivery delivery = mail.send(d.email(), subject(kit), notice(kit, removed, d, kits.url(kit)));
            // The takedown page reads these back by the consent they name: what partners were told.
            audit.record(kit.organization().id(), change.actor(), PARTNER_NOTIFIED, "media-kit", kit.publicId(),
                    "consent " + change.consentId() + ": told " + d.organization().name() + " (" + d.organization().slug()
                            + ", " + d.email() + ") to stop using " + removed.stream().map(KitItem::title)
                            .collect(Collectors.joining(", ")) + " of \"" + kit.title() + "\""
                            + (delivery.sent() ? "" : " (in the outbox)"));
        }
    }

    static String subject(MediaKit kit) {
        return kit.lang().startsWith("fr") ? "Trousse « " + kit.title() + " » : cessez d’utiliser un élément"
                : "Media kit \"" + kit.title() + "\": stop using an item";
    }

    /** The notice: which kit, which item (its title and media id), to whom, and what to do. */
    static String notice(MediaKit kit, List<KitItem> removed, PartnerDownload to, String url) {
        StringBuilder body = new StringBuilder();
        boolean fr = kit.lang().startsWith("fr");
        body.append(fr ? "Bonjour " : "Hello ").append(to.organization().name()).append(" (").append(to.organization().slug())
                .append(", ").append(to.email()).append("),\n\n");
        body.append(fr ? "Vous avez téléchargé la trousse « " + kit.title() + " » (" + kit.slug() + ") le "
                : "You downloaded the media kit \"" + kit.title() + "\" (" + kit.slug() + ") on ")
                .append(to.at().toString(), 0, 10).append(".\n");
        body.append(fr ? "La personne montrée dans les éléments suivants a retiré ou limité son consentement, ou il a pris fin. "
                + "Cessez de les utiliser dès maintenant, supprimez vos copies et retirez-les de tout ce que vous avez fait avec eux :\n\n"
                : "The person shown in the following items withdrew or narrowed their consent, or it ended. "
                + "Stop using them now, delete your copies and take them out of anything you made with them:\n\n");
        for (KitItem item : removed) {
            body.append(" - ").append(item.title()).append(fr ? " (média " : " (media ").append(item.mediaRef()).append(")\n");
        }
        body.append('\n').append(fr ? "La trousse à jour : " : "The kit as it stands now: ").append(url).append('\n');
        body.append(fr ? "Merci de protéger les personnes qui partagent leur histoire.\n"
                : "Thank you for protecting the people who share their stories.\n");
        return body.toString();
    }
}
