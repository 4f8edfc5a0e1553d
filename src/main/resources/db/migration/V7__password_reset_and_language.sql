-- Forgotten passwords: a single-use, expiring link sent by e-mail (the token is kept only as a hash).
CREATE TABLE password_reset (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash  CHAR(64)     NOT NULL,
    account_id  BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT uk_password_reset_token UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_password_reset_account ON password_reset (account_id, created_at);

-- The studio's language, chosen by each person (null: follow the browser).
ALTER TABLE account ADD COLUMN language VARCHAR(8);

-- Autosaves of a draft: one revision per author and sitting, refreshed in place, not one per tick.
ALTER TABLE story_revision ADD COLUMN autosave BOOLEAN DEFAULT FALSE NOT NULL;

-- The studio's story list pages through an organization's stories by last change or by title.
CREATE INDEX ix_story_org_updated ON story (organization_id, updated_at, id);
CREATE INDEX ix_story_org_title ON story (organization_id, title, id);
