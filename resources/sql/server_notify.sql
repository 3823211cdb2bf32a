-- PeerRadar on a PostgreSQL server: every program connected to the database learns when another one
-- has changed what the views show, so that its lists and profiles refresh without reopening (the
-- server's counterpart of SQLite's data_version). Not a migration: run by Database::create on a
-- server, in the same transaction as the schema, and again by `server-init --upgrade`. PostgreSQL only.
--
-- A counter, not a notice: LISTEN/NOTIFY tells every listener the process id of the sender, and
-- pg_stat_activity names the login behind it, so a notice said who had just changed something (read
-- one's own profile before and after, and a colleague's single rating came out). The program asks
-- pr_others_changes() every second or so instead: how many committed transactions changed PeerRadar's
-- tables, less this session's own. It learns that something changed since its last look, never who.
--
-- One bump per transaction, whatever it touched and however many rows (one statement-level trigger
-- per table; a transaction-local setting remembers that it has counted), made in the transaction
-- itself: others see it only at COMMIT, never for a rollback. The bump locks the counter's row until
-- the transaction ends, so writers queue behind one another's commits (they are short; a login can
-- hold it, as it can hold a table lock: set idle_in_transaction_session_timeout on the database).
-- Statements are split at each ';' that ends a line outside $$ … $$.

CREATE TABLE IF NOT EXISTS peerradar_changes (
    n BIGINT NOT NULL
);

INSERT INTO peerradar_changes (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM peerradar_changes);

-- The session's own bumps live in a session setting: it follows the transaction (a rollback takes
-- the bump back with the counter's), and a session only ever subtracts its own.
CREATE OR REPLACE FUNCTION pr_count_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
BEGIN
    IF current_setting('peerradar.counted', true) IS DISTINCT FROM 'yes' THEN
        UPDATE peerradar_changes SET n = n + 1;
        PERFORM set_config('peerradar.own_changes',
            CAST(coalesce(CAST(nullif(current_setting('peerradar.own_changes', true), '') AS bigint), 0) + 1 AS text),
            false);
        PERFORM set_config('peerradar.counted', 'yes', true);
    END IF;
    RETURN NULL;
END
$$;

-- Changes committed by other sessions: the counter less this session's own bumps.
CREATE OR REPLACE FUNCTION pr_others_changes() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT (SELECT c.n FROM peerradar_changes c)
           - coalesce(CAST(nullif(current_setting('peerradar.own_changes', true), '') AS bigint), 0)
$$;

DO $$
DECLARE
    t text;
BEGIN
    -- Databases made before the counter notified listeners instead (pr_notify_change).
    FOREACH t IN ARRAY ARRAY['observations', 'people', 'teams', 'frameworks', 'behaviors', 'cycles', 'settings'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_changed', t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION pr_count_change()', t || '_changed', t);
    END LOOP;
    DROP FUNCTION IF EXISTS pr_notify_change();
    REVOKE ALL ON TABLE peerradar_changes FROM PUBLIC;
    REVOKE ALL ON FUNCTION pr_count_change() FROM PUBLIC;
END
$$;
