package org.hearth.consent.entity;

import org.hearth.shared.Coded;

/** Whether the storyteller was offered, paid, or declined compensation. */
public enum CompensationStatus implements Coded {
    OFFERED, PAID, DECLINED, NONE;
}
