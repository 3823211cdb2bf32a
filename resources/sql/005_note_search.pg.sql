-- PeerRadar schema, version 5, on a PostgreSQL server: the notes' word index, the server's own
-- counterpart of a file's FTS5 table note_search (005_note_search.sql). A search asks
-- to_tsvector('simple', situation || ' ' || action || ' ' || result) @@ to_tsquery('simple', …)
-- with exactly this expression, so that the index answers it; 'simple' folds case and keeps every word.

CREATE INDEX observations_note_words ON observations
    USING gin (to_tsvector('simple'::regconfig, situation || ' ' || action || ' ' || result));
