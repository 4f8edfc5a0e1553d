package org.hearth.mediakit.entity;

import org.hearth.shared.Coded;

/** A kit item is a media asset of the library or a Markdown text written for the kit. */
public enum ItemType implements Coded {
    MEDIA, TEXT
}
