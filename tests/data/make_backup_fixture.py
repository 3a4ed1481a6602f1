"""Write the committed fixture backups of tests/data/backups/ (SECURITY requirement 21).

    .venv/bin/python tests/data/make_backup_fixture.py [--out tests/data/backups]

Run it ONCE per released backup format version (and, here, once for an older database schema),
then commit the new files with their README entry and checksums. Never regenerate a committed
fixture: the point is that a file written by an old release stays restorable by every later one.
The fixtures use the cheap test KDF (Argon2id m=256 KiB) so the tests that restore them are fast.

Files written (existing ones are never overwritten):
  v<format>-schema<N>.cvbak  one per backup format version and database schema version; schemas
                             older than the app's are made by an app limited to their migrations
  <name>.json                what each one holds (secrets, counts, vault id, audit head, sha256)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402
from app.models.records import Role  # noqa: E402
from app.services import backup, customers, users  # noqa: E402
from app.services.access import VaultAccess  # noqa: E402
from app.vault import database  # noqa: E402
from app.vault.kdf import KdfPolicy  # noqa: E402
from app.vault.repositories import audit_repo  # noqa: E402

OWNER = "老板"
OWNER_PASS = "fixture owner passphrase 2026"
STAFF = "小王"
STAFF_PASS = "fixture staff passphrase 2026"


def fill(session, schema: int) -> None:  # type: ignore[no-untyped-def]
    users.add_user(session, STAFF, Role.STAFF, STAFF_PASS, can_reveal=True)
    ids = [
        customers.create_customer(session, {"name": "张三丰", "phones": ["13800138000"], "emails": ["zsf@wudang.cn"],
                                            "company": "武当科技", "id_number": "11010519491231002X", "tags": ["VIP"]}),
        customers.create_customer(session, {"name": "李四", "phones": ["13912345678"], "notes": "老客户，喜欢绿茶"}),
        customers.create_customer(session, {"name": "Anna Müller", "emails": ["anna@example.de"], "company": "Müller GmbH"}),
        customers.create_customer(session, {"name": "王五", "phones": ["010-6552 9988"]}),
        customers.create_customer(session, {"name": "赵六", "wechat": ["zhao_liu_88"]}),
    ]
    customers.add_purchase(session, ids[0], "2025-03-01", "88.80", items="绿茶 x2")
    customers.add_purchase(session, ids[0], "2025-06-18", "1288", items="茶具")
    customers.add_purchase(session, ids[1], "2024-11-11", "66")
    customers.add_follow_up(session, ids[1], "2025-01-05", "电话", "回访满意度", "2025-07-01")
    customers.add_consent(session, ids[2], "marketing", "email", "2025-02-02")
    customers.get_customer(session, ids[0], reveal=("id_number",))
    customers.delete_customer(session, ids[3])  # in the recycle bin
    if schema >= 2:
        customers.erase_customer(session, ids[4])  # privacy erasure: in the ledger


def describe(session) -> dict[str, object]:  # type: ignore[no-untyped-def]
    con = session.con
    seq, mac = audit_repo.head(con)
    return {
        "customers": int(con.execute("SELECT count(*) FROM customers WHERE deleted_at IS NULL").fetchone()[0]),
        "deleted_customers": int(con.execute("SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL")
                                 .fetchone()[0]),
        "purchases": int(con.execute("SELECT count(*) FROM purchases").fetchone()[0]),
        "access_log_entries": audit_repo.count(con),
        "erased_ids": [int(r[0]) for r in con.execute("SELECT customer_id FROM erasure_ledger ORDER BY 1")],
        "audit_head": {"seq": seq, "mac": mac.hex()},
        "schema_version": database.schema_version(con),
    }


def make(out: Path, name: str, schema: int) -> dict[str, object]:
    real_migrations = database.migrations
    if schema < database.latest_version():  # an older app: only its migrations exist
        database.migrations = lambda: [m for m in real_migrations() if m[0] <= schema]  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            access = VaultAccess(Path(tmp) / "vault", KdfPolicy.insecure_for_tests())
            session, recovery = access.create(OWNER, OWNER_PASS)
            fill(session, schema)
            facts = describe(session)  # before the backup: the backup is what it saw
            dest = Path(tmp) / "dest"
            dest.mkdir()
            result = backup.create_backup(session, dest)
            session.lock()
            target = out / (name + ".cvbak")
            shutil.copyfile(result.path, target)
    finally:
        database.migrations = real_migrations  # type: ignore[assignment]
    info = {
        "file": target.name, "format_version": bf_version(), "app_version": __version__, "vault_id": result.vault_id,
        "backup_id": result.backup_id, "created_at": result.created_at, "owner": OWNER,
        "owner_passphrase": OWNER_PASS, "staff": STAFF, "staff_passphrase": STAFF_PASS,
        "recovery_key": recovery, "sha256": hashlib.sha256(target.read_bytes()).hexdigest(), **facts,
    }
    (out / (name + ".json")).write_text(json.dumps(info, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return info


def bf_version() -> int:
    from app.vault.backup_format import FORMAT_VERSION

    return FORMAT_VERSION


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "tests" / "data" / "backups"))
    ap.add_argument("--only", help="one fixture name, e.g. v1-schema3")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for schema in range(1, database.latest_version() + 1):
        name = f"v{bf_version()}-schema{schema}"
        if args.only and args.only != name:
            continue
        if (out / (name + ".cvbak")).exists():
            print(f"{name}: exists, not regenerated (committed fixtures never change)")
            continue
        info = make(out, name, schema)
        print(f"{name}: {info['file']} recovery key {info['recovery_key']}")


if __name__ == "__main__":
    main()
