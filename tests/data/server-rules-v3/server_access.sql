-- PeerRadar on a PostgreSQL server: who may do what (peerradar-cli server-init). First of the three
-- server scripts; server_profiles.sql (the anonymity rule) and server_api.sql (what logins call)
-- follow. Not a migration: run once after the schema, by the database's owner, in the same
-- transaction as the schema; `server-init --upgrade` runs the three again over older rules, so every
-- statement may meet what an older version made. PostgreSQL only. Logins never touch a table: they
-- read and write through the views and functions of server_api.sql.
--
-- Who is who. Every person's login (peerradar-cli account) is a member of one group role,
-- peerradar_<database>, and is mapped to its person in server_accounts. What a login may do follows
-- from that person's role in `people` (member, manager, hr), read by the server on every statement:
-- when HR changes someone's role, their rights change with it. The owner (who ran server-init, and
-- the roles that are members of it) and a superuser are bound by none of this and have no person;
-- any other login without a person (never mapped, removed by HR, or a DBA's monitoring login) sees
-- nothing at all. Every check treats an unknown (NULL) answer as a refusal.
--
-- The rules (the README's table of rights says the same for people):
--  * everyone with a person reads the organisation (people, teams, frameworks, behaviors, cycles,
--    settings, uuid_aliases); only HR changes it;
--  * observations: a login reads, changes and deletes only those it authored, and inserts only as
--    itself, about a person still in the organisation; the server derives the rater group (the
--    core's rule, domain/Rules.cpp deriveRaterGroup); an author changes only what the program's
--    edit dialog changes (subject, behavior, date, impact, note); HR reads and changes all;
--  * profiles: only through pr_profile_groups / pr_profile_notes (server_profiles.sql), whose
--    pr_may_see_profile follows role and org chart together (core/domain/Rules.cpp mayReadProfile);
--  * the audit trail: HR only; server_accounts: nobody but the owner.
-- Statements are split at each ';' that ends a line outside $$ … $$.

-- A first set-up replaces no function of another's: CREATE OR REPLACE below is for upgrades, which
-- find the rules of an older PeerRadar (and its server_accounts) here.
DO $$
BEGIN
    IF to_regclass('public.server_accounts') IS NULL AND EXISTS (
        SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE n.nspname = 'public' AND p.proname = ANY (ARRAY['pr_group', 'pr_current_person', 'pr_first_api_id',
               'pr_is_hr', 'pr_is_owner', 'pr_sees_everything', 'pr_reads_organisation', 'pr_rater_group',
               'pr_check_observation', 'pr_create_account', 'pr_may_see_profile', 'pr_setting',
               'pr_latest_observation_date', 'pr_first_received_date', 'pr_check_period', 'pr_view_sums',
               'pr_profile_groups', 'pr_profile_notes', 'pr_rules_version'])) THEN
        RAISE EXCEPTION 'the schema public already holds functions of the names PeerRadar''s rules use: set up '
            'PeerRadar in a database of its own' USING ERRCODE = '42723';
    END IF;
END
$$;

CREATE TABLE IF NOT EXISTS server_accounts (
    login     TEXT COLLATE "C" PRIMARY KEY,
    person_id BIGINT NOT NULL UNIQUE REFERENCES people (id) ON DELETE CASCADE
);

CREATE OR REPLACE FUNCTION pr_group() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'peerradar_' || current_database() $$;

-- The person behind this connection: session_user, since current_user is the owner inside the
-- SECURITY DEFINER functions below. NULL for a login without a person, or one who has left.
CREATE OR REPLACE FUNCTION pr_current_person() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT a.person_id FROM server_accounts a JOIN people p ON p.id = a.person_id
     WHERE a.login = session_user AND p.removed_at IS NULL
$$;

-- Ids from here up are the API's (pr_new_observation_id, server_api.sql); the table's own sequence,
-- which only the owner's inserts use (copy, import as the owner), stays below. 2^52: a double still
-- holds every such id exactly.
CREATE OR REPLACE FUNCTION pr_first_api_id() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT CAST(4503599627370496 AS bigint) $$;

CREATE OR REPLACE FUNCTION pr_is_hr() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT p.role = 'hr' FROM people p WHERE p.id = pr_current_person()), false)
$$;

-- The owner of these rules: who owns server_accounts, a role that is a member of that role, or a
-- superuser (a member of every role). Any other login is bound by the rules, in the PeerRadar group
-- or not: a monitoring or backup login a DBA lets connect reads nothing. Whether a login has a row
-- in server_accounts does not decide it: a login whose person HR deleted sees nothing. Reads only
-- the catalog, so no SECURITY DEFINER: the trigger below calls it for every row, cheaply.
CREATE OR REPLACE FUNCTION pr_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(pg_catalog.pg_has_role(session_user,
               (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = 'public.server_accounts'::pg_catalog.regclass),
               'MEMBER'), false)
$$;

-- True for HR and for the owner: both read raw observations and compute profiles themselves.
CREATE OR REPLACE FUNCTION pr_sees_everything() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT pr_is_owner() OR pr_is_hr()
$$;

-- Whether this connection reads the organisation: the owner, HR, or a login with a person.
CREATE OR REPLACE FUNCTION pr_reads_organisation() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT pr_is_owner() OR pr_current_person() IS NOT NULL
$$;

-- The rater group of an observation by `p_observer` about `p_subject`: the core's rule
-- (domain/Rules.cpp deriveRaterGroup), first match wins.
CREATE OR REPLACE FUNCTION pr_rater_group(p_observer bigint, p_subject bigint) RETURNS text LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT CASE
               WHEN o.id = s.id THEN 'self'
               WHEN s.manager_id IS NOT NULL AND s.manager_id = o.id THEN 'manager'
               WHEN o.manager_id IS NOT NULL AND o.manager_id = s.id THEN 'direct_report'
               WHEN o.team_id IS NOT NULL AND o.team_id = s.team_id THEN 'peer'
               ELSE 'other'
           END
      FROM people o, people s WHERE o.id = p_observer AND s.id = p_subject
$$;

-- What an author (not HR) writes: the server decides the rater group; a new observation or a new
-- subject must be a person still in the organisation, on a day no later than tomorrow (the
-- program's rule, Rules.cpp); an edit changes only what the program's edit dialog edits
-- (ui/observations, ObservationRepository::update), never the author, HR's hiding of the note, the
-- id or the creation time. An unchanged subject keeps its rater group, as in the program (the group
-- is that of the day it was logged). A new row gets the server's creation time and a visible note.
-- Ids: a row written through the API gets one of pr_new_observation_id() (server_api.sql), which
-- tells nothing of how many others logged; a login other than HR may give only such an id (the
-- program's undo puts a deleted row back with its id), never a number of the table's sequence, and
-- is refused alike whatever the number, so that no answer tells how far the sequence has come (nor
-- can an id ahead of the sequence make the owner's next ordinary insert collide). HR writes any id.
-- Runs for every row: the owner's test is a catalog lookup and the caller's person one indexed
-- query, so that a bulk import pays little (no nested SECURITY DEFINER calls).
CREATE OR REPLACE FUNCTION pr_check_observation() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    caller_role text;
BEGIN
    IF pr_is_owner() THEN
        RETURN NEW;
    END IF;
    SELECT p.role INTO caller_role FROM server_accounts a JOIN people p ON p.id = a.person_id
     WHERE a.login = session_user AND p.removed_at IS NULL;
    IF caller_role = 'hr' THEN
        RETURN NEW;
    END IF;
    IF caller_role IS NULL THEN
        RAISE EXCEPTION 'this login belongs to nobody in the organisation' USING ERRCODE = '42501';
    END IF;
    IF NEW.observed_on > to_char(current_date + 1, 'YYYY-MM-DD') THEN
        RAISE EXCEPTION 'an observation cannot be dated after tomorrow' USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.id IS DISTINCT FROM OLD.id OR NEW.uuid IS DISTINCT FROM OLD.uuid
           OR NEW.observer_id IS DISTINCT FROM OLD.observer_id OR NEW.note_hidden IS DISTINCT FROM OLD.note_hidden
           OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
            RAISE EXCEPTION 'an author may change only the subject, behavior, date, impact and note of an observation'
                USING ERRCODE = '42501';
        END IF;
        IF NEW.subject_id = OLD.subject_id THEN
            NEW.rater_group := OLD.rater_group;
            RETURN NEW;
        END IF;
    ELSE
        IF NEW.id < pr_first_api_id() THEN
            RAISE EXCEPTION 'the server numbers new observations' USING ERRCODE = '42501';
        END IF;
        NEW.note_hidden := 0;
        NEW.created_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM people p WHERE p.id = NEW.subject_id AND p.removed_at IS NULL) THEN
        RAISE EXCEPTION 'observations are only about people in the organisation' USING ERRCODE = '42501';
    END IF;
    NEW.rater_group := pr_rater_group(NEW.observer_id, NEW.subject_id);
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS observations_rules ON observations;

CREATE TRIGGER observations_rules BEFORE INSERT OR UPDATE ON observations
    FOR EACH ROW EXECUTE FUNCTION pr_check_observation();

-- Creates the login of a person, or gives a new password to the login that is already theirs; run
-- by the owner, who needs CREATEROLE. Takes the password's SCRAM-SHA-256 verifier, computed by the
-- program (ServerSetup::scramVerifier), never the password itself: statements can reach the
-- server's log. Never touches a role that is not already this person's PeerRadar login.
CREATE OR REPLACE FUNCTION pr_create_account(p_login text, p_verifier text, p_person bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    held_by bigint;
    holds text;
BEGIN
    IF p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'pr_create_account takes a SCRAM-SHA-256 verifier, never a password'
            USING ERRCODE = '22023';
    END IF;
    SELECT a.person_id INTO held_by FROM server_accounts a WHERE a.login = p_login;
    SELECT a.login INTO holds FROM server_accounts a WHERE a.person_id = p_person;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) AND held_by IS DISTINCT FROM p_person THEN
        RAISE EXCEPTION 'the role % exists and is not the PeerRadar login of this person', p_login
            USING ERRCODE = '42710';
    END IF;
    IF holds IS NOT NULL AND holds <> p_login THEN
        RAISE EXCEPTION 'this person already has the login %', holds USING ERRCODE = '42710';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', p_login, p_verifier);
    ELSE
        EXECUTE format('CREATE ROLE %I WITH LOGIN PASSWORD %L', p_login, p_verifier);
        DELETE FROM server_accounts WHERE login = p_login;
        INSERT INTO server_accounts (login, person_id) VALUES (p_login, p_person);
    END IF;
    EXECUTE format('GRANT %I TO %I', pr_group(), p_login);
END
$$;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = pr_group()) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', pr_group());
    END IF;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), pr_group());
    -- The schema public: its functions are found there, but no table, view or sequence of it is a
    -- login's (older rules granted the tables; taken back here). EXPLAIN ANALYZE of a query on a
    -- table counts the rows a filter removed, whatever row-level security hides: a login reads only
    -- through server_api.sql, whose functions show the planner nothing of the rows behind them.
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', pr_group());
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, %I', pr_group());
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, %I', pr_group());
    -- Large objects live outside every schema and fill the database's storage; nothing of PeerRadar
    -- uses them. Taking the right away needs a superuser: an owner who is not one is warned and the
    -- README says what to ask the administrator.
    REVOKE EXECUTE ON FUNCTION pg_catalog.lo_create(oid), pg_catalog.lo_creat(integer),
        pg_catalog.lo_from_bytea(oid, bytea), pg_catalog.lo_import(text), pg_catalog.lo_import(text, oid) FROM PUBLIC;
    -- Up to PostgreSQL 14 every login may create objects in the schema public, where a function of
    -- theirs could shadow a built-in one that the rules' SECURITY DEFINER functions call. Nobody but
    -- the owner creates anything there; when the owner may not take that right away, set-up stops.
    EXECUTE 'REVOKE CREATE ON SCHEMA public FROM PUBLIC';
    IF has_schema_privilege(pr_group(), 'public', 'CREATE') THEN
        RAISE EXCEPTION 'every login may create objects in the schema public of this database; ask the '
            'server''s administrator to run: REVOKE CREATE ON SCHEMA public FROM PUBLIC'
            USING ERRCODE = '42501';
    END IF;
END
$$;

-- A date is a real day written as the program writes it (YYYY-MM-DD): text compares as dates only
-- then, and the latest observation ends every whole-history period.
ALTER TABLE observations DROP CONSTRAINT IF EXISTS observed_on_is_a_day;

ALTER TABLE observations ADD CONSTRAINT observed_on_is_a_day CHECK (
    CASE WHEN observed_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
         THEN to_char(CAST(observed_on AS date), 'YYYY-MM-DD') = observed_on ELSE false END);

-- A second wall, should an administrator ever grant a login a table: row-level security keeps the
-- rules of the API there too (it cannot keep the planner from counting, which is why logins have
-- no table). (SELECT f()) is computed once per statement, not once per row.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['settings', 'teams', 'people', 'frameworks', 'behaviors', 'cycles', 'uuid_aliases',
                             'observations', 'audit_log'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS read_all ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS hr_writes ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS own_or_hr ON %I', t);
        EXECUTE format('DROP POLICY IF EXISTS hr_only ON %I', t);
        IF t = 'observations' THEN
            CREATE POLICY own_or_hr ON observations FOR ALL
                USING ((SELECT pr_is_hr()) OR observer_id = (SELECT pr_current_person()))
                WITH CHECK ((SELECT pr_is_hr()) OR observer_id = (SELECT pr_current_person()));
        ELSIF t = 'audit_log' THEN
            CREATE POLICY hr_only ON audit_log FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
        ELSE
            EXECUTE format('CREATE POLICY read_all ON %I FOR SELECT USING ((SELECT pr_reads_organisation()))', t);
            EXECUTE format('CREATE POLICY hr_writes ON %I FOR ALL USING ((SELECT pr_is_hr())) '
                           'WITH CHECK ((SELECT pr_is_hr()))', t);
        END IF;
    END LOOP;
END
$$;
