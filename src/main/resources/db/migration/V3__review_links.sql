-- Private review links: storytellers and their advocates review a story without an account.

CREATE TABLE review_link (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id    VARCHAR(32)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    story_id     BIGINT       NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6),
    last_used_at DATETIME(6),
    CONSTRAINT uk_review_link_public_id UNIQUE (public_id),
    CONSTRAINT uk_review_link_token UNIQUE (token_hash),
    CONSTRAINT fk_review_link_story FOREIGN KEY (story_id) REFERENCES story (id) ON DELETE CASCADE
);
