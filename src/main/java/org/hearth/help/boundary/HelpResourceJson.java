package org.hearth.help.boundary;

import static org.hearth.platform.rest.Bilingual.both;
import static org.hearth.platform.rest.Bilingual.in;

import java.time.LocalDate;
import java.util.Map;
import org.hearth.help.entity.HelpDetails;
import org.hearth.help.entity.HelpResource;

/**
 * A help resource as the studio API shows and takes it: texts as {@code {"en", "fr"}} maps, so what
 * a GET returns can be sent back in a PUT. {@code audience} is an audience code, or null for everyone;
 * {@code needsVerification} is true when nobody checked it in the last six months.
 */
public record HelpResourceJson(String id, String organization, String code, Map<String, String> names, String phone,
                               String tel, String tty, String textUrl, Map<String, String> hours,
                               Map<String, String> languages, Map<String, String> notes, String audience,
                               LocalDate lastVerified, Boolean needsVerification, Integer version) {

    public static HelpResourceJson of(HelpResource h, LocalDate today) {
        HelpDetails d = h.details();
        return new HelpResourceJson(String.valueOf(h.id()), h.organization().slug(), h.code(), both(d.nameEn(), d.nameFr()),
                d.phone(), h.telUri(), d.tty(), d.textUrl(), both(d.hoursEn(), d.hoursFr()),
                both(d.languagesEn(), d.languagesFr()), both(d.notesEn(), d.notesFr()), d.audienceCode(),
                d.lastVerified(), h.needsVerification(today), h.version());
    }

    HelpDetails details() {
        return new HelpDetails(in(names, "en"), in(names, "fr"), phone, tty, textUrl, in(hours, "en"), in(hours, "fr"),
                in(languages, "en"), in(languages, "fr"), in(notes, "en"), in(notes, "fr"), audience, lastVerified);
    }
}
