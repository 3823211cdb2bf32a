-- PeerRadar on a PostgreSQL server: profiles through the anonymity rule, the second server script
-- (after server_access.sql, before server_api.sql). A login that is not HR reads profiles only
-- through pr_profile_groups / pr_profile_notes, which apply the rule in the server (the same rule as
-- core/analytics/Anonymity.cpp; tests/core/tst_server_rules shows that both give the same result on
-- generated organisations), of whom pr_may_see_profile allows. The period is not the caller's to
-- choose: two overlapping periods (two windows a day apart, a cycle and the whole history, two
-- overlapping cycles) would let a reader subtract one profile from the other and see a group hidden
-- in only one. A login that is not HR gets a cycle's exact dates when no other cycle overlaps it, or
-- the subject's whole history (first observation received .. the organisation's latest) only while
-- there is no cycle: the periods the program offers it. Run again by `server-init --upgrade`.
-- Statements are split at each ';' that ends a line outside $$ … $$.

-- Who reads whose profile (and its notes, through the anonymity rule): role and org chart together,
-- the rule of core/domain/Rules.cpp mayReadProfile and of the README's table of rights. HR (and the
-- owner) read everyone; anyone reads themself; a person whose role is manager reads their direct
-- reports and the members of the teams they manage who have not left; a member reads only
-- themself, whatever the org chart still says (a demoted manager, a member listed as a team's
-- manager). Never NULL: a login without a person compares with NULL, and NULL must mean no.
CREATE OR REPLACE FUNCTION pr_may_see_profile(p_subject bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT coalesce(pr_sees_everything()
        OR p_subject = pr_current_person()
        OR (EXISTS (SELECT 1 FROM people v WHERE v.id = pr_current_person() AND v.role = 'manager')
            AND EXISTS (SELECT 1 FROM people p LEFT JOIN teams t ON t.id = p.team_id
                         WHERE p.id = p_subject AND p.removed_at IS NULL
                           AND (p.manager_id = pr_current_person() OR t.manager_id = pr_current_person()))), false)
$$;

-- A setting of the rule; a missing one is its documented default, as in the core
-- (domain/Types.h DatabaseSettings: k = 3, k_notes = 3).
CREATE OR REPLACE FUNCTION pr_setting(p_key text, p_default bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT CAST(s.value AS bigint) FROM settings s WHERE s.key = p_key), p_default)
$$;

-- The latest observation date in the whole organisation: the end of every profile's period.
CREATE OR REPLACE FUNCTION pr_latest_observation_date() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT max(observed_on) FROM observations WHERE pr_reads_organisation()
$$;

-- The first observation a person received (the start of their profile's period), for those who may see it.
CREATE OR REPLACE FUNCTION pr_first_received_date(p_subject bigint) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT min(o.observed_on) FROM observations o WHERE o.subject_id = p_subject AND pr_may_see_profile(p_subject)
$$;

-- Released cycles, the rule of core/domain/Rules.cpp anonymousGroupsFor: the cycle whose latest
-- release has exactly these dates (releases never share a day: CycleRepository::release), or NULL.
CREATE OR REPLACE FUNCTION pr_profile_release(p_from text, p_to text) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT max(r.cycle_id) FROM cycle_releases r
     WHERE r.starts_on = p_from AND r.ends_on = p_to
       AND r.number = (SELECT max(l.number) FROM cycle_releases l WHERE l.cycle_id = r.cycle_id)
$$;

-- Where a profile's anonymous groups come from: 'live' for HR and the owner; for anyone else
-- 'released' (the release's observations, frozen) when the period is a released cycle's released
-- dates, and 'withheld' (self and manager only, no "all others") over any other period. So a login
-- that pads a cycle with an observation of its own, or dates one into it, and rolls back after
-- reading learns nothing: before release it sees no anonymous group, after release frozen ones.
CREATE OR REPLACE FUNCTION pr_profile_mode(p_from text, p_to text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN pr_sees_everything() THEN 'live'
                WHEN pr_profile_release(p_from, p_to) IS NOT NULL THEN 'released'
                ELSE 'withheld' END
$$;

-- The anonymity threshold of a profile over [p_from, p_to]: a released cycle's is the one of its
-- release (what it suppressed stays suppressed), any other the setting in force.
CREATE OR REPLACE FUNCTION pr_profile_k(p_from text, p_to text, p_key text) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT CASE WHEN p_key = 'k_notes' THEN r.k_notes ELSE r.k END FROM cycle_releases r
                      WHERE pr_profile_mode(p_from, p_to) = 'released' AND r.cycle_id = pr_profile_release(p_from, p_to)
                      ORDER BY r.number DESC LIMIT 1),
                    pr_setting(p_key, 3))
$$;

-- These three run only inside the profile functions above and below (as the owner, with their
-- search_path), and are no login's to call: plain SQL functions, which PostgreSQL inlines into the
-- queries that use them rather than calling them once per group and behavior.
-- The observations a profile of p_subject over [p_from, p_to] is computed from, by pr_profile_mode:
-- live rows; the released cycle's rows as released (a note hidden by HR since stays hidden); or
-- only the rows of self and manager.
CREATE OR REPLACE FUNCTION pr_profile_rows(p_subject bigint, p_from text, p_to text)
RETURNS TABLE (id bigint, observer_id bigint, behavior_id bigint, observed_on text, impact bigint, rater_group text,
               situation text, action text, result text, note_hidden bigint)
LANGUAGE sql STABLE AS $$
    WITH m AS (SELECT pr_profile_mode(p_from, p_to) AS mode, pr_profile_release(p_from, p_to) AS released_cycle)
    SELECT o.id, o.observer_id, o.behavior_id, o.observed_on, CAST(o.impact AS bigint), o.rater_group, o.situation,
           o.action, o.result, CAST(o.note_hidden AS bigint)
      FROM observations o, m
     WHERE o.subject_id = p_subject AND o.observed_on BETWEEN p_from AND p_to
       AND (m.mode = 'live' OR (m.mode = 'withheld' AND o.rater_group IN ('self', 'manager')))
    UNION ALL
    SELECT r.observation_id, r.observer_id, r.behavior_id, r.observed_on, CAST(r.impact AS bigint), r.rater_group,
           r.situation, r.action, r.result,
           -- hidden when HR hid it since, or when its observation is gone (a hidden note must not come back)
           coalesce((SELECT CAST(h.note_hidden AS bigint) FROM observations h WHERE h.id = r.observation_id), 1)
      FROM released_observations r, m
     WHERE m.mode = 'released' AND r.cycle_id = m.released_cycle AND r.subject_id = p_subject
       AND r.observed_on BETWEEN p_from AND p_to
$$;

-- Refuses a profile the caller may not see, and a period the program does not offer a login that
-- is not HR (see the top): a cycle's exact dates that no other cycle overlaps; while there is no
-- cycle, the subject's whole history, any end on or after the latest observation being the same
-- one. A subject with no observation then has nothing to hide. HR and the owner: any period.
CREATE OR REPLACE FUNCTION pr_check_period(p_subject bigint, p_from text, p_to text) RETURNS void LANGUAGE plpgsql
STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    first_received text;
BEGIN
    IF pr_may_see_profile(p_subject) IS NOT TRUE THEN
        RAISE EXCEPTION 'you may not see this profile' USING ERRCODE = '42501';
    END IF;
    IF pr_sees_everything() IS TRUE THEN
        RETURN;
    END IF;
    -- A released cycle's released dates (its figures are the release's, whatever moved since), when
    -- no other cycle overlaps them.
    IF EXISTS (SELECT 1 FROM cycles c WHERE c.id = pr_profile_release(p_from, p_to)
                  AND NOT EXISTS (SELECT 1 FROM cycles o WHERE o.id <> c.id
                                     AND o.starts_on <= p_to AND o.ends_on >= p_from)) THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM cycles c WHERE c.starts_on = p_from AND c.ends_on = p_to
                  AND NOT EXISTS (SELECT 1 FROM cycles o WHERE o.id <> c.id
                                     AND o.starts_on <= c.ends_on AND o.ends_on >= c.starts_on)) THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM cycles) THEN
        SELECT min(o.observed_on) INTO first_received FROM observations o WHERE o.subject_id = p_subject;
        IF first_received IS NULL OR (p_from = first_received AND p_to >= pr_latest_observation_date()) THEN
            RETURN;
        END IF;
    END IF;
    RAISE EXCEPTION 'a profile covers one cycle that overlaps no other, or the whole history while there is no cycle, not % .. %',
        p_from, p_to USING ERRCODE = '42501';
END
$$;

-- The aggregates of one group of observers (one rater group, a pool, or all but self) for one
-- behavior and period, over the observers' views (each observer's observations averaged first: one
-- observer, one voice; docs/statistics.md): observations, observers, and the sum and the sum of
-- squares of the views, added in observer order as the program adds them (GroupFigures.h), so that
-- both compute the same figures to the last bit.
CREATE OR REPLACE FUNCTION pr_view_sums(p_subject bigint, p_behavior bigint, p_groups text[], p_from text, p_to text,
                             OUT n bigint, OUT observers bigint, OUT view_sum double precision,
                             OUT view_squares double precision)
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
    SELECT coalesce(sum(v.c), 0), count(*), coalesce(sum(v.view ORDER BY v.observer_id), 0),
           coalesce(sum(v.view * v.view ORDER BY v.observer_id), 0)
      FROM (SELECT o.observer_id, count(*) AS c, sum(o.impact)::double precision / count(*) AS view
              FROM pr_profile_rows(p_subject, p_from, p_to) o
             WHERE o.behavior_id = p_behavior AND o.rater_group = ANY (p_groups)
             GROUP BY o.observer_id) AS v
$$;

-- THE anonymity rule, in the server. One row per behavior with observations in [p_from, p_to] (a
-- period pr_check_period allows) and per slot: the five rater groups, 'pool' (when a pool is shown)
-- and 'others'. state is 'shown', 'suppressed' or 'empty'; figures (pr_view_sums: n observations,
-- observers, view_sum, view_squares) only for shown slots.
CREATE OR REPLACE FUNCTION pr_profile_groups(p_subject bigint, p_from text, p_to text)
RETURNS TABLE (behavior_id bigint, slot text, state text, pooled_into text, n bigint, observers bigint,
               view_sum double precision, view_squares double precision, notes_visible boolean)
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
    profile_mode text;
BEGIN
    PERFORM pr_check_period(p_subject, p_from, p_to);
    profile_mode := pr_profile_mode(p_from, p_to);
    k := pr_profile_k(p_from, p_to, 'k');
    k_notes := pr_profile_k(p_from, p_to, 'k_notes');
    FOR b IN SELECT DISTINCT o.behavior_id FROM pr_profile_rows(p_subject, p_from, p_to) o ORDER BY 1 LOOP
        ns := ARRAY[0, 0, 0, 0, 0];
        obs := ARRAY[0, 0, 0, 0, 0];
        sums := ARRAY[0, 0, 0, 0, 0];
        squares := ARRAY[0, 0, 0, 0, 0];
        notes := ARRAY[true, true, false, false, false];
        FOR i IN 1..5 LOOP
            SELECT * INTO n, observers, view_sum, view_squares
              FROM pr_view_sums(p_subject, b, ARRAY[groups[i]], p_from, p_to);
            ns[i] := n;
            obs[i] := observers;
            sums[i] := view_sum;
            squares[i] := view_squares;
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
                SELECT count(DISTINCT o.observer_id) INTO pool_observers FROM pr_profile_rows(p_subject, p_from, p_to) o
                 WHERE o.behavior_id = b AND o.rater_group = ANY (pool);
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
                n := NULL; observers := NULL; view_sum := NULL; view_squares := NULL; notes_visible := false;
            ELSIF ns[i] = 0 THEN
                state := 'empty'; pooled_into := NULL;
                n := 0; observers := 0; view_sum := 0; view_squares := 0; notes_visible := false;
            ELSE
                state := 'shown'; pooled_into := NULL;
                n := ns[i]; observers := obs[i]; view_sum := sums[i]; view_squares := squares[i];
                notes_visible := notes[i];
            END IF;
            RETURN NEXT;
        END LOOP;
        IF pool_shown THEN
            behavior_id := b; slot := 'pool'; state := 'shown'; pooled_into := pool_key;
            SELECT * INTO n, observers, view_sum, view_squares
              FROM pr_view_sums(p_subject, b, pool, p_from, p_to);
            notes_visible := observers >= k_notes;
            RETURN NEXT;
        END IF;
        -- Rule 4: "others" (all but self) needs k observers and no anonymous group left hidden.
        SELECT count(*), count(DISTINCT o.observer_id) INTO others_n, others_observers
          FROM pr_profile_rows(p_subject, p_from, p_to) o
         WHERE o.behavior_id = b AND o.rater_group <> 'self';
        behavior_id := b; slot := 'others'; pooled_into := NULL; notes_visible := false;
        -- Withheld: "all others" holds the anonymous groups too, and is not shown.
        IF others_n = 0 OR profile_mode = 'withheld' THEN
            state := 'empty'; n := 0; observers := 0; view_sum := 0; view_squares := 0;
        ELSIF others_observers < k OR (cardinality(pool) > 0 AND NOT pool_shown) THEN
            state := 'suppressed'; n := NULL; observers := NULL; view_sum := NULL; view_squares := NULL;
        ELSE
            state := 'shown';
            SELECT * INTO n, observers, view_sum, view_squares
              FROM pr_view_sums(p_subject, b, ARRAY['manager', 'peer', 'direct_report', 'other'], p_from, p_to);
        END IF;
        RETURN NEXT;
    END LOOP;
END
$$;

-- The leniency correction (docs/statistics.md §7), while HR has it on (setting leniency_correction;
-- off: no row): for each slot of pr_profile_groups that is shown, not self and has at least k observers,
-- Σ L over its observers in observer order, as core/analytics/Leniency.cpp adds them. L is an
-- observer's leniency for the behavior with the subject left out of every total: their ratings of b
-- about other people against the organisation's mean of b without the subject's received ratings, in
-- the period (a cycle's dates when the profile is that cycle's, else the whole history), shrunk by
-- c / (c + 5). Observers of a manager group under k count 0, so no difference of two corrected figures
-- gives a manager's leniency away. pr_profile_groups checks the caller and the period and decides what
-- is shown, so nothing here reaches a slot the rule hides.
CREATE OR REPLACE FUNCTION pr_profile_leniency(p_subject bigint, p_from text, p_to text)
RETURNS TABLE (behavior_id bigint, slot text, leniency_sum double precision)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM pr_check_period(p_subject, p_from, p_to);
    IF pr_setting('leniency_correction', 0) = 0 OR pr_profile_mode(p_from, p_to) = 'withheld' THEN
        RETURN;
    END IF;
    RETURN QUERY
    -- A released cycle's correction reads the cycle's observations as released, like its figures.
    WITH src AS (SELECT o.subject_id, o.observer_id, o.behavior_id, o.observed_on, o.impact, o.rater_group
                   FROM observations o WHERE pr_profile_mode(p_from, p_to) = 'live'
                 UNION ALL
                 SELECT r.subject_id, r.observer_id, r.behavior_id, r.observed_on, r.impact, r.rater_group
                   FROM released_observations r
                  WHERE pr_profile_mode(p_from, p_to) = 'released' AND r.cycle_id = pr_profile_release(p_from, p_to)),
    g AS (SELECT * FROM pr_profile_groups(p_subject, p_from, p_to)),
    period AS (SELECT coalesce(max(c.starts_on), '0000-01-01') AS l_from,
                      coalesce(max(c.ends_on), '9999-12-31') AS l_to
                 FROM cycles c WHERE c.starts_on = p_from AND c.ends_on = p_to),
    mine AS (SELECT o.behavior_id AS b, o.observer_id AS j, o.rater_group AS grp, count(*) AS c,
                    CAST(sum(o.impact) AS bigint) AS s
               FROM src o
              WHERE o.subject_id = p_subject AND o.observed_on BETWEEN p_from AND p_to AND o.rater_group <> 'self'
              GROUP BY 1, 2, 3),
    of_subject AS (SELECT m.b, m.j, sum(m.c) AS c, sum(m.s) AS s FROM mine m GROUP BY 1, 2),
    received AS (SELECT x.b, sum(x.c) AS n, sum(x.s) AS t FROM of_subject x GROUP BY 1),
    organisation AS (SELECT o.behavior_id AS b, count(*) AS n, CAST(sum(o.impact) AS bigint) AS t
                       FROM src o, period p
                      WHERE o.rater_group <> 'self' AND o.observed_on BETWEEN p.l_from AND p.l_to
                        AND o.behavior_id IN (SELECT r.b FROM received r)
                      GROUP BY 1),
    theirs AS (SELECT o.observer_id AS j, o.behavior_id AS b, count(*) AS c, CAST(sum(o.impact) AS bigint) AS s
                 FROM src o, period p
                WHERE o.observer_id IN (SELECT x.j FROM of_subject x) AND o.rater_group <> 'self'
                  AND o.observed_on BETWEEN p.l_from AND p.l_to
                GROUP BY 1, 2),
    lenient AS (SELECT x.b, x.j,
                       CASE WHEN t.c - x.c <= 0 OR org.n - r.n <= 0 THEN CAST(0 AS double precision)
                            ELSE (CAST(t.s - x.s AS double precision) - CAST(t.c - x.c AS double precision)
                                     * (CAST(org.t - r.t AS double precision) / CAST(org.n - r.n AS double precision)))
                                 / (CAST(t.c - x.c AS double precision) + CAST(5 AS double precision))
                       END AS l
                  FROM of_subject x JOIN received r ON r.b = x.b JOIN organisation org ON org.b = x.b
                  JOIN theirs t ON t.j = x.j AND t.b = x.b),
    excluded AS (SELECT m.b, m.j FROM mine m
                  WHERE m.grp = 'manager'
                    AND (SELECT count(*) FROM mine y WHERE y.b = m.b AND y.grp = 'manager') < pr_profile_k(p_from, p_to, 'k')),
    members AS (SELECT s.behavior_id AS b, s.slot AS sl, m.j
                  FROM g s JOIN mine m ON m.b = s.behavior_id
                 WHERE s.state = 'shown' AND s.slot <> 'self' AND s.observers >= pr_profile_k(p_from, p_to, 'k')
                   AND (m.grp = s.slot OR s.slot = 'others'
                        OR (s.slot = 'pool' AND m.grp = ANY (string_to_array(s.pooled_into, '+'))))
                 GROUP BY 1, 2, 3)
    SELECT mb.b, mb.sl,
           sum(CASE WHEN e.j IS NULL THEN l.l ELSE CAST(0 AS double precision) END ORDER BY mb.j)
      FROM members mb JOIN lenient l ON l.b = mb.b AND l.j = mb.j
      LEFT JOIN excluded e ON e.b = mb.b AND e.j = mb.j
     GROUP BY 1, 2;
END
$$;

-- The notes of a profile that the rule lets through: those of shown groups with enough observers
-- for notes, and of a shown pool's members; never a hidden note, never who wrote it, never the
-- observation's id (it is numbered in the order of entry: it would date the note). A pooled note
-- is labelled with its pool's key ('peer+other'), as the core labels it (Profile.h groupKey),
-- never with its own group, which the pool hides.
CREATE OR REPLACE FUNCTION pr_profile_notes(p_subject bigint, p_from text, p_to text)
RETURNS TABLE (observation_id bigint, behavior_id bigint, observed_on text, rater_group text,
               situation text, action text, result text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH g AS (SELECT * FROM pr_profile_groups(p_subject, p_from, p_to))
    SELECT CAST(NULL AS bigint), o.behavior_id, o.observed_on, coalesce(s.pooled_into, o.rater_group),
           o.situation, o.action, o.result
      FROM pr_profile_rows(p_subject, p_from, p_to) o
      JOIN g AS s ON s.behavior_id = o.behavior_id AND s.slot = o.rater_group
     WHERE o.note_hidden = 0
       AND (o.situation <> '' OR o.action <> '' OR o.result <> '')
       AND ((s.state = 'shown' AND s.notes_visible)
            OR (s.pooled_into IS NOT NULL
                AND EXISTS (SELECT 1 FROM g AS p WHERE p.behavior_id = s.behavior_id AND p.slot = 'pool'
                               AND p.notes_visible)))
     ORDER BY o.observed_on DESC, o.id DESC
$$;

-- Who may call what: a function is PUBLIC's to call unless revoked. A login calls only what the
-- program calls and what the row-level rules above call in its name; every other function runs
-- only inside these, as the owner.
DO $$
BEGIN
    REVOKE ALL ON FUNCTION pr_group(), pr_current_person(), pr_is_hr(), pr_is_owner(), pr_sees_everything(),
        pr_reads_organisation(), pr_rater_group(bigint, bigint), pr_check_observation(),
        pr_create_account(text, text, bigint), pr_may_see_profile(bigint), pr_setting(text, bigint),
        pr_latest_observation_date(), pr_first_received_date(bigint), pr_check_period(bigint, text, text),
        pr_view_sums(bigint, bigint, text[], text, text), pr_profile_groups(bigint, text, text),
        pr_profile_notes(bigint, text, text), pr_profile_leniency(bigint, text, text),
        pr_profile_release(text, text), pr_profile_mode(text, text), pr_profile_rows(bigint, text, text),
        pr_profile_k(text, text, text) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION pr_current_person(), pr_is_hr(), pr_sees_everything(), '
                   'pr_reads_organisation(), pr_latest_observation_date(), pr_first_received_date(bigint), '
                   'pr_profile_groups(bigint, text, text), pr_profile_notes(bigint, text, text), '
                   'pr_profile_leniency(bigint, text, text) TO %I', pr_group());
END
$$;
