-- PeerRadar schema, version 4: merging files. The audit trail gets a stable id like every other
-- table, and a file remembers which ids of other files stand for its own rows (when a merge matched
-- a person by email, or a team, cycle, framework or behavior by name, rather than by id).

ALTER TABLE audit_log ADD COLUMN uuid TEXT;

-- Entries written before version 4: an id made of what they record, so that two copies of one file
-- give an entry they share the same id (and a merge of the copies does not repeat it).
UPDATE audit_log SET uuid = 'audit-' || id || '-' || at || '-' || action || '-' || target;

CREATE UNIQUE INDEX audit_log_uuid ON audit_log (uuid);

CREATE TABLE uuid_aliases (
    uuid    TEXT PRIMARY KEY,
    kind    TEXT NOT NULL,
    same_as TEXT NOT NULL
);
