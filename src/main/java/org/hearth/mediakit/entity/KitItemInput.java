package org.hearth.mediakit.entity;

/** One item as sent: {@code {type: "media", media, title}} or {@code {type: "text", textKind, title, body}}. */
public record KitItemInput(String type, String media, String textKind, String title, String body) {
}
