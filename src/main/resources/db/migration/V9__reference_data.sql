-- Help resources also give a TTY number and a text or chat address, besides the phone.
ALTER TABLE help_resource ADD COLUMN tty VARCHAR(40);
ALTER TABLE help_resource ADD COLUMN text_url VARCHAR(500);
-- Each discouraged term belongs to the language it is written in; the studio lists them per language.
ALTER TABLE terminology_term ADD COLUMN lang VARCHAR(8) NOT NULL DEFAULT 'en';
