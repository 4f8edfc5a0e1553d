package org.hearth.story.entity;

import org.hearth.shared.Coded;

/** Structured warnings shown to readers before a story's body, so they can choose whether to read on. */
public enum ContentNote implements Coded {
    SEXUAL_VIOLENCE, PHYSICAL_VIOLENCE, LABOUR_EXPLOITATION, CHILD_ABUSE, SELF_HARM, SUBSTANCE_USE, COERCION;
}
