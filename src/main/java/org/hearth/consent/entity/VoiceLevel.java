package org.hearth.consent.entity;

import org.hearth.shared.Coded;

/** Whether a storyteller's voice may be heard as it is. */
public enum VoiceLevel implements Coded {
    ORIGINAL, ALTERED, NONE;
}
