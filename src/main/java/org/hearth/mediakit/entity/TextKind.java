package org.hearth.mediakit.entity;

import org.hearth.shared.Coded;

/** What a text item of a kit is; its code names the ZIP's file ({@code key-messages.md}, …). */
public enum TextKind implements Coded {
    KEY_MESSAGES, SOCIAL_POST, FACILITATOR_GUIDE, DISCUSSION_GUIDE, FACT_SHEET, SPOKESPERSON, USAGE_NOTES
}
