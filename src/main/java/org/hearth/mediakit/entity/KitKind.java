package org.hearth.mediakit.entity;

import org.hearth.shared.Coded;

/** A kit for a campaign's public, or a training kit for service providers (with a level and a duration). */
public enum KitKind implements Coded {
    CAMPAIGN, TRAINING
}
