-- Youth submissions (issue 13): invitation codes that let volunteers of a neighbourhood project
-- submit, their submissions (pending until a moderator decides) and the media assets each one
-- brought. The guardian's name and contact are sealed (platform/crypto/Secrets) like a consent's
-- real identity; the status token is kept only as its SHA-256, so the table alone opens no status page.

CREATE TABLE invitation_code (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id       VARCHAR(32)   NOT NULL,
    code            VARCHAR(16)   NOT NULL,
    organization_id BIGINT        NOT NULL,
    project_id      BIGINT        NOT NULL,
    uses            INT           NOT NULL,
    used            INT           NOT NULL DEFAULT 0,
    expires_on      DATE          NOT NULL,
    revoked_at      DATETIME(6),
    created_by      VARCHAR(200)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_invitation_code_public_id UNIQUE (public_id),
    CONSTRAINT uk_invitation_code_code UNIQUE (code),
    CONSTRAINT fk_invitation_code_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_invitation_code_project FOREIGN KEY (project_id) REFERENCES neighbourhood_project (id)
);
CREATE INDEX ix_invitation_code_project ON invitation_code (project_id, id);

CREATE TABLE submission (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id         VARCHAR(32)   NOT NULL,
    token_hash        CHAR(64)      NOT NULL,
    organization_id   BIGINT        NOT NULL,
    project_id        BIGINT        NOT NULL,
    invitation_id     BIGINT        NOT NULL,
    lang              VARCHAR(8)    NOT NULL,
    title             VARCHAR(200)  NOT NULL,
    description       MEDIUMTEXT,
    credit_type       VARCHAR(16)   NOT NULL,
    credit_name       VARCHAR(40)   NOT NULL,
    age_band          VARCHAR(16)   NOT NULL,
    guardian_sealed   MEDIUMTEXT,
    channels          VARCHAR(200)  NOT NULL,
    consent_id        VARCHAR(32),
    status            VARCHAR(16)   NOT NULL,
    opened_at         DATETIME(6),
    feedback          VARCHAR(2000),
    decided_by        VARCHAR(200),
    decided_at        DATETIME(6),
    escalation_note   VARCHAR(2000),
    story_id          VARCHAR(32),
    withdrawn_at      DATETIME(6),
    submitted_at      DATETIME(6)   NOT NULL,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_submission_public_id UNIQUE (public_id),
    CONSTRAINT uk_submission_token UNIQUE (token_hash),
    CONSTRAINT fk_submission_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_submission_project FOREIGN KEY (project_id) REFERENCES neighbourhood_project (id),
    CONSTRAINT fk_submission_invitation FOREIGN KEY (invitation_id) REFERENCES invitation_code (id)
);
CREATE INDEX ix_submission_org_status ON submission (organization_id, status, id);

CREATE TABLE submission_file (
    submission_id   BIGINT       NOT NULL,
    file_index      INT          NOT NULL,
    media_id        VARCHAR(32)  NOT NULL,
    CONSTRAINT pk_submission_file PRIMARY KEY (submission_id, file_index),
    CONSTRAINT fk_submission_file_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
);

-- A submission's media stay out of the library (lists, pickers, content) until it is accepted.
ALTER TABLE media_asset ADD COLUMN held_for VARCHAR(32);

-- Each organization's own list of words that may mean a submitter is in danger (editable like the
-- terminology list); until it saves one, the list shipped in submission/distress-words.txt applies.
CREATE TABLE distress_phrase (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT        NOT NULL,
    phrase          VARCHAR(120)  NOT NULL,
    CONSTRAINT uk_distress_phrase UNIQUE (organization_id, phrase),
    CONSTRAINT fk_distress_phrase_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
