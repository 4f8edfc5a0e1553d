package org.hearth.submission.entity;

import org.hearth.shared.Coded;

/** How a young person is credited: a first name, an initial or an alias; never a full name. */
public enum CreditType implements Coded {
    FIRST_NAME, INITIAL, ALIAS;
}
