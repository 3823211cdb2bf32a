-- PeerRadar on a PostgreSQL server: the access rules the server enforces (peerradar-cli server-init).
-- Not a migration: run once after the schema, by the database's owner. PostgreSQL only.
--
-- Who is who. Every person's login (peerradar-cli account) is a member of one group role,
-- peerradar_<database>, and is mapped to its person in server_accounts. What a login may do follows
-- from that person's role in `people` (member, manager, hr), read by the server on every statement:
-- when HR changes someone's role, their rights change with it. The owner (who ran server-init) is
-- bound by none of this and has no person.
--
-- The rules:
--  * everyone reads the organisation (people, teams, frameworks, behaviors, cycles, settings);
--    only HR changes it;
--  * observations: a login reads, changes and deletes only those it authored, and inserts only as
--    itself; HR reads and changes all;
--  * profiles: read only through pr_profile_groups / pr_profile_notes, which apply the anonymity
--    rule in the server (the same rule as core/analytics/Anonymity.cpp; tests/core/tst_server_rules
--    shows that both give the same result on generated organisations), for oneself, one's direct
--    reports and the members of the teams one manages; HR for everyone;
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

-- True for HR and for the owner (a connection without a person that may read the tables): both
-- read raw observations and compute profiles themselves.
CREATE FUNCTION pr_sees_everything() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT pr_is_hr() OR NOT EXISTS (SELECT 1 FROM server_accounts WHERE login = session_user)
$$;

CREATE FUNCTION pr_may_see_profile(p_subject bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT pr_sees_everything()
        OR p_subject = pr_current_person()
        OR EXISTS (SELECT 1 FROM people p WHERE p.id = p_subject AND p.manager_id = pr_current_person())
        OR EXISTS (SELECT 1 FROM people p JOIN teams t ON t.id = p.team_id
                    WHERE p.id = p_subject AND t.manager_id = pr_current_person())
$$;

-- The latest observation date in the whole organisation: the end of every profile's period.
CREATE FUNCTION pr_latest_observation_date() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT max(observed_on) FROM observations
$$;

-- The first observation a person received (the start of their profile's period), for those who may see it.
CREATE FUNCTION pr_first_received_date(p_subject bigint) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT min(o.observed_on) FROM observations o WHERE o.subject_id = p_subject AND pr_may_see_profile(p_subject)
$$;

-- THE anonymity rule, in the server. One row per behavior with observations in [p_from, p_to] and
-- per slot: the five rater groups, 'pool' (when a pool is shown) and 'others'. state is 'shown',
-- 'suppressed' or 'empty'; figures (n, observers, total, total_squares) only for shown slots.
CREATE FUNCTION pr_profile_groups(p_subject bigint, p_from text, p_to text)
RETURNS TABLE (behavior_id bigint, slot text, state text, pooled_into text, n bigint, observers bigint,
               total double precision, total_squares double precision, notes_visible boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    groups constant text[] := ARRAY['self', 'manager', 'peer', 'direct_report', 'other'];
    k bigint;
    k_notes bigint;
    b bigint;
    i int;
    si int;
    ns bigint[];
    obs bigint[];
    sums double precision[];
    squares double precision[];
    notes boolean[];
    pool text[];
    pool_observers bigint;
    pool_shown boolean;
    pool_key text;
    others_n bigint;
    others_observers bigint;
BEGIN
    IF NOT pr_may_see_profile(p_subject) THEN
        RAISE EXCEPTION 'you may not see this profile' USING ERRCODE = '42501';
    END IF;
    SELECT CAST(s.value AS bigint) INTO k FROM settings s WHERE s.key = 'k';
    SELECT CAST(s.value AS bigint) INTO k_notes FROM settings s WHERE s.key = 'k_notes';
    FOR b IN SELECT DISTINCT o.behavior_id FROM observations o
              WHERE o.subject_id = p_subject AND o.observed_on BETWEEN p_from AND p_to ORDER BY 1 LOOP
        ns := ARRAY[0, 0, 0, 0, 0];
        obs := ARRAY[0, 0, 0, 0, 0];
        sums := ARRAY[0, 0, 0, 0, 0];
        squares := ARRAY[0, 0, 0, 0, 0];
        notes := ARRAY[true, true, false, false, false];
        FOR i IN 1..5 LOOP
            SELECT count(*), count(DISTINCT o.observer_id), coalesce(sum(o.impact), 0),
                   coalesce(sum(o.impact * o.impact), 0)
              INTO n, observers, total, total_squares
              FROM observations o
             WHERE o.subject_id = p_subject AND o.behavior_id = b AND o.rater_group = groups[i]
               AND o.observed_on BETWEEN p_from AND p_to;
            ns[i] := n;
            obs[i] := observers;
            sums[i] := total;
            squares[i] := total_squares;
        END LOOP;
        -- Rule 2: anonymous groups below k go into the pool; shown ones have notes from k_notes.
        pool := ARRAY[]::text[];
        FOR i IN 3..5 LOOP
            IF ns[i] > 0 THEN
                IF obs[i] < k THEN
                    pool := pool || groups[i];
                ELSE
                    notes[i] := obs[i] >= k_notes;
                END IF;
            END IF;
        END LOOP;
        -- Rule 3: the smallest shown anonymous group joins the pool until it reaches k observers.
        pool_shown := false;
        pool_key := NULL;
        pool_observers := 0;
        IF cardinality(pool) > 0 THEN
            LOOP
                SELECT count(DISTINCT o.observer_id) INTO pool_observers FROM observations o
                 WHERE o.subject_id = p_subject AND o.behavior_id = b AND o.rater_group = ANY (pool)
                   AND o.observed_on BETWEEN p_from AND p_to;
                EXIT WHEN pool_observers >= k;
                si := NULL;
                FOR i IN 3..5 LOOP
                    CONTINUE WHEN groups[i] = ANY (pool) OR ns[i] = 0;
                    IF si IS NULL OR obs[i] < obs[si] OR (obs[i] = obs[si] AND ns[i] < ns[si]) THEN
                        si := i;
                    END IF;
                END LOOP;
                EXIT WHEN si IS NULL;
                pool := pool || groups[si];
            END LOOP;
            pool := ARRAY(SELECT g FROM unnest(groups[3:5]) AS g WHERE g = ANY (pool));
            pool_shown := cardinality(pool) >= 2 AND pool_observers >= k;
            IF pool_shown THEN
                pool_key := array_to_string(pool, '+');
            END IF;
        END IF;
        FOR i IN 1..5 LOOP
            behavior_id := b;
            slot := groups[i];
            IF groups[i] = ANY (pool) THEN
                state := 'suppressed'; pooled_into := pool_key;
                n := NULL; observers := NULL; total := NULL; total_squares := NULL; notes_visible := false;
            ELSIF ns[i] = 0 THEN
                state := 'empty'; pooled_into := NULL;
                n := 0; observers := 0; total := 0; total_squares := 0; notes_visible := false;
            ELSE
                state := 'shown'; pooled_into := NULL;
                n := ns[i]; observers := obs[i]; total := sums[i]; total_squares := squares[i];
                notes_visible := notes[i];
            END IF;
            RETURN NEXT;
        END LOOP;
        IF pool_shown THEN
            behavior_id := b; slot := 'pool'; state := 'shown'; pooled_into := pool_key;
            SELECT count(*), count(DISTINCT o.observer_id), sum(o.impact), sum(o.impact * o.impact)
              INTO n, observers, total, total_squares FROM observations o
             WHERE o.subject_id = p_subject AND o.behavior_id = b AND o.rater_group = ANY (pool)
               AND o.observed_on BETWEEN p_from AND p_to;
            notes_visible := observers >= k_notes;
            RETURN NEXT;
        END IF;
        -- Rule 4: "others" (all but self) needs k observers and no anonymous group left hidden.
        SELECT count(*), count(DISTINCT o.observer_id) INTO others_n, others_observers FROM observations o
         WHERE o.subject_id = p_subject AND o.behavior_id = b AND o.rater_group <> 'self'
           AND o.observed_on BETWEEN p_from AND p_to;
        behavior_id := b; slot := 'others'; pooled_into := NULL; notes_visible := false;
        IF others_n = 0 THEN
            state := 'empty'; n := 0; observers := 0; total := 0; total_squares := 0;
        ELSIF others_observers < k OR (cardinality(pool) > 0 AND NOT pool_shown) THEN
            state := 'suppressed'; n := NULL; observers := NULL; total := NULL; total_squares := NULL;
        ELSE
            state := 'shown';
            SELECT count(*), count(DISTINCT o.observer_id), sum(o.impact), sum(o.impact * o.impact)
              INTO n, observers, total, total_squares FROM observations o
             WHERE o.subject_id = p_subject AND o.behavior_id = b AND o.rater_group <> 'self'
               AND o.observed_on BETWEEN p_from AND p_to;
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;

-- The notes of a profile that the rule lets through: those of shown groups with enough observers
-- for notes, and of a shown pool's members; never a hidden note, never who wrote it.
CREATE FUNCTION pr_profile_notes(p_subject bigint, p_from text, p_to text)
RETURNS TABLE (observation_id bigint, behavior_id bigint, observed_on text, rater_group text,
               situation text, action text, result text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH g AS (SELECT * FROM pr_profile_groups(p_subject, p_from, p_to))
    SELECT o.id, o.behavior_id, o.observed_on, o.rater_group, o.situation, o.action, o.result
      FROM observations o
     WHERE o.subject_id = p_subject AND o.observed_on BETWEEN p_from AND p_to AND o.note_hidden = 0
       AND (o.situation <> '' OR o.action <> '' OR o.result <> '')
       AND (EXISTS (SELECT 1 FROM g WHERE g.behavior_id = o.behavior_id AND g.slot = o.rater_group
                       AND g.state = 'shown' AND g.notes_visible)
            OR EXISTS (SELECT 1 FROM g JOIN g AS p ON p.behavior_id = g.behavior_id AND p.slot = 'pool'
                        WHERE g.behavior_id = o.behavior_id AND g.slot = o.rater_group
                          AND g.pooled_into IS NOT NULL AND p.notes_visible))
     ORDER BY o.observed_on DESC, o.id DESC
$$;

-- Creates (or gives a new password to) the login of a person; run by the owner, who needs CREATEROLE.
CREATE FUNCTION pr_create_account(p_login text, p_password text, p_person bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('ALTER ROLE %I WITH LOGIN PASSWORD %L', p_login, p_password);
    ELSE
        EXECUTE format('CREATE ROLE %I WITH LOGIN PASSWORD %L', p_login, p_password);
    END IF;
    EXECUTE format('GRANT %I TO %I', pr_group(), p_login);
    INSERT INTO server_accounts (login, person_id) VALUES (p_login, p_person)
        ON CONFLICT (login) DO UPDATE SET person_id = excluded.person_id;
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
                   'observations, audit_log TO %I', pr_group());
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I', pr_group());
    EXECUTE format('REVOKE ALL ON FUNCTION pr_create_account(text, text, bigint) FROM PUBLIC');
END
$$;

-- (SELECT f()) is computed once per statement, not once per row.
ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE frameworks ENABLE ROW LEVEL SECURITY;
ALTER TABLE behaviors ENABLE ROW LEVEL SECURITY;
ALTER TABLE cycles ENABLE ROW LEVEL SECURITY;
ALTER TABLE observations ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;

CREATE POLICY read_all ON settings FOR SELECT USING (true);
CREATE POLICY hr_writes ON settings FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY read_all ON teams FOR SELECT USING (true);
CREATE POLICY hr_writes ON teams FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY read_all ON people FOR SELECT USING (true);
CREATE POLICY hr_writes ON people FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY read_all ON frameworks FOR SELECT USING (true);
CREATE POLICY hr_writes ON frameworks FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY read_all ON behaviors FOR SELECT USING (true);
CREATE POLICY hr_writes ON behaviors FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY read_all ON cycles FOR SELECT USING (true);
CREATE POLICY hr_writes ON cycles FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
CREATE POLICY own_or_hr ON observations FOR ALL
    USING ((SELECT pr_is_hr()) OR observer_id = (SELECT pr_current_person()))
    WITH CHECK ((SELECT pr_is_hr()) OR observer_id = (SELECT pr_current_person()));
CREATE POLICY hr_only ON audit_log FOR ALL USING ((SELECT pr_is_hr())) WITH CHECK ((SELECT pr_is_hr()));
