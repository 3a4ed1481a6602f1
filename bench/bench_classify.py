"""Classification benchmark: a full recompute at 1M customers / 10M purchases (PRODUCT.md: under 10 s).

    .venv/bin/python bench/bench_classify.py [--customers 1000000] [--purchases 10] \
        [--dir /work/bench_tmp/classify] [--reuse] [--build-only] [--out bench/results]

Builds a vault with `--customers` demo customers (addresses, phones, sources, tags) and on average
`--purchases` purchases each through the bulk paths of the import/demo code (this takes minutes at
1M), or measures the vault already in `--dir` with `--reuse`. Then times, on an unlocked session:
the first `classify_all` (cold: statistics, cut points, regions from scratch), a second one (warm:
nothing changed), one after a purchase was added (incremental), `segment_ids`, `labels_for` of 200
ids and `explain` of one customer. Prints a table and writes bench/results/classify-<customers>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.models.demo_data import generate_customers, generate_follow_ups, generate_purchases  # noqa: E402
from app.models.records import Purchase  # noqa: E402
from app.services import classification  # noqa: E402
from app.services.access import VaultAccess  # noqa: E402
from app.services.session import Session  # noqa: E402
from app.vault.kdf import KdfPolicy  # noqa: E402
from app.vault.repositories import activity_repo, customers_repo  # noqa: E402

PASS = "benchmark passphrase 2026 ok"
BATCH = 10_000


def build(folder: Path, n: int, purchases_mean: float) -> dict[str, object]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    access = VaultAccess(folder, KdfPolicy.production())
    session, _ = access.create("boss", PASS)
    rng = random.Random(3)
    at = session.clock()
    t0 = time.perf_counter()
    n_purchases = n_follow_ups = 0
    stream = generate_customers(n, seed=7)
    done = 0
    while done < n:
        rows = [next(stream) for _ in range(min(BATCH, n - done))]
        with session.transaction() as con:
            ids = customers_repo.bulk_insert(con, rows, at, session.blind_indexer())
            purchases: list[Purchase] = []
            follow_ups = []
            for offset, c in enumerate(rows):
                cid = ids[offset]
                purchases.extend(generate_purchases(cid, rng, c.created_at, mean=purchases_mean))
                if offset % 5 == 0:
                    follow_ups.extend(generate_follow_ups(cid, rng, c.created_at))
            activity_repo.bulk_insert_activity(con, purchases, follow_ups, [], at)
        n_purchases += len(purchases)
        n_follow_ups += len(follow_ups)
        done += len(rows)
        if done % 100_000 == 0:
            print("built {:,} customers, {:,} purchases ({:.0f} s)".format(done, n_purchases,
                                                                          time.perf_counter() - t0), flush=True)
    session.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session.con.execute("PRAGMA optimize")
    session.lock()
    info = {"customers": n, "purchases": n_purchases, "follow_ups": n_follow_ups,
            "build_s": round(time.perf_counter() - t0, 1)}
    (folder.parent / (folder.name + ".json")).write_text(json.dumps(info))
    return info


CPU: dict[str, float] = {}


def timed(fn: object, *args: object, name: str = "", **kwargs: object) -> tuple[float, object]:
    """Wall time (and, under `name`, this process's CPU time: on a shared machine the wall time
    includes waiting for a core)."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn(*args, **kwargs)  # type: ignore[operator]
    if name:
        CPU[name] = round(time.process_time() - c0, 3)
    return time.perf_counter() - t0, result


def measure(session: Session) -> dict[str, object]:
    classification.reset_cache()
    cold_s, counts = timed(classification.classify_all, session, name="classify_all_cold_cpu_s")
    warm_s, again = timed(classification.classify_all, session)
    assert again == counts
    some = classification.segment_ids(session, "lifecycle", "active")[:1]
    cid = some[0] if some else 1
    with session.transaction() as con:
        activity_repo.insert_purchase(con, Purchase(customer_id=cid, date=session.clock()[:10],
                                                    amount=Decimal("12.50")), session.clock())
    incremental_s, after = timed(classification.classify_all, session, name="classify_all_after_one_purchase_cpu_s")
    assert isinstance(after, dict)
    segment_s, ids = timed(classification.segment_ids, session, "lifecycle", "churned")
    region_s, region_ids = timed(classification.segment_ids, session, "region", "广东省")
    assert isinstance(ids, list) and isinstance(region_ids, list)
    visible = ids[:200]
    labels_s, labels = timed(classification.labels_for, session, visible)
    assert isinstance(labels, dict) and len(labels) == len(visible)
    explain_s, explained = timed(classification.explain, session, cid)
    follow_s, due = timed(classification.needs_follow_up, session)
    assert isinstance(explained, list) and isinstance(due, list)
    totals = {name: sum(v.values()) for name, v in counts.items()}  # type: ignore[union-attr]
    return {
        "classify_all_cold_s": round(cold_s, 3), "classify_all_warm_s": round(warm_s, 3),
        "classify_all_after_one_purchase_s": round(incremental_s, 3),
        "segment_ids_churned_s": round(segment_s, 3), "segment_ids_churned_n": len(ids),
        "segment_ids_region_s": round(region_s, 3), "segment_ids_region_n": len(region_ids),
        "labels_for_200_s": round(labels_s, 4), "explain_s": round(explain_s, 3),
        "needs_follow_up_s": round(follow_s, 3), "needs_follow_up_n": len(due),
        "counts": counts, "totals": totals, **CPU, "load_average_1min": round(os.getloadavg()[0], 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--customers", type=int, default=1_000_000)
    ap.add_argument("--purchases", type=float, default=10.0, help="mean purchases per customer")
    ap.add_argument("--dir", default="/work/bench_tmp/classify")
    ap.add_argument("--reuse", action="store_true", help="measure the vault already in --dir")
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results"))
    ap.add_argument("--profile", action="store_true", help="cProfile one cold classify_all instead")
    args = ap.parse_args()
    folder = Path(args.dir) / "vault-{}".format(args.customers)
    meta = folder.parent / (folder.name + ".json")
    if args.reuse:
        built = json.loads(meta.read_text())
    else:
        built = build(folder, args.customers, args.purchases)
    print("vault: {:,} customers, {:,} purchases".format(built["customers"], built["purchases"]), flush=True)
    if args.build_only:
        return
    session = VaultAccess(folder, KdfPolicy.production()).unlock("boss", PASS)
    if args.profile:
        import cProfile
        import pstats

        classification.reset_cache()
        with cProfile.Profile() as prof:
            classification.classify_all(session)
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        session.lock()
        return
    try:
        result = measure(session)
    finally:
        session.lock()
    result = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                          "platform": platform.platform()}, "build": built, **result}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "classify-{}.json".format(args.customers)).write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print_table(result)


def print_table(r: dict[str, object]) -> None:
    b = r["build"]
    assert isinstance(b, dict)
    print("\n=== classification: {:,} customers, {:,} purchases ===".format(b["customers"], b["purchases"]))
    print("(CPU time: cold {} s, after one purchase {} s; load average {} on {} cores)".format(
        r["classify_all_cold_cpu_s"], r["classify_all_after_one_purchase_cpu_s"], r["load_average_1min"],
        os.cpu_count()))
    for key in ("classify_all_cold_s", "classify_all_warm_s", "classify_all_after_one_purchase_s",
                "segment_ids_churned_s", "segment_ids_region_s", "labels_for_200_s", "explain_s",
                "needs_follow_up_s"):
        print("{:<36} {:>10.3f} s".format(key, r[key]))
    print("{:<36} {:>10,}".format("churned customers", r["segment_ids_churned_n"]))
    print("{:<36} {:>10,}".format("customers in 广东省", r["segment_ids_region_n"]))


if __name__ == "__main__":
    main()
