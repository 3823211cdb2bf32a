-- PeerRadar on a PostgreSQL server: what a login reads and writes, the third server script (after
-- server_access.sql and server_profiles.sql). Run by `server-init` and, over older rules, by
-- `server-init --upgrade`, in one transaction with the other two. PostgreSQL only.
--
-- Logins other than the owner hold no right on any table, view or sequence of the schema public
-- (server_access.sql takes them away). At the start of each session the program has the server
-- make, in the session's own temporary schema, one view per table, of the table's name and columns
-- (pr_open_session(), asked by Database::connectToServer): the temporary schema comes first when a
-- name is looked up, so the program's statements read and write as they do on a file, and the views
-- exist for that session only (no other session, the owner's included, sees them in its catalog):
--  * what every person reads whole (the organisation: people, teams, frameworks, behaviors, cycles,
--    settings, uuid_aliases) is the table behind one gate, `WHERE (SELECT pr_reads_organisation())`:
--    a condition without a column, which the planner checks once before the scan (a One-Time
--    Filter). A login without a person (removed by HR, or a DBA's) gets "never executed": EXPLAIN
--    ANALYZE shows nothing of the rows. Whoever passes the gate reads every row anyway. The audit
--    trail is gated alike, for HR.
--  * observations: for HR, the table behind the gate `pr_sees_everything()`, so that the planner
--    keeps using the indexes for HR's lists, searches and profiles; for anyone else, the same gated
--    table (for someone HR makes HR while connected) and pr_own_observations(), a SECURITY DEFINER
--    function that returns the caller's own rows. A function scan is never inlined: EXPLAIN ANALYZE
--    of anything a member runs shows the function and the rows it returned (their own), never a row
--    count of what it left out. Members' lists are their own rows, a few hundred. (HR's view is the
--    gated table alone: PostgreSQL sorts a gated branch of a UNION ALL instead of reading it in an
--    index's order.) Which view a session has is a matter of speed, not of rights: each shows only
--    what its reader may read (someone no longer HR reads nothing there until the program opens the
--    session's views again, which it does when it learns of a change).
--  * writes go through INSTEAD OF triggers (pr_api_write), which check who writes what and then
--    write the table as the owner; the table's own trigger (pr_check_observation) still applies an
--    author's rules, since it asks session_user.
-- Profiles: pr_profile_groups / pr_profile_notes (server_profiles.sql). Change counter:
-- pr_others_changes (server_notify.sql). The views are made with the columns the schema has now;
-- a migration that adds a column raises pr_rules_version and is followed by an upgrade.
-- Statements are split at each ';' that ends a line outside $$ … $$.

DROP SCHEMA IF EXISTS peerradar_api CASCADE;

CREATE SCHEMA peerradar_api;

-- The version of these rules, which the program checks when a login connects: a program meeting
-- older rules refuses and names `peerradar-cli server-init --upgrade` (ServerSetup::checkRules).
-- Version 1 (no such function) gave logins the tables under row-level security. Everyone's to call,
-- also a login kept out of peerradar_api: it tells nothing but the version.
-- Version 3: released cycles (profiles read released figures, pr_release_cycle).
-- Version 4: a released cycle is kept (pr_api_write refuses its deletion), and pr_release_cycle
-- refuses dates that share a day with another cycle's release (domain/Rules.h
-- validateCycleDeletion, validateRelease).
CREATE OR REPLACE FUNCTION public.pr_rules_version() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 4 $$;

-- The id of an observation written through the API: the milliseconds since 2020 and 11 random bits,
-- above pr_first_api_id(). It keeps a login's own rows in the order they were logged and tells
-- nothing of anyone else's: the table's sequence (which the owner's inserts still use) moves only
-- with the owner's writes, and no login reads it. One in use is drawn again.
CREATE FUNCTION peerradar_api.pr_new_observation_id() RETURNS bigint LANGUAGE plpgsql VOLATILE
SET search_path = public, pg_temp AS $$
DECLARE
    r bytea;
    candidate bigint;
BEGIN
    LOOP
        r := uuid_send(gen_random_uuid());
        candidate := pr_first_api_id()
            + (CAST(floor(extract(epoch FROM clock_timestamp()) * 1000) AS bigint) - 1577836800000) * 2048
            + get_byte(r, 0) * 8 + get_byte(r, 1) % 8;
        EXIT WHEN NOT EXISTS (SELECT 1 FROM observations o WHERE o.id = candidate);
    END LOOP;
    RETURN candidate;
END
$$;

-- The observations the caller wrote, for anyone but HR and the owner (who read the table itself
-- through the gated half of the session's observations view).
CREATE FUNCTION peerradar_api.pr_own_observations() RETURNS SETOF observations LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT o.* FROM observations o WHERE NOT pr_sees_everything() AND o.observer_id = pr_current_person()
$$;

-- Every write to a view: who may write it, then the same write on the table, as the owner. The
-- view has the table's name and columns. A column the statement left out arrives as NULL and gets
-- the table's default (no column of PeerRadar's is set to NULL on insert but those whose default is
-- NULL). TG_ARGV[0] is the table's key column. Observations: an author writes only their own and
-- only as themself (pr_check_observation then checks what); a new one without an id gets
-- pr_new_observation_id(). Everything else: HR (and the owner) only.
CREATE FUNCTION peerradar_api.pr_api_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    tbl constant text := TG_TABLE_NAME;
    key_column constant text := TG_ARGV[0];
    me bigint;
    fields jsonb;
    column_list text;
BEGIN
    IF NOT pr_sees_everything() THEN
        me := pr_current_person();
        IF me IS NULL THEN
            RAISE EXCEPTION 'this login belongs to nobody in the organisation' USING ERRCODE = '42501';
        END IF;
        IF tbl <> 'observations' THEN
            -- As row-level security did: a new row is refused, a row of the organisation a change
            -- or deletion found is simply not touched.
            IF TG_OP = 'INSERT' THEN
                RAISE EXCEPTION 'only HR changes the organisation' USING ERRCODE = '42501';
            END IF;
            RETURN NULL;
        END IF;
        IF (TG_OP <> 'INSERT' AND OLD.observer_id IS DISTINCT FROM me)
           OR (TG_OP <> 'DELETE' AND NEW.observer_id IS DISTINCT FROM me) THEN
            RAISE EXCEPTION 'an author writes only their own observations' USING ERRCODE = '42501';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN
        -- A released cycle is kept (validateCycleDeletion): deleted, its releases would go with it.
        IF tbl = 'cycles' AND EXISTS (SELECT 1 FROM cycle_releases WHERE cycle_id = OLD.id) THEN
            RAISE EXCEPTION 'the cycle "%" was released, so it is kept: people may have read its figures', OLD.name
                USING ERRCODE = '23514';
        END IF;
        EXECUTE format('DELETE FROM %I WHERE %I = (SELECT %I FROM jsonb_populate_record(NULL::%I, $1))',
                       tbl, key_column, key_column, tbl) USING to_jsonb(OLD);
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
        fields := jsonb_strip_nulls(to_jsonb(NEW));
        IF tbl = 'observations' AND NOT fields ? 'id' THEN
            fields := fields || jsonb_build_object('id', peerradar_api.pr_new_observation_id());
        END IF;
        SELECT string_agg(format('%I', f), ', ') INTO column_list FROM jsonb_object_keys(fields) AS f;
        EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM jsonb_populate_record(NULL::%I, $1) RETURNING *',
                       tbl, column_list, column_list, tbl) INTO NEW USING fields;
        RETURN NEW;
    END IF;
    fields := to_jsonb(NEW);
    SELECT string_agg(format('%I', f), ', ') INTO column_list FROM jsonb_object_keys(fields) AS f;
    EXECUTE format('UPDATE %I SET (%s) = (SELECT %s FROM jsonb_populate_record(NULL::%I, $1)) '
                   'WHERE %I = (SELECT %I FROM jsonb_populate_record(NULL::%I, $2)) RETURNING *',
                   tbl, column_list, column_list, tbl, key_column, key_column, tbl) INTO NEW USING fields, to_jsonb(OLD);
    RETURN NEW;
END
$$;

-- HR releases a cycle (CycleRepository::release, which checks the dates and asks before a second
-- release): the same statements as there, as the owner, for a login that holds no right on the
-- tables that keep what was released.
CREATE FUNCTION peerradar_api.pr_release_cycle(p_cycle bigint) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    c record;
BEGIN
    IF NOT pr_sees_everything() THEN
        RAISE EXCEPTION 'only HR releases cycles' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO c FROM cycles WHERE id = p_cycle;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such cycle' USING ERRCODE = '02000';
    END IF;
    -- validateRelease: two released periods that share days could be subtracted one from the other.
    IF EXISTS (SELECT 1 FROM cycle_releases r
                WHERE r.cycle_id <> p_cycle AND r.starts_on <= c.ends_on AND c.starts_on <= r.ends_on
                  AND r.number = (SELECT max(l.number) FROM cycle_releases l WHERE l.cycle_id = r.cycle_id)) THEN
        RAISE EXCEPTION 'the cycle''s dates share days with what was released of another cycle' USING ERRCODE = '23514';
    END IF;
    INSERT INTO cycle_releases (id, uuid, cycle_id, number, released_at, released_by, starts_on, ends_on, k, k_notes)
    SELECT coalesce((SELECT max(id) FROM cycle_releases), 0) + 1, gen_random_uuid()::text, p_cycle,
           coalesce((SELECT max(number) FROM cycle_releases WHERE cycle_id = p_cycle), 0) + 1,
           to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), pr_current_person(),
           c.starts_on, c.ends_on, pr_setting('k', 3), pr_setting('k_notes', 3);
    DELETE FROM released_observations WHERE cycle_id = p_cycle;
    INSERT INTO released_observations (id, cycle_id, observation_id, observer_id, subject_id, behavior_id, observed_on,
                                       impact, rater_group, situation, action, result)
    SELECT (SELECT coalesce(max(id), 0) FROM released_observations) + row_number() OVER (ORDER BY o.id), p_cycle, o.id,
           o.observer_id, o.subject_id, o.behavior_id, o.observed_on, o.impact, o.rater_group, o.situation, o.action,
           o.result
      FROM observations o WHERE o.observed_on BETWEEN c.starts_on AND c.ends_on;
    DELETE FROM released_members WHERE cycle_id = p_cycle;
    INSERT INTO released_members (id, cycle_id, person_id, team_id, manager_id)
    SELECT (SELECT coalesce(max(id), 0) FROM released_members) + row_number() OVER (ORDER BY p.id), p_cycle, p.id,
           p.team_id, p.manager_id
      FROM people p;
END
$$;

-- The session's views (see the top), made again when called again (after HR changed a role). They
-- belong to the owner, who reads the tables; the login may use them, nothing else.
CREATE FUNCTION peerradar_api.pr_open_session() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    t text;
    keys constant jsonb := '{"settings": "key", "teams": "id", "people": "id", "frameworks": "id",
                             "behaviors": "id", "cycles": "id", "uuid_aliases": "uuid", "audit_log": "id",
                             "observations": "id", "cycle_releases": "id", "released_observations": "id",
                             "released_members": "id"}';
BEGIN
    EXECUTE 'CREATE OR REPLACE TEMP VIEW peerradar_schema AS SELECT application_id, version FROM public.peerradar_schema';
    EXECUTE format('GRANT SELECT ON pg_temp.peerradar_schema TO %I', session_user);
    FOR t IN SELECT jsonb_object_keys(keys) LOOP
        IF t = 'observations' AND NOT pr_sees_everything() THEN
            EXECUTE 'CREATE OR REPLACE TEMP VIEW observations AS '
                    'SELECT * FROM public.observations WHERE (SELECT pr_sees_everything()) '
                    'UNION ALL SELECT * FROM peerradar_api.pr_own_observations()';
        ELSIF t IN ('audit_log', 'observations', 'released_observations', 'released_members') THEN
            EXECUTE format('CREATE OR REPLACE TEMP VIEW %I AS SELECT * FROM public.%I WHERE (SELECT pr_sees_everything())',
                           t, t);
        ELSE
            EXECUTE format('CREATE OR REPLACE TEMP VIEW %I AS SELECT * FROM public.%I WHERE (SELECT pr_reads_organisation())',
                           t, t);
        END IF;
        EXECUTE format('CREATE OR REPLACE TRIGGER %I INSTEAD OF INSERT OR UPDATE OR DELETE ON pg_temp.%I '
                       'FOR EACH ROW EXECUTE FUNCTION peerradar_api.pr_api_write(%L)', t || '_write', t, keys ->> t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON pg_temp.%I TO %I', t, session_user);
    END LOOP;
END
$$;

DO $$
BEGIN
    REVOKE ALL ON SCHEMA peerradar_api FROM PUBLIC;
    EXECUTE format('GRANT USAGE ON SCHEMA peerradar_api TO %I', pr_group());
    REVOKE ALL ON FUNCTION peerradar_api.pr_new_observation_id(), peerradar_api.pr_own_observations(),
        peerradar_api.pr_open_session(), peerradar_api.pr_api_write(), pr_others_changes(), pr_first_api_id(),
        peerradar_api.pr_release_cycle(bigint) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION peerradar_api.pr_own_observations(), peerradar_api.pr_open_session(), '
                   'pr_others_changes(), peerradar_api.pr_release_cycle(bigint) TO %I', pr_group());
END
$$;
