package org.hearth.protocol.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything about a protocol that its editors write, in one value: titles, the introduction and
 * the consent and safety rules (Markdown) in both languages, the ordered steps and the day someone
 * last checked it with the services it names.
 */
public record ProtocolContent(String titleEn, String titleFr, String introEn, String introFr, String rulesEn,
                              String rulesFr, List<StepInput> steps, LocalDate lastVerified) {
}
