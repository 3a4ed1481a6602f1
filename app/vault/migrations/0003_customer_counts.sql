-- ClientVault schema version 3: live customer counts kept by triggers, so the customers page can
-- show "1,000,000 customers" without scanning a million rows on every unlock.

CREATE TABLE customer_counts (
    in_bin  INTEGER PRIMARY KEY CHECK (in_bin IN (0, 1)),
    n       INTEGER NOT NULL
);
INSERT INTO customer_counts (in_bin, n)
    SELECT 0, count(*) FROM customers WHERE deleted_at IS NULL;
INSERT INTO customer_counts (in_bin, n)
    SELECT 1, count(*) FROM customers WHERE deleted_at IS NOT NULL;

CREATE TRIGGER customer_counts_insert AFTER INSERT ON customers BEGIN
    UPDATE customer_counts SET n = n + 1 WHERE in_bin = (NEW.deleted_at IS NOT NULL);
END;
CREATE TRIGGER customer_counts_delete AFTER DELETE ON customers BEGIN
    UPDATE customer_counts SET n = n - 1 WHERE in_bin = (OLD.deleted_at IS NOT NULL);
END;
CREATE TRIGGER customer_counts_bin AFTER UPDATE OF deleted_at ON customers
    WHEN (OLD.deleted_at IS NULL) != (NEW.deleted_at IS NULL) BEGIN
    UPDATE customer_counts SET n = n - 1 WHERE in_bin = (OLD.deleted_at IS NOT NULL);
    UPDATE customer_counts SET n = n + 1 WHERE in_bin = (NEW.deleted_at IS NOT NULL);
END;
