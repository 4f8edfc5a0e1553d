-- The media library (issue 11): assets typed from their bytes, their renditions, the consents of the
-- people they show, and where they are used. Files are content-addressed (SHA-256) under
-- <data dir>/media; a row names its files, a file no row names is swept at start-up.

CREATE TABLE media_asset (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id           VARCHAR(32)   NOT NULL,
    organization_id     BIGINT        NOT NULL,
    kind                VARCHAR(16)   NOT NULL,
    media_type          VARCHAR(64)   NOT NULL,
    filename            VARCHAR(160)  NOT NULL,
    bytes               BIGINT        NOT NULL,
    sha256              CHAR(64)      NOT NULL,
    original_file       CHAR(64),
    width               INT           NOT NULL DEFAULT 0,
    height              INT           NOT NULL DEFAULT 0,
    status              VARCHAR(20)   NOT NULL,
    alt                 VARCHAR(1000),
    decorative          BOOLEAN       NOT NULL DEFAULT FALSE,
    caption             VARCHAR(1000),
    credit              VARCHAR(300),
    licence             VARCHAR(300),
    transcript          MEDIUMTEXT,
    imagery_checked_by  VARCHAR(200),
    imagery_checked_at  DATETIME(6),
    withdrawn_at        DATETIME(6),
    created_by          VARCHAR(200),
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_media_public_id UNIQUE (public_id),
    CONSTRAINT fk_media_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_media_org_created ON media_asset (organization_id, created_at, id);
CREATE INDEX ix_media_status ON media_asset (status);

CREATE TABLE media_rendition (
    asset_id    BIGINT       NOT NULL,
    name        VARCHAR(16)  NOT NULL,
    file        CHAR(64)     NOT NULL,
    media_type  VARCHAR(64)  NOT NULL,
    width       INT          NOT NULL DEFAULT 0,
    height      INT          NOT NULL DEFAULT 0,
    bytes       BIGINT       NOT NULL,
    CONSTRAINT pk_media_rendition PRIMARY KEY (asset_id, name),
    CONSTRAINT fk_media_rendition_asset FOREIGN KEY (asset_id) REFERENCES media_asset (id) ON DELETE CASCADE
);

CREATE TABLE media_consent (
    asset_id    BIGINT       NOT NULL,
    consent_ref VARCHAR(32)  NOT NULL,
    CONSTRAINT pk_media_consent PRIMARY KEY (asset_id, consent_ref),
    CONSTRAINT fk_media_consent_asset FOREIGN KEY (asset_id) REFERENCES media_asset (id) ON DELETE CASCADE
);
CREATE INDEX ix_media_consent_ref ON media_consent (consent_ref);

-- Where an asset is used, kept by the media component for its users (stories now, kits later), so
-- that it can tell, without asking them, whether published content uses an asset.
CREATE TABLE media_use (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    asset_id    BIGINT       NOT NULL,
    owner_type  VARCHAR(16)  NOT NULL,
    owner_id    VARCHAR(32)  NOT NULL,
    role        VARCHAR(16)  NOT NULL,
    public_use  BOOLEAN      NOT NULL DEFAULT FALSE,
    label       VARCHAR(300),
    CONSTRAINT uk_media_use UNIQUE (asset_id, owner_type, owner_id, role),
    CONSTRAINT fk_media_use_asset FOREIGN KEY (asset_id) REFERENCES media_asset (id) ON DELETE CASCADE
);
CREATE INDEX ix_media_use_owner ON media_use (owner_type, owner_id);

ALTER TABLE story ADD COLUMN hero_media VARCHAR(32);
