-- Youth submissions, what staff edit: the distress list gets a version (two admins saving it at once
-- get an edit conflict, not one list silently replacing the other), and the feedback templates a
-- moderator starts a rejection from become the organization's own, in English and French. Until an
-- organization saves either, the lists shipped with Hearth apply (distress-words.txt, the studio
-- bundles' submission.template.* texts), so nothing is copied here that could drift from them.
CREATE TABLE distress_list (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT        NOT NULL,
    changed_by      VARCHAR(200)  NOT NULL,
    changed_at      DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_distress_list_organization UNIQUE (organization_id),
    CONSTRAINT fk_distress_list_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE feedback_template_set (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT        NOT NULL,
    changed_by      VARCHAR(200)  NOT NULL,
    changed_at      DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_feedback_template_set_organization UNIQUE (organization_id),
    CONSTRAINT fk_feedback_template_set_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

-- One template of a set, in its place in the list; both languages, since the feedback reaches the
-- submitter in the language of their form. Codes are unique within a set and places too (the entity
-- keeps both: a constraint here could trip while a reordered list is being rewritten).
CREATE TABLE feedback_template (
    set_id     BIGINT         NOT NULL,
    list_order INT            NOT NULL,
    code       VARCHAR(40)    NOT NULL,
    text_en    VARCHAR(2000)  NOT NULL,
    text_fr    VARCHAR(2000)  NOT NULL,
    CONSTRAINT fk_feedback_template_set FOREIGN KEY (set_id) REFERENCES feedback_template_set (id) ON DELETE CASCADE
);
CREATE INDEX ix_feedback_template_set ON feedback_template (set_id, list_order);
