-- A storyteller's real identity and the consent evidence, both encrypted at rest.
ALTER TABLE consent_record ADD COLUMN identity_sealed TEXT;
ALTER TABLE consent_record ADD COLUMN evidence_type VARCHAR(100);
ALTER TABLE consent_record ADD COLUMN evidence_name VARCHAR(200);
ALTER TABLE consent_record ADD COLUMN evidence_size BIGINT;
