-- PeerRadar schema, version 6: released cycles (README "Released cycles"). HR releases a cycle; from
-- then on everyone but HR reads the cycle's anonymous groups from what its observations were at the
-- latest release, kept here, so that released figures never move (domain/Rules.h anonymousGroupsFor).
-- A server's logins hold no right on these tables; HR reads them, and releases through
-- peerradar_api.pr_release_cycle (resources/sql/server_api.sql).

-- Every release of a cycle, the latest (highest number) counting; with the cycle's dates and the
-- anonymity thresholds then in force, which its released figures keep.
CREATE TABLE cycle_releases (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    cycle_id    INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL,
    released_at TEXT NOT NULL,
    released_by INTEGER REFERENCES people (id) ON DELETE SET NULL,
    starts_on   TEXT NOT NULL,
    ends_on     TEXT NOT NULL,
    k           INTEGER NOT NULL,
    k_notes     INTEGER NOT NULL,
    UNIQUE (cycle_id, number)
);

-- The cycle's observations (every subject's) at its latest release: what released figures, their
-- leniency correction and their notes are computed from.
CREATE TABLE released_observations (
    id             INTEGER PRIMARY KEY,
    cycle_id       INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    observation_id INTEGER NOT NULL,
    observer_id    INTEGER NOT NULL,
    subject_id     INTEGER NOT NULL,
    behavior_id    INTEGER NOT NULL,
    observed_on    TEXT NOT NULL,
    impact         INTEGER NOT NULL,
    rater_group    TEXT NOT NULL,
    situation      TEXT NOT NULL DEFAULT '',
    action         TEXT NOT NULL DEFAULT '',
    result         TEXT NOT NULL DEFAULT '',
    UNIQUE (cycle_id, observation_id)
);

CREATE INDEX released_observations_subject ON released_observations (cycle_id, subject_id, behavior_id, observed_on, rater_group, observer_id, impact);

-- Who was in which team under which manager at the latest release: the members of a team's released
-- view, and what HR is told moved since.
CREATE TABLE released_members (
    id         INTEGER PRIMARY KEY,
    cycle_id   INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL,
    team_id    INTEGER,
    manager_id INTEGER,
    UNIQUE (cycle_id, person_id)
);
