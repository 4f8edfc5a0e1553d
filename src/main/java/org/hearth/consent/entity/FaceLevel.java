package org.hearth.consent.entity;

import org.hearth.shared.Coded;

/** Whether a storyteller's face may be shown. */
public enum FaceLevel implements Coded {
    SHOWN, OBSCURED, NONE;
}
