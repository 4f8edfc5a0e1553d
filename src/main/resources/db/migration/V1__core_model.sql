-- Hearth's core model: organizations, accounts and memberships, audiences, neighbourhood
-- projects, campaigns, stories, help resources and access tokens.
-- Portable SQL: runs unchanged on MySQL 8 / MariaDB 10.6+ and on H2 in MySQL mode.
-- Instants are DATETIME(6) holding UTC.

CREATE TABLE organization (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug         VARCHAR(100) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    province     CHAR(2)      NOT NULL,
    description_en TEXT,
    description_fr TEXT,
    created_at   DATETIME(6)  NOT NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_organization_slug UNIQUE (slug)
);

CREATE TABLE account (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id     VARCHAR(32)  NOT NULL,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255),
    platform_admin BOOLEAN     NOT NULL DEFAULT FALSE,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_account_public_id UNIQUE (public_id),
    CONSTRAINT uk_account_email UNIQUE (email)
);

CREATE TABLE membership (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id      BIGINT      NOT NULL,
    organization_id BIGINT      NOT NULL,
    role            VARCHAR(32) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    version         INT         NOT NULL DEFAULT 0,
    CONSTRAINT uk_membership UNIQUE (account_id, organization_id),
    CONSTRAINT fk_membership_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_membership_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE access_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)    NOT NULL,
    account_id  BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    revoked_at  DATETIME(6),
    CONSTRAINT uk_access_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_access_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE audience (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    label_en       VARCHAR(200) NOT NULL,
    label_fr       VARCHAR(200) NOT NULL,
    description_en TEXT,
    description_fr TEXT,
    position       INT          NOT NULL DEFAULT 0,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_audience_code UNIQUE (code)
);

CREATE TABLE neighbourhood_project (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug             VARCHAR(100) NOT NULL,
    organization_id  BIGINT       NOT NULL,
    name             VARCHAR(200) NOT NULL,
    name_fr          VARCHAR(200),
    province         CHAR(2)      NOT NULL,
    municipality     VARCHAR(200) NOT NULL,
    neighbourhood    VARCHAR(200) NOT NULL,
    description      TEXT,
    description_fr   TEXT,
    partner_services TEXT,
    starts_on        DATE,
    ends_on          DATE,
    created_at       DATETIME(6)  NOT NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_project_slug UNIQUE (slug),
    CONSTRAINT fk_project_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE campaign (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug            VARCHAR(100) NOT NULL,
    organization_id BIGINT       NOT NULL,
    name            VARCHAR(200) NOT NULL,
    name_fr         VARCHAR(200),
    description     TEXT,
    description_fr  TEXT,
    starts_on       DATE,
    ends_on         DATE,
    created_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_campaign_slug UNIQUE (slug),
    CONSTRAINT fk_campaign_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE story (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id        VARCHAR(32)   NOT NULL,
    slug             VARCHAR(160)  NOT NULL,
    organization_id  BIGINT        NOT NULL,
    project_id       BIGINT        NOT NULL,
    campaign_id      BIGINT,
    translation_of   BIGINT,
    lang             VARCHAR(16)   NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    summary          VARCHAR(1000) NOT NULL,
    body             MEDIUMTEXT    NOT NULL,
    kind             VARCHAR(32)   NOT NULL,
    attribution_type VARCHAR(20)   NOT NULL,
    attribution_name VARCHAR(100),
    consent_ref      VARCHAR(32),
    status           VARCHAR(32)   NOT NULL,
    published_at     DATETIME(6),
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    created_by       BIGINT,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_story_public_id UNIQUE (public_id),
    CONSTRAINT uk_story_slug UNIQUE (slug),
    CONSTRAINT fk_story_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_story_project FOREIGN KEY (project_id) REFERENCES neighbourhood_project (id),
    CONSTRAINT fk_story_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_story_translation_of FOREIGN KEY (translation_of) REFERENCES story (id),
    CONSTRAINT fk_story_created_by FOREIGN KEY (created_by) REFERENCES account (id)
);
CREATE INDEX ix_story_public_list ON story (status, published_at, id);
CREATE INDEX ix_story_org_status ON story (organization_id, status, updated_at);

CREATE TABLE story_audience (
    story_id    BIGINT NOT NULL,
    audience_id BIGINT NOT NULL,
    PRIMARY KEY (story_id, audience_id),
    CONSTRAINT fk_story_audience_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE,
    CONSTRAINT fk_story_audience_audience FOREIGN KEY (audience_id) REFERENCES audience (id)
);
CREATE INDEX ix_story_audience_audience ON story_audience (audience_id);

CREATE TABLE story_topic (
    story_id BIGINT      NOT NULL,
    topic    VARCHAR(40) NOT NULL,
    PRIMARY KEY (story_id, topic),
    CONSTRAINT fk_story_topic_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);

CREATE TABLE story_content_note (
    story_id BIGINT      NOT NULL,
    note     VARCHAR(40) NOT NULL,
    PRIMARY KEY (story_id, note),
    CONSTRAINT fk_story_content_note_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);

CREATE TABLE help_resource (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT       NOT NULL,
    code            VARCHAR(60)  NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    name_fr         VARCHAR(200) NOT NULL,
    phone           VARCHAR(40),
    hours_en        VARCHAR(200),
    hours_fr        VARCHAR(200),
    languages_en    VARCHAR(300),
    languages_fr    VARCHAR(300),
    notes_en        VARCHAR(500),
    notes_fr        VARCHAR(500),
    audience_code   VARCHAR(40),
    last_verified   DATE,
    position        INT          NOT NULL DEFAULT 0,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_help_resource UNIQUE (organization_id, code),
    CONSTRAINT fk_help_resource_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
