-- Editorial workflow, revisions, consent records, storyteller approvals, takedowns and the audit log.

ALTER TABLE story ADD COLUMN scheduled_at DATETIME(6);
ALTER TABLE story ADD COLUMN unpublish_at DATETIME(6);
ALTER TABLE story ADD COLUMN withdrawn_at DATETIME(6);
CREATE INDEX ix_story_consent ON story (consent_ref);
CREATE INDEX ix_story_schedule ON story (status, scheduled_at);

CREATE TABLE story_revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    story_id    BIGINT        NOT NULL,
    number      INT           NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    summary     VARCHAR(1000) NOT NULL,
    body        MEDIUMTEXT    NOT NULL,
    details     TEXT,
    author      VARCHAR(200),
    created_at  DATETIME(6)   NOT NULL,
    purged      BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_story_revision UNIQUE (story_id, number),
    CONSTRAINT fk_story_revision_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);

CREATE TABLE consent_record (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id           VARCHAR(32)  NOT NULL,
    organization_id     BIGINT       NOT NULL,
    storyteller         VARCHAR(200) NOT NULL,
    storyteller_minor   BOOLEAN      NOT NULL DEFAULT FALSE,
    obtained_by         VARCHAR(200) NOT NULL,
    obtained_on         DATE         NOT NULL,
    language            VARCHAR(16)  NOT NULL,
    interpreter         VARCHAR(200),
    channel_website     BOOLEAN      NOT NULL DEFAULT FALSE,
    channel_social      BOOLEAN      NOT NULL DEFAULT FALSE,
    channel_media_kits  BOOLEAN      NOT NULL DEFAULT FALSE,
    channel_print       BOOLEAN      NOT NULL DEFAULT FALSE,
    channel_press       BOOLEAN      NOT NULL DEFAULT FALSE,
    channel_training    BOOLEAN      NOT NULL DEFAULT FALSE,
    id_name             VARCHAR(20)  NOT NULL,
    id_face             VARCHAR(20)  NOT NULL,
    id_voice            VARCHAR(20)  NOT NULL,
    expires_on          DATE         NOT NULL,
    withheld_details    TEXT,
    descriptor          VARCHAR(32)  NOT NULL,
    compensation_status VARCHAR(20)  NOT NULL,
    compensation_note   VARCHAR(1000),
    withdrawn_at        DATETIME(6),
    partially_withdrawn_at DATETIME(6),
    expired_at          DATETIME(6),
    expiry_warned_at    DATETIME(6),
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_consent_public_id UNIQUE (public_id),
    CONSTRAINT fk_consent_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_consent_expiry ON consent_record (expires_on, expired_at, withdrawn_at);

CREATE TABLE consent_language (
    consent_id BIGINT      NOT NULL,
    lang       VARCHAR(16) NOT NULL,
    PRIMARY KEY (consent_id, lang),
    CONSTRAINT fk_consent_language FOREIGN KEY (consent_id) REFERENCES consent_record (id) ON DELETE CASCADE
);

CREATE TABLE consent_audience (
    consent_id    BIGINT      NOT NULL,
    audience_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (consent_id, audience_code),
    CONSTRAINT fk_consent_audience FOREIGN KEY (consent_id) REFERENCES consent_record (id) ON DELETE CASCADE
);

CREATE TABLE storyteller_approval (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id     VARCHAR(32)  NOT NULL,
    story_id      BIGINT       NOT NULL,
    story_version INT          NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    decision      VARCHAR(20)  NOT NULL,
    note          VARCHAR(2000),
    recorded_by   VARCHAR(200) NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_storyteller_approval UNIQUE (public_id),
    CONSTRAINT fk_storyteller_approval_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);
CREATE INDEX ix_storyteller_approval_story ON storyteller_approval (story_id, recorded_at);

CREATE TABLE takedown (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id    VARCHAR(32)  NOT NULL,
    consent_id   BIGINT       NOT NULL,
    organization_id BIGINT    NOT NULL,
    reason       VARCHAR(20)  NOT NULL,
    scope        VARCHAR(20)  NOT NULL,
    channels     VARCHAR(200),
    actor        VARCHAR(200) NOT NULL,
    at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_takedown UNIQUE (public_id),
    CONSTRAINT fk_takedown_consent FOREIGN KEY (consent_id) REFERENCES consent_record (id)
);

CREATE TABLE takedown_item (
    takedown_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    item_type   VARCHAR(20)  NOT NULL,
    item_id     VARCHAR(64)  NOT NULL,
    url         VARCHAR(500),
    PRIMARY KEY (takedown_id, position),
    CONSTRAINT fk_takedown_item FOREIGN KEY (takedown_id) REFERENCES takedown (id) ON DELETE CASCADE
);

CREATE TABLE audit_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT,
    actor           VARCHAR(200) NOT NULL,
    action          VARCHAR(64)  NOT NULL,
    target_type     VARCHAR(40)  NOT NULL,
    target_id       VARCHAR(64)  NOT NULL,
    detail          VARCHAR(2000),
    at              DATETIME(6)  NOT NULL
);
CREATE INDEX ix_audit_org_at ON audit_event (organization_id, at);
