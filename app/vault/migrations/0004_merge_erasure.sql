-- ClientVault schema version 4: erasing a customer also erases what was merged into it.
--
-- A merge deletes the merged-away customers and keeps their data only in its snapshot (see
-- app/services/merges.py). Erasure (customers_repo.erase) deletes every merge whose survivor is the
-- erased customer. While such a merge is in force (not undone), the customers it merged away are the
-- same person as the erased one, and so are, transitively, the customers merged into *them* by
-- earlier merges still in force. This trigger puts all their ids into the erasure ledger (so that
-- restoring an older backup, which still holds them as separate customers, erases them too) and
-- deletes those earlier merges: their snapshots hold the same person's data and could never be
-- undone any more (their survivor is gone for good).
CREATE TRIGGER merges_erase_absorbed AFTER DELETE ON merges WHEN OLD.undone_at IS NULL BEGIN
    INSERT OR IGNORE INTO erasure_ledger (customer_id, erased_at, request_ref)
        SELECT g.id, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'merged'
        FROM (WITH RECURSIVE gone(id) AS (
                  SELECT value FROM json_each(OLD.merged_ids)
                  UNION
                  SELECT j.value FROM merges AS m, json_each(m.merged_ids) AS j, gone
                  WHERE m.survivor_id = gone.id AND m.undone_at IS NULL)
              SELECT id FROM gone) AS g;
    DELETE FROM merges WHERE undone_at IS NULL
        AND survivor_id IN (SELECT customer_id FROM erasure_ledger WHERE request_ref = 'merged');
END;
