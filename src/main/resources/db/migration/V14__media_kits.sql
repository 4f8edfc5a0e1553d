-- Media kits and training kits (issue 12): campaign toolkits that partners download as one ZIP.
-- A kit follows the story workflow (story statuses), holds ordered items (a media asset or a
-- Markdown text), keeps revisions, and counts downloads per day; partner downloads are logged by
-- organization so that a withdrawal can say whom to tell.

CREATE TABLE media_kit (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id           VARCHAR(32)   NOT NULL,
    organization_id     BIGINT        NOT NULL,
    slug                VARCHAR(160)  NOT NULL,
    lang                VARCHAR(16)   NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    title               VARCHAR(300)  NOT NULL,
    summary             VARCHAR(1000),
    usage_terms         MEDIUMTEXT,
    customizable        VARCHAR(200),
    campaign_slug       VARCHAR(160),
    training_level      VARCHAR(40),
    duration            VARCHAR(60),
    status              VARCHAR(20)   NOT NULL,
    translation_of      BIGINT,
    published_at        DATETIME(6),
    created_by          VARCHAR(200),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_media_kit_public_id UNIQUE (public_id),
    CONSTRAINT uk_media_kit_slug UNIQUE (slug),
    CONSTRAINT fk_media_kit_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_media_kit_translation FOREIGN KEY (translation_of) REFERENCES media_kit (id)
);
CREATE INDEX ix_media_kit_status ON media_kit (status, updated_at, id);

CREATE TABLE media_kit_audience (
    kit_id          BIGINT       NOT NULL,
    audience_code   VARCHAR(60)  NOT NULL,
    CONSTRAINT pk_media_kit_audience PRIMARY KEY (kit_id, audience_code),
    CONSTRAINT fk_media_kit_audience_kit FOREIGN KEY (kit_id) REFERENCES media_kit (id) ON DELETE CASCADE
);

CREATE TABLE media_kit_item (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kit_id      BIGINT        NOT NULL,
    position    INT           NOT NULL,
    item_type   VARCHAR(16)   NOT NULL,
    media_ref   VARCHAR(32),
    text_kind   VARCHAR(32),
    title       VARCHAR(300)  NOT NULL,
    body        MEDIUMTEXT,
    CONSTRAINT fk_media_kit_item_kit FOREIGN KEY (kit_id) REFERENCES media_kit (id) ON DELETE CASCADE
);
CREATE INDEX ix_media_kit_item_kit ON media_kit_item (kit_id, position);
CREATE INDEX ix_media_kit_item_media ON media_kit_item (media_ref);

CREATE TABLE media_kit_revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kit_id      BIGINT        NOT NULL,
    number      INT           NOT NULL,
    author      VARCHAR(200),
    details     VARCHAR(300),
    snapshot    MEDIUMTEXT    NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_media_kit_revision UNIQUE (kit_id, number),
    CONSTRAINT fk_media_kit_revision_kit FOREIGN KEY (kit_id) REFERENCES media_kit (id) ON DELETE CASCADE
);

-- Aggregate counts only: no reader data.
CREATE TABLE media_kit_download (
    kit_id      BIGINT   NOT NULL,
    count_day   DATE     NOT NULL,
    downloads   BIGINT   NOT NULL DEFAULT 0,
    CONSTRAINT pk_media_kit_download PRIMARY KEY (kit_id, count_day),
    CONSTRAINT fk_media_kit_download_kit FOREIGN KEY (kit_id) REFERENCES media_kit (id) ON DELETE CASCADE
);

-- A signed-in partner's download, by organization: whom a withdrawal must tell.
CREATE TABLE media_kit_partner_download (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    kit_id            BIGINT        NOT NULL,
    organization_id   BIGINT        NOT NULL,
    account_email     VARCHAR(254)  NOT NULL,
    downloaded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_media_kit_partner_kit FOREIGN KEY (kit_id) REFERENCES media_kit (id) ON DELETE CASCADE,
    CONSTRAINT fk_media_kit_partner_org FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_media_kit_partner_kit ON media_kit_partner_download (kit_id, organization_id);
