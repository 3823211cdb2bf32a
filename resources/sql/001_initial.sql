-- PeerRadar schema, version 1: the organisation, frameworks, observations, cycles, settings.
-- Portable SQL: integer surrogate keys for joins, a UUID per row for merging files.
-- One statement per ';' at the end of a line (the migration runner splits there).

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE teams (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    manager_id INTEGER REFERENCES people (id) ON DELETE SET NULL
);

CREATE TABLE people (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    email      TEXT NOT NULL UNIQUE,
    team_id    INTEGER REFERENCES teams (id) ON DELETE SET NULL,
    manager_id INTEGER REFERENCES people (id) ON DELETE SET NULL,
    role       TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'manager', 'hr'))
);

CREATE INDEX people_team ON people (team_id);
CREATE INDEX people_manager ON people (manager_id);

CREATE TABLE frameworks (
    id      INTEGER PRIMARY KEY,
    uuid    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    active  INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    UNIQUE (name, version)
);

CREATE TABLE behaviors (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    framework_id INTEGER NOT NULL REFERENCES frameworks (id) ON DELETE CASCADE,
    key          TEXT NOT NULL,
    name         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0,
    retired      INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    UNIQUE (framework_id, key)
);

CREATE TABLE cycles (
    id        INTEGER PRIMARY KEY,
    uuid      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL UNIQUE,
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL,
    CHECK (starts_on <= ends_on)
);

CREATE TABLE observations (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    observer_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    subject_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    behavior_id INTEGER NOT NULL REFERENCES behaviors (id) ON DELETE RESTRICT,
    observed_on TEXT NOT NULL,
    impact      INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    rater_group TEXT NOT NULL CHECK (rater_group IN ('self', 'manager', 'direct_report', 'peer', 'other')),
    situation   TEXT NOT NULL DEFAULT '',
    action      TEXT NOT NULL DEFAULT '',
    result      TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

-- A profile reads one subject's observations: this index answers it without touching the table.
CREATE INDEX observations_subject ON observations (subject_id, behavior_id, observed_on, rater_group, observer_id, impact);
CREATE INDEX observations_observer ON observations (observer_id, observed_on);
