package org.hearth.help.entity;

import java.time.LocalDate;

/**
 * Everything about a help resource that staff edit, in one value: what the studio form and the
 * API both hand to {@link HelpResource#revise}. Texts come in English and French.
 */
public record HelpDetails(String nameEn, String nameFr, String phone, String tty, String textUrl,
                          String hoursEn, String hoursFr, String languagesEn, String languagesFr,
                          String notesEn, String notesFr, String audienceCode, LocalDate lastVerified) {
}
