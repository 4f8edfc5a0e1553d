-- Invitations: a new member sets their password through a single-use, expiring link.
CREATE TABLE invitation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash      CHAR(64)     NOT NULL,
    account_id      BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    role            VARCHAR(32)  NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    accepted_at     DATETIME(6),
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_invitation_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
