-- PeerRadar schema, version 5: a word index of the notes (SQLite's FTS5), so that searching the
-- observation list reads the index instead of every note. The index holds only words and row ids
-- (external content, detail=none, no column sizes): the text stays in observations, and the index
-- adds about a tenth to a file. Triggers keep it in step with every insert, change and delete,
-- whoever makes them. A server has no such table: it searches the notes themselves.

CREATE VIRTUAL TABLE note_search USING fts5(
    situation, action, result,
    content = 'observations', content_rowid = 'id', detail = 'none', columnsize = 0, prefix = '2 3'
);

INSERT INTO note_search (rowid, situation, action, result)
    SELECT id, situation, action, result FROM observations WHERE situation <> '' OR action <> '' OR result <> '';

CREATE TRIGGER observations_note_search_insert AFTER INSERT ON observations
    WHEN new.situation <> '' OR new.action <> '' OR new.result <> ''
BEGIN
    INSERT INTO note_search (rowid, situation, action, result) VALUES (new.id, new.situation, new.action, new.result);
END;

CREATE TRIGGER observations_note_search_delete AFTER DELETE ON observations
    WHEN old.situation <> '' OR old.action <> '' OR old.result <> ''
BEGIN
    INSERT INTO note_search (note_search, rowid, situation, action, result)
        VALUES ('delete', old.id, old.situation, old.action, old.result);
END;

-- The old words go before the new ones come in (in this order: a word in both stays indexed).
CREATE TRIGGER observations_note_search_update AFTER UPDATE OF situation, action, result ON observations
BEGIN
    INSERT INTO note_search (note_search, rowid, situation, action, result)
        SELECT 'delete', old.id, old.situation, old.action, old.result
        WHERE old.situation <> '' OR old.action <> '' OR old.result <> '';
    INSERT INTO note_search (rowid, situation, action, result)
        SELECT new.id, new.situation, new.action, new.result
        WHERE new.situation <> '' OR new.action <> '' OR new.result <> '';
END;
