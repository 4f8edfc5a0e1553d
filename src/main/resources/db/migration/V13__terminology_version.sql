-- Terminology terms are edited by staff: a version for optimistic locking, so two editors saving the
-- list at once get an edit conflict instead of a list doubled (each replace removes and re-adds rows).
-- V13, not V12: V12 is taken by the media library on another branch.
ALTER TABLE terminology_term ADD COLUMN version INT NOT NULL DEFAULT 0;
