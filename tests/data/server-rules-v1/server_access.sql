-- PeerRadar on a PostgreSQL server: who may do what (peerradar-cli server-init). First of the two
-- server scripts; server_profiles.sql (the anonymity rule) follows. Not a migration: run once after
-- the schema, by the database's owner, in the same transaction as the schema. PostgreSQL only.
--
-- Who is who. Every person's login (peerradar-cli account) is a member of one group role,
-- peerradar_<database>, and is mapped to its person in server_accounts. What a login may do follows
-- from that person's role in `people` (member, manager, hr), read by the server on every statement:
-- when HR changes someone's role, their rights change with it. The owner (who ran server-init, and
-- the roles that are members of it) and a superuser are bound by none of this and have no person;
-- any other login without a person (never mapped, removed by HR, or a DBA's monitoring login) sees
-- nothing at all. Every check treats an unknown (NULL) answer as a refusal.
--
-- The rules:
--  * everyone with a person reads the organisation (people, teams, frameworks, behaviors, cycles,
--    settings, uuid_aliases); only HR changes it;
--  * observations: a login reads, changes and deletes only those it authored, and inserts only as
--    itself, about a person still in the organisation; the server derives the rater group (the
--    core's rule, domain/Rules.cpp deriveRaterGroup); an author changes only what the program's
--    edit dialog changes (subject, behavior, date, impact, note); HR reads and changes all;
--  * profiles: only through pr_profile_groups / pr_profile_notes (server_profiles.sql);
--  * the audit trail: HR only; server_accounts: nobody but the owner.
-- Statements are split at each ';' that ends a line outside $$ … $$.

CREATE TABLE server_accounts (
    login     TEXT COLLATE "C" PRIMARY KEY,
    person_id BIGINT NOT NULL UNIQUE REFERENCES people (id) ON DELETE CASCADE
);

CREATE FUNCTION pr_group() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'peerradar_' || current_database() $$;

-- The person behind this connection: session_user, since current_user is the owner inside the
-- SECURITY DEFINER functions below. NULL for a login without a person, or one who has left.
CREATE FUNCTION pr_current_person() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT a.person_id FROM server_accounts a JOIN people p ON p.id = a.person_id
     WHERE a.login = session_user AND p.removed_at IS NULL
$$;

CREATE FUNCTION pr_is_hr() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT p.role = 'hr' FROM people p WHERE p.id = pr_current_person()), false)
$$;

-- The owner of these rules: who owns server_accounts, a role that is a member of that role, or a
-- superuser (a member of every role). Any other login is bound by the rules, in the PeerRadar group
-- or not: a monitoring or backup login a DBA lets connect reads nothing. Whether a login has a row
-- in server_accounts does not decide it: a login whose person HR deleted sees nothing. Reads only
-- the catalog, so no SECURITY DEFINER: the trigger below calls it for every row, cheaply.
CREATE FUNCTION pr_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce(pg_catalog.pg_has_role(session_user,
               (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = 'public.server_accounts'::pg_catalog.regclass),
               'MEMBER'), false)
$$;

-- True for HR and for the owner: both read raw observations and compute profiles themselves.
CREATE FUNCTION pr_sees_everything() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT pr_is_owner() OR pr_is_hr()
$$;

-- Whether this connection reads the organisation: the owner, HR, or a login with a person.
CREATE FUNCTION pr_reads_organisation() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT pr_is_owner() OR pr_current_person() IS NOT NULL
$$;

-- The rater group of an observation by `p_observer` about `p_subject`: the core's rule
-- (domain/Rules.cpp deriveRaterGroup), first match wins.
CREATE FUNCTION pr_rater_group(p_observer bigint, p_subject bigint) RETURNS text LANGUAGE sql STABLE
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
-- is that of the day it was logged). A new row gets the server's creation time and a visible note,
-- and no id ahead of the server's sequence (HR's next row would collide with it); an id the
-- sequence already gave out is kept (the program's undo puts a deleted row back with its id).
-- Runs for every row: the owner's test is a catalog lookup and the caller's person one indexed
-- query, so that a bulk import pays little (no nested SECURITY DEFINER calls).
CREATE FUNCTION pr_check_observation() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
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
        IF NEW.id > coalesce(pg_sequence_last_value('public.observations_id_seq'::regclass), 0) THEN
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

CREATE TRIGGER observations_rules BEFORE INSERT OR UPDATE ON observations
    FOR EACH ROW EXECUTE FUNCTION pr_check_observation();

-- Creates the login of a person, or gives a new password to the login that is already theirs; run
-- by the owner, who needs CREATEROLE. Takes the password's SCRAM-SHA-256 verifier, computed by the
-- program (ServerSetup::scramVerifier), never the password itself: statements can reach the
-- server's log. Never touches a role that is not already this person's PeerRadar login.
CREATE FUNCTION pr_create_account(p_login text, p_verifier text, p_person bigint) RETURNS void
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
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', pr_group());
    EXECUTE format('GRANT SELECT ON peerradar_schema TO %I', pr_group());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON settings, teams, people, frameworks, behaviors, cycles, '
                   'uuid_aliases, observations, audit_log TO %I', pr_group());
    -- No sequence: the identity columns number rows without it, and nextval would tell a member
    -- how fast others log. Functions: see the end of server_profiles.sql.
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
ALTER TABLE observations ADD CONSTRAINT observed_on_is_a_day CHECK (
    CASE WHEN observed_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
         THEN to_char(CAST(observed_on AS date), 'YYYY-MM-DD') = observed_on ELSE false END);

-- (SELECT f()) is computed once per statement, not once per row.
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE frameworks ENABLE ROW LEVEL SECURITY;
ALTER TABLE behaviors ENABLE ROW LEVEL SECURITY;
ALTER TABLE cycles ENABLE ROW LEVEL SECURITY;
ALTER TABLE uuid_aliases ENABLE ROW LEVEL SECURITY;
ALTER TABLE observations ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY read_all ON settings FOR SELECT USING ((SELECT pr_reads_organisation()));
CREATE POLICY hr_writes ON settings FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY read_all ON teams FOR SELECT USING ((SELECT pr_reads_organisation()));
CREATE POLICY hr_writes ON teams FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY read_all ON people FOR SELECT USING ((SELECT pr_reads_organisation()));
CREATE POLICY hr_writes ON people FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY read_all ON frameworks FOR SELECT USING ((SELECT pr_reads_organisation()));
CREATE POLICY hr_writes ON frameworks FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY read_all ON behaviors FOR SELECT USING ((SELECT pr_reads_organisation()));
CREATE POLICY hr_writes ON behaviors FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY read_all ON cycles FOR SELECT USING ((SELECT pr_reads_organisation()));
CREATE POLICY hr_writes ON cycles FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY read_all ON uuid_aliases FOR SELECT USING ((SELECT pr_reads_organisation()));
CREATE POLICY hr_writes ON uuid_aliases FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY own_or_hr ON observations FOR ALL
    USING ((SELECT pr_is_hr()) OR observer_id = (SELECT pr_current_person()))
    WITH CHECK ((SELECT pr_is_hr()) OR observer_id = (SELECT pr_current_person()));
CREATE POLICY hr_only ON audit_log FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
