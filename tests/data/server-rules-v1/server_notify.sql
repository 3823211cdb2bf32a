-- PeerRadar on a PostgreSQL server: every program connected to the database hears when another one
-- has changed what the views show, so that its lists and profiles refresh without reopening (the
-- server's counterpart of SQLite's data_version). Not a migration: run by Database::create on a
-- server, in the same transaction as the schema. PostgreSQL only.
--
-- One statement-level trigger per table (not per row: an import of 100,000 rows sends one notice),
-- and the same empty payload every time: PostgreSQL folds identical notices of one transaction into
-- one, delivered at COMMIT and never for a rollback. A listener learns only that something changed,
-- not what or by whom; it reads again what its own rights let it read.
-- Statements are split at each ';' that ends a line outside $$ … $$.

CREATE FUNCTION pr_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('peerradar_changes', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER observations_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON observations
    FOR EACH STATEMENT EXECUTE FUNCTION pr_notify_change();

CREATE TRIGGER people_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people
    FOR EACH STATEMENT EXECUTE FUNCTION pr_notify_change();

CREATE TRIGGER teams_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON teams
    FOR EACH STATEMENT EXECUTE FUNCTION pr_notify_change();

CREATE TRIGGER frameworks_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON frameworks
    FOR EACH STATEMENT EXECUTE FUNCTION pr_notify_change();

CREATE TRIGGER behaviors_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON behaviors
    FOR EACH STATEMENT EXECUTE FUNCTION pr_notify_change();

CREATE TRIGGER cycles_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON cycles
    FOR EACH STATEMENT EXECUTE FUNCTION pr_notify_change();

CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings
    FOR EACH STATEMENT EXECUTE FUNCTION pr_notify_change();
