package org.hearth.consent.entity;

import org.hearth.shared.Coded;

/** The word a storyteller chose for themselves; Hearth never picks it for them. */
public enum Descriptor implements Coded {
    SURVIVOR, VICTIM, LIVED_EXPERIENCE, NONE;
}
