package org.hearth.protocol.entity;

/**
 * One step as an editor writes it: what to do, in English and French, and optionally the slug of
 * the directory's service it sends people to.
 */
public record StepInput(String textEn, String textFr, String service) {
}
