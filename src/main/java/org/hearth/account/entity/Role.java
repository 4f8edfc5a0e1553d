package org.hearth.account.entity;

import org.hearth.shared.Coded;

/**
 * What a member may do in an organization. A platform admin is not a membership role but a flag
 * on the account; {@code PLATFORM_ADMIN} exists here so the API can name it.
 */
public enum Role implements Coded {
    PLATFORM_ADMIN, ORG_ADMIN, EDITOR, AUTHOR, MODERATOR, SURVIVOR_ADVISOR, VOLUNTEER;

    @Override
    public String code() {
        return name();
    }

    /** May write and edit drafts of stories in the organization. */
    public boolean mayAuthor() {
        return this == ORG_ADMIN || this == EDITOR || this == AUTHOR || this == PLATFORM_ADMIN;
    }

    /** May review, approve, schedule, publish and unpublish. */
    public boolean mayEdit() {
        return this == ORG_ADMIN || this == EDITOR || this == PLATFORM_ADMIN;
    }

    /** May manage members, projects, campaigns and consent records. */
    public boolean mayAdminister() {
        return this == ORG_ADMIN || this == PLATFORM_ADMIN;
    }

    /** May see and manage consent records: they name people and what those people agreed to. */
    public boolean mayHandleConsents() {
        return this == ORG_ADMIN || this == EDITOR || this == SURVIVOR_ADVISOR || this == PLATFORM_ADMIN;
    }

    /** May record a storyteller's approval or rejection of a story version on their behalf. */
    public boolean mayRecordStorytellerDecisions() {
        return mayHandleConsents();
    }

    /** May moderate youth submissions and hand out invitation codes for them. */
    public boolean mayModerate() {
        return this == MODERATOR || this == ORG_ADMIN || this == EDITOR || this == PLATFORM_ADMIN;
    }

    /**
     * Is the safeguarding lead for escalated youth submissions (possible disclosures of harm): the
     * organization's admins, and nobody else sees those.
     */
    public boolean isSafeguardingLead() {
        return this == ORG_ADMIN || this == PLATFORM_ADMIN;
    }

    /** May read the organization's unpublished stories (everyone on staff but volunteers). */
    public boolean mayReadDrafts() {
        return this != VOLUNTEER;
    }
}
