-- ClientVault schema version 1. Forward-only: later versions add files 0002_*.sql, never edit this.
-- Timestamps are ISO-8601 UTC strings ("2026-11-23T12:48:20Z"); dates are ISO dates; money is a
-- decimal string plus an integer amount in cents for fast aggregation.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL               -- JSON
) WITHOUT ROWID;

CREATE TABLE users (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: key slots refer to user ids
    name        TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('owner', 'staff', 'viewer')),
    can_reveal  INTEGER NOT NULL DEFAULT 0,
    can_export  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    removed_at  TEXT
);
CREATE UNIQUE INDEX users_active_name ON users(name) WHERE removed_at IS NULL;

CREATE TABLE customers (
    id              INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: the erasure ledger holds ids
    name            TEXT NOT NULL,
    family_name     TEXT NOT NULL DEFAULT '',
    given_name      TEXT NOT NULL DEFAULT '',
    name_order      TEXT NOT NULL DEFAULT 'eastern',
    company         TEXT NOT NULL DEFAULT '',
    title           TEXT NOT NULL DEFAULT '',
    gender          TEXT NOT NULL DEFAULT '',
    birthday        TEXT,                          -- 'YYYY-MM-DD' or year-less '--MM-DD'
    source          TEXT NOT NULL DEFAULT '',
    owner_user_id   INTEGER REFERENCES users(id),
    notes           TEXT NOT NULL DEFAULT '',
    sort_key        TEXT NOT NULL,                 -- pinyin order for Chinese names
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    verified_at     TEXT,
    deleted_at      TEXT,                          -- recycle bin
    invalid_fields  INTEGER NOT NULL DEFAULT 0,    -- count of values flagged "invalid, needs review"
    version         INTEGER NOT NULL DEFAULT 1,
    -- denormalised purchase statistics, maintained by the purchase repository
    purchase_count  INTEGER NOT NULL DEFAULT 0,
    total_cents     INTEGER NOT NULL DEFAULT 0,
    first_purchase  TEXT,
    last_purchase   TEXT
);
CREATE INDEX customers_by_name ON customers(sort_key, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_created ON customers(created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_last_purchase ON customers(coalesce(last_purchase, ''), id) WHERE deleted_at IS NULL;
CREATE INDEX customers_deleted ON customers(deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX customers_by_source ON customers(source) WHERE deleted_at IS NULL;
CREATE INDEX customers_by_owner ON customers(owner_user_id) WHERE deleted_at IS NULL;

CREATE TABLE contact_points (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('phone', 'email', 'wechat', 'qq')),
    value        TEXT NOT NULL,                    -- normalised when valid, the raw text otherwise
    raw          TEXT NOT NULL DEFAULT '',
    label        TEXT NOT NULL DEFAULT '',
    valid        INTEGER NOT NULL DEFAULT 1,
    problem      TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_points_customer ON contact_points(customer_id, position);
CREATE INDEX contact_points_value ON contact_points(kind, value) WHERE valid = 1;

CREATE TABLE addresses (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    label        TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',
    province     TEXT NOT NULL DEFAULT '',
    city         TEXT NOT NULL DEFAULT '',
    district     TEXT NOT NULL DEFAULT '',
    street       TEXT NOT NULL DEFAULT '',
    postal_code  TEXT NOT NULL DEFAULT '',
    free_form    TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX addresses_customer ON addresses(customer_id, position);

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);
CREATE TABLE customer_tags (
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    tag_id       INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (tag_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_tags_customer ON customer_tags(customer_id);

CREATE TABLE custom_fields (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    field_type  TEXT NOT NULL DEFAULT 'text'
);
CREATE TABLE custom_values (
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    field_id     INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    value        TEXT NOT NULL,
    PRIMARY KEY (customer_id, field_id)
) WITHOUT ROWID;

-- PIPL 敏感个人信息: kept apart, masked by default, never in the search index.
-- blind_index = HMAC(K_index, normalised value) for exact look-up without scanning values.
CREATE TABLE sensitive_values (
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('id_number', 'bank_account', 'health_note')),
    value        TEXT NOT NULL,
    valid        INTEGER NOT NULL DEFAULT 1,
    problem      TEXT NOT NULL DEFAULT '',
    blind_index  BLOB,
    PRIMARY KEY (customer_id, kind)
) WITHOUT ROWID;
CREATE INDEX sensitive_blind_index ON sensitive_values(kind, blind_index);

CREATE TABLE purchases (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    date          TEXT NOT NULL,
    amount        TEXT NOT NULL,                   -- exact decimal string
    amount_cents  INTEGER NOT NULL,
    currency      TEXT NOT NULL DEFAULT 'CNY',
    items         TEXT NOT NULL DEFAULT '',
    channel       TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
CREATE INDEX purchases_customer ON purchases(customer_id, date);

CREATE TABLE follow_ups (
    id                 INTEGER PRIMARY KEY,
    customer_id        INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    date               TEXT NOT NULL,
    kind               TEXT NOT NULL DEFAULT '',
    content            TEXT NOT NULL DEFAULT '',
    next_contact_date  TEXT,
    user_id            INTEGER REFERENCES users(id),
    created_at         TEXT NOT NULL
);
CREATE INDEX follow_ups_customer ON follow_ups(customer_id, date);
CREATE INDEX follow_ups_next ON follow_ups(next_contact_date) WHERE next_contact_date IS NOT NULL;

CREATE TABLE consents (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    purpose       TEXT NOT NULL,
    channel       TEXT NOT NULL DEFAULT '',
    granted_at    TEXT NOT NULL,
    withdrawn_at  TEXT,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consents_customer ON consents(customer_id, purpose);

-- Every change to a customer: who, when, field, old → new. One edit shares a group id; revert
-- applies the old values of a group and records itself as a new group.
CREATE TABLE change_history (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    group_id     TEXT NOT NULL,
    user_id      INTEGER REFERENCES users(id),
    at           TEXT NOT NULL,
    field        TEXT NOT NULL,
    old_value    TEXT,                             -- JSON
    new_value    TEXT,                             -- JSON
    reverted_by  TEXT                              -- group id of the revert
);
CREATE INDEX change_history_customer ON change_history(customer_id, id);
CREATE INDEX change_history_group ON change_history(group_id);

-- Customers erased on a privacy request: only the id, re-applied when an older backup is restored.
CREATE TABLE erasure_ledger (
    customer_id  INTEGER PRIMARY KEY,
    erased_at    TEXT NOT NULL,
    request_ref  TEXT NOT NULL DEFAULT ''
);

-- Append-only, hash-chained: mac = HMAC(K_audit, previous mac || canonical(row)).
-- Customers by id only; `fields` names fields, never values.
CREATE TABLE access_log (
    seq          INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    user_id      INTEGER,
    action       TEXT NOT NULL,
    customer_id  INTEGER,
    fields       TEXT NOT NULL DEFAULT '',         -- comma-separated field names
    detail       TEXT NOT NULL DEFAULT '{}',       -- JSON, no personal data
    mac          BLOB NOT NULL
);
CREATE INDEX access_log_customer ON access_log(customer_id, seq) WHERE customer_id IS NOT NULL;
CREATE INDEX access_log_user ON access_log(user_id, seq);
CREATE INDEX access_log_at ON access_log(at);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
    BEGIN SELECT RAISE(ABORT, 'access log is append-only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
    BEGIN SELECT RAISE(ABORT, 'access log is append-only'); END;

-- Search (see app/models/search_text.py): rowid = customer id; contentless to keep the file small.
CREATE VIRTUAL TABLE search_trigram USING fts5(
    body, content='', contentless_delete=1, tokenize='trigram remove_diacritics 1', detail='full'
);
CREATE VIRTUAL TABLE search_tokens USING fts5(
    body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2',
    prefix='1 2 3 4', detail='none'
);
