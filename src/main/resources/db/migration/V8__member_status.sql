-- Members can be deactivated in one organization (and reactivated); the studio shows when each
-- person last signed in. Portable SQL: H2 in MySQL mode and MariaDB alike.
ALTER TABLE membership ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE membership ADD COLUMN deactivated_at DATETIME(6);
ALTER TABLE account ADD COLUMN last_sign_in_at DATETIME(6);
CREATE INDEX ix_takedown_organization ON takedown (organization_id, id);
CREATE INDEX ix_audit_org_id ON audit_event (organization_id, id);
