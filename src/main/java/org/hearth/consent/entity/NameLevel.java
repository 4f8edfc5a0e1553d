package org.hearth.consent.entity;

import org.hearth.shared.Coded;

/** How a storyteller may be named. */
public enum NameLevel implements Coded {
    FULL_NAME, FIRST_NAME, PSEUDONYM, ANONYMOUS;
}
