"""Vault benchmark: insert, search, list, unlock and size at 100k and 1M customers.

    .venv/bin/python bench/bench_vault.py [--sizes 100000 1000000] [--purchases 3] [--out bench/results]

Prints a table and writes bench/results/vault-<size>.json. Everything is compared within the same
run: the vault's bulk insert (validation-free path used by imports and demo data, with pinyin,
sort keys and both FTS5 indexes) against a bare stdlib `sqlite3.executemany` of the same customer
and contact rows into an unencrypted database without indexes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3  # the baseline only; product code never imports it
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.models.demo_data import generate_customers, generate_purchases  # noqa: E402
from app.models.records import ContactKind  # noqa: E402
from app.services import customers  # noqa: E402
from app.services.access import VaultAccess  # noqa: E402
from app.vault import vault as vault_files  # noqa: E402
from app.vault.kdf import KdfParams, KdfPolicy  # noqa: E402
from app.vault.repositories import activity_repo, customers_repo  # noqa: E402

PASS = "benchmark passphrase 2026 ok"
BATCH = 10_000


def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def baseline_insert(rows: list, path: Path) -> float:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, company TEXT, created_at TEXT)")
    con.execute("CREATE TABLE contact_points (customer_id INTEGER, kind TEXT, value TEXT)")
    start = time.perf_counter()
    with con:
        for i in range(0, len(rows), BATCH):
            chunk = rows[i:i + BATCH]
            con.executemany("INSERT INTO customers VALUES (?, ?, ?, ?)",
                            [(i + j + 1, c.name, c.company, c.created_at) for j, c in enumerate(chunk)])
            con.executemany("INSERT INTO contact_points VALUES (?, ?, ?)",
                            [(i + j + 1, p.kind.value, p.value) for j, c in enumerate(chunk) for p in c.contacts])
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def build(folder: Path, n: int, purchases_mean: float) -> dict:
    access = VaultAccess(folder, KdfPolicy.production())
    t0 = time.perf_counter()
    session, _ = access.create("boss", PASS)
    create_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    rows = list(generate_customers(n, seed=7))
    gen_s = time.perf_counter() - t0
    base_s = baseline_insert(rows, folder.parent / "baseline.db")
    rng = random.Random(3)
    at = session.clock()
    t0 = time.perf_counter()
    with session.transaction() as con:
        for i in range(0, n, BATCH):
            customers_repo.bulk_insert(con, rows[i:i + BATCH], at, session.blind_indexer())
        session.log("import", detail={"source": "bench", "customers": n})
    insert_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_purchases = 0
    with session.transaction() as con:
        for i in range(0, n, BATCH):
            batch = []
            for offset, c in enumerate(rows[i:i + BATCH]):
                batch.extend(generate_purchases(i + offset + 1, rng, c.created_at, mean=purchases_mean))
            activity_repo.bulk_insert_activity(con, batch, [], [], at)
            n_purchases += len(batch)
    purchases_s = time.perf_counter() - t0
    session.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.con.execute("PRAGMA optimize")
    session.lock()
    return {
        "customers": n, "purchases": n_purchases, "generate_s": round(gen_s, 2), "create_vault_s": round(create_s, 2),
        "vault_insert_s": round(insert_s, 2), "vault_rows_per_s": round(n / insert_s),
        "baseline_insert_s": round(base_s, 2), "baseline_rows_per_s": round(n / base_s),
        "insert_ratio_vs_baseline": round(insert_s / base_s, 2), "purchases_insert_s": round(purchases_s, 2),
        "sample": rows[:: max(1, n // 2000)],
    }


def queries(sample: list) -> dict[str, list[str]]:
    rng = random.Random(11)
    chinese = [c for c in sample if any("\u4e00" <= ch <= "\u9fff" for ch in c.name)]
    western = [c for c in sample if c not in chinese]
    from app.models.search_text import name_pinyin

    classes: dict[str, list[str]] = {
        "cjk_1_char": [c.name[0] for c in rng.sample(chinese, 100)] + list("张王李赵欧"),
        "cjk_2_chars": [c.name[:2] for c in rng.sample(chinese, 100)] + [c.name[-2:] for c in rng.sample(chinese, 50)],
        "cjk_3_chars": [c.name[:3] for c in rng.sample(chinese, 100) if len(c.name) >= 3],
        "pinyin_full": [name_pinyin(c.name).full for c in rng.sample(chinese, 100)],
        "pinyin_prefix_typing": [name_pinyin(c.name).full[:k] for c in rng.sample(chinese, 40) for k in (1, 2, 3, 5, 7)],
        "pinyin_initials": [name_pinyin(c.name).initials for c in rng.sample(chinese, 100)],
        "phone_4_digits": [], "phone_7_digits": [], "email_fragment": [], "company": [], "wechat": [],
        "western_name": [w for c in rng.sample(western, 100) for w in c.name.lower().split()[:1]],
    }
    for c in rng.sample(sample, min(len(sample), 600)):
        for p in c.contacts:
            digits = p.value.lstrip("+")
            if p.kind is ContactKind.PHONE and len(classes["phone_4_digits"]) < 100:
                k = rng.randrange(2, len(digits) - 4)
                classes["phone_4_digits"].append(digits[k:k + 4])
                classes["phone_7_digits"].append(digits[-7:])
            if p.kind is ContactKind.EMAIL and len(classes["email_fragment"]) < 100:
                local, _, domain = p.value.partition("@")
                classes["email_fragment"].append(rng.choice([local[:5], domain, "@" + domain[:3], local[-4:] + "@"]))
            if p.kind is ContactKind.WECHAT and len(classes["wechat"]) < 100:
                classes["wechat"].append(p.value[1:7])
        if c.company and len(classes["company"]) < 100:
            k = rng.randrange(0, max(1, len(c.company) - 2))
            classes["company"].append(c.company[k:k + 2 + rng.randrange(0, 3)])
    return {k: [q for q in v if q] for k, v in classes.items()}


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def measure(folder: Path, sample: list) -> dict:
    access = VaultAccess(folder, KdfPolicy.production())
    slot = json.loads((folder / "vault.keys").read_text())["slots"][0]
    params = KdfParams.from_json(slot["kdf"])
    kdf_time = [0.0]
    real_derive = vault_files.derive

    def timed_derive(secret: bytes, p: KdfParams) -> bytearray:
        start = time.perf_counter()
        try:
            return real_derive(secret, p)
        finally:
            kdf_time[0] += time.perf_counter() - start

    vault_files.derive = timed_derive  # type: ignore[assignment]
    t0 = time.perf_counter()
    session = access.unlock("boss", PASS)
    unlock_s = time.perf_counter() - t0
    vault_files.derive = real_derive  # type: ignore[assignment]
    kdf_s = kdf_time[0]
    t0 = time.perf_counter()
    first = customers.list_customers(session, sort="name", limit=100)
    first_page_s = time.perf_counter() - t0
    lists = {}
    for sort in ("name", "created", "last_purchase"):
        page = customers.list_customers(session, sort=sort, limit=100)
        times_first, times_next = [], []
        for _ in range(20):
            t0 = time.perf_counter()
            page = customers.list_customers(session, sort=sort, limit=100)
            times_first.append(time.perf_counter() - t0)
        after = page.next_after
        for _ in range(50):
            t0 = time.perf_counter()
            page = customers.list_customers(session, sort=sort, after=after, limit=100)
            times_next.append(time.perf_counter() - t0)
            after = page.next_after
        lists[sort] = {"first_page_p95_ms": ms(percentile(times_first, 95)),
                       "next_page_p95_ms": ms(percentile(times_next, 95))}
    search = {}
    for name, qs in queries(sample).items():
        times = []
        hits = 0
        for q in qs:
            t0 = time.perf_counter()
            page = customers.search_customers(session, q, limit=50)
            times.append(time.perf_counter() - t0)
            hits += bool(page.rows)
        search[name] = {"n": len(qs), "p50_ms": ms(statistics.median(times)), "p95_ms": ms(percentile(times, 95)),
                        "max_ms": ms(max(times)), "hit_rate": round(hits / len(qs), 2)}
    session.lock()
    size = sum(p.stat().st_size for p in folder.iterdir())
    return {
        "unlock_total_ms": ms(unlock_s), "unlock_kdf_ms": ms(kdf_s), "unlock_after_kdf_ms": ms(unlock_s - kdf_s),
        "first_screen_after_unlock_ms": ms(first_page_s), "first_screen_rows": len(first.rows),
        "list": lists, "search": search, "vault_bytes": size,
        "kdf": {"m_kib": params.memory_kib, "t": params.iterations, "p": params.parallelism},
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--purchases", type=float, default=3.0)
    ap.add_argument("--out", default=str(ROOT / "bench" / "results"))
    ap.add_argument("--keep", metavar="DIR", help="copy the built vault here for later --reuse")
    ap.add_argument("--reuse", metavar="DIR", help="measure this vault (built earlier with --keep)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
            folder = Path(tmp) / "vault"
            if args.reuse:  # measure an already built vault again (same seed → same sample)
                folder = Path(args.reuse)
                built = json.loads((out / "vault-{}.json".format(n)).read_text())["build"]
                built["sample"] = list(generate_customers(n, seed=7))[:: max(1, n // 2000)]
            else:
                built = build(folder, n, args.purchases)
                if args.keep:
                    import shutil

                    shutil.copytree(folder, args.keep, dirs_exist_ok=True)
            sample = built.pop("sample")
            result = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                                  "platform": platform.platform()}, "build": built, **measure(folder, sample)}
            assert vault_files.VaultPaths(folder).exists()
        (out / f"vault-{n}.json").write_text(json.dumps(result, indent=1, ensure_ascii=False))
        print_table(result)


def print_table(r: dict) -> None:
    b = r["build"]
    print("\n=== {:,} customers, {:,} purchases ===".format(b["customers"], b["purchases"]))
    print("insert: vault {:.1f} s ({:,} rows/s) vs bare sqlite3 executemany {:.1f} s ({:,} rows/s): {:.1f}x".format(
        b["vault_insert_s"], b["vault_rows_per_s"], b["baseline_insert_s"], b["baseline_rows_per_s"],
        b["insert_ratio_vs_baseline"]))
    print("unlock: {:.0f} ms total = KDF {:.0f} ms + {:.0f} ms after the KDF (Argon2id m={} KiB t={} p={})".format(
        r["unlock_total_ms"], r["unlock_kdf_ms"], r["unlock_after_kdf_ms"], r["kdf"]["m_kib"], r["kdf"]["t"],
        r["kdf"]["p"]))
    print("first screen after unlock: {:.1f} ms ({} rows)".format(r["first_screen_after_unlock_ms"],
                                                                 r["first_screen_rows"]))
    print("{:<22} {:>12} {:>12}".format("list sort", "first p95", "next p95"))
    for k, v in r["list"].items():
        print("{:<22} {:>9.2f} ms {:>9.2f} ms".format(k, v["first_page_p95_ms"], v["next_page_p95_ms"]))
    print("{:<22} {:>5} {:>10} {:>10} {:>10} {:>6}".format("search class", "n", "p50", "p95", "max", "hits"))
    for k, v in r["search"].items():
        print("{:<22} {:>5} {:>7.2f} ms {:>7.2f} ms {:>7.2f} ms {:>6}".format(
            k, v["n"], v["p50_ms"], v["p95_ms"], v["max_ms"], v["hit_rate"]))
    print("vault size: {:.1f} MB".format(r["vault_bytes"] / 1e6))


if __name__ == "__main__":
    main()
