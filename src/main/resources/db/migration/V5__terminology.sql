-- Each organization's own terminology list for the pre-publish checks (the seed list until it edits one).
CREATE TABLE terminology_term (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT        NOT NULL,
    position        INT           NOT NULL,
    term            VARCHAR(200)  NOT NULL,
    suggestion      VARCHAR(500),
    note            VARCHAR(1000),
    headline_only   BOOLEAN       NOT NULL DEFAULT FALSE,
    severity        VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_terminology_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_terminology_org ON terminology_term (organization_id, position);
