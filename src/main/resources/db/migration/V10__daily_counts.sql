-- Aggregate reading statistics: one row per public item and day, incremented. Deliberately
-- nothing about readers (no address, browser, cookie or identifier): see the privacy notice.
CREATE TABLE daily_count (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_type       VARCHAR(20) NOT NULL,
    item_ref        VARCHAR(32) NOT NULL,
    organization_id BIGINT      NOT NULL,
    count_day       DATE        NOT NULL,
    views           BIGINT      NOT NULL,
    CONSTRAINT uk_daily_count_item_day UNIQUE (item_type, item_ref, count_day),
    CONSTRAINT fk_daily_count_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
CREATE INDEX ix_daily_count_organization_day ON daily_count (organization_id, count_day);
