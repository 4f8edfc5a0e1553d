-- Local service protocols: one per neighbourhood project, its ordered steps and its revisions.
CREATE TABLE local_protocol (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    project_slug    VARCHAR(100)  NOT NULL,
    organization_id BIGINT        NOT NULL,
    status          VARCHAR(30)   NOT NULL,
    title_en        VARCHAR(200),
    title_fr        VARCHAR(200),
    intro_en        MEDIUMTEXT   ,
    intro_fr        MEDIUMTEXT   ,
    rules_en        MEDIUMTEXT   ,
    rules_fr        MEDIUMTEXT   ,
    last_verified   DATE,
    published_at    DATETIME(6),
    updated_at      DATETIME(6) NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_local_protocol_project UNIQUE (project_slug),
    CONSTRAINT fk_local_protocol_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE protocol_step (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    protocol_id  BIGINT        NOT NULL,
    position     INT           NOT NULL,
    text_en      VARCHAR(2000),
    text_fr      VARCHAR(2000),
    service_slug VARCHAR(100),
    CONSTRAINT fk_protocol_step_protocol FOREIGN KEY (protocol_id) REFERENCES local_protocol (id)
);

CREATE TABLE protocol_revision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    protocol_id BIGINT        NOT NULL,
    number      INT           NOT NULL,
    author      VARCHAR(200),
    snapshot    MEDIUMTEXT    NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_protocol_revision UNIQUE (protocol_id, number),
    CONSTRAINT fk_protocol_revision_protocol FOREIGN KEY (protocol_id) REFERENCES local_protocol (id)
);

-- A kit may be for one neighbourhood project: a training kit then links that project's protocol.
ALTER TABLE media_kit ADD COLUMN project_slug VARCHAR(100);
