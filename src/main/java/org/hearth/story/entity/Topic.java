package org.hearth.story.entity;

import org.hearth.shared.Coded;

/** Topics a story is about. */
public enum Topic implements Coded {
    SEXUAL_EXPLOITATION, LABOUR_EXPLOITATION, FORCED_MARRIAGE, RECOGNIZING_SIGNS, RIGHTS_AND_PROTECTION, GETTING_HELP, SUPPLY_CHAINS;
}
