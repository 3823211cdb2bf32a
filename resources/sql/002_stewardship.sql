-- PeerRadar schema, version 2: stewardship. HR can hide a note (kept, never shown), people who leave
-- are anonymised, and every such act is written to an audit trail with who and when.

ALTER TABLE observations ADD COLUMN note_hidden INTEGER NOT NULL DEFAULT 0 CHECK (note_hidden IN (0, 1));

ALTER TABLE people ADD COLUMN removed_at TEXT;

CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor_id  INTEGER REFERENCES people (id) ON DELETE SET NULL,
    action    TEXT NOT NULL,
    target    TEXT NOT NULL,
    detail    TEXT NOT NULL DEFAULT ''
);

CREATE INDEX audit_log_at ON audit_log (at);
