-- ClientVault schema version 2: bookkeeping that makes imports and merges undoable.

-- One row per import run; `counts` is JSON (imported, updated, flagged, rejected, skipped).
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    at          TEXT NOT NULL,
    user_id     INTEGER REFERENCES users(id),
    counts      TEXT NOT NULL DEFAULT '{}',
    undone_at   TEXT
);

-- What an import did to each customer: created it, or updated it (the history group to revert).
CREATE TABLE import_effects (
    import_id    INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    customer_id  INTEGER NOT NULL,
    effect       TEXT NOT NULL CHECK (effect IN ('created', 'updated')),
    group_id     TEXT,
    PRIMARY KEY (import_id, customer_id)
) WITHOUT ROWID;

-- A merge keeps a full pre-merge snapshot (JSON of every merged record and its links) so that it
-- can be undone long after, even when the survivor was edited since.
CREATE TABLE merges (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    user_id       INTEGER REFERENCES users(id),
    survivor_id   INTEGER NOT NULL,
    merged_ids    TEXT NOT NULL,                   -- JSON array of customer ids
    snapshot      TEXT NOT NULL,                   -- JSON, pre-merge state
    undone_at     TEXT
);
CREATE INDEX merges_survivor ON merges(survivor_id);

-- "Not a duplicate" decisions, remembered for every later scan (smaller id first).
CREATE TABLE not_duplicates (
    customer_a  INTEGER NOT NULL,
    customer_b  INTEGER NOT NULL,
    at          TEXT NOT NULL,
    user_id     INTEGER,
    PRIMARY KEY (customer_a, customer_b),
    CHECK (customer_a < customer_b)
) WITHOUT ROWID;
