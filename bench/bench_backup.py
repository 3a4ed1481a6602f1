"""Backup benchmark: create, verify and restore a vault of N customers, next to a plain file copy.

    .venv/bin/python bench/bench_backup.py [--sizes 100000 1000000] [--dest DIR] [--reuse DIR] [--keep DIR]

For each size: build the vault (bench_vault.py's fast path: bulk insert, production KDF) or reuse
one built earlier (`--keep DIR` with bench_vault.py or this script), then, in the same run and to
the same destination folder:

  plain copy   shutil.copyfile(vault.db → DEST)          (and + fsync, and + reading it back from the
               drive after evicting it from the cache, which a backup must also do: for reference)
  backup       services.backup.create_backup: snapshot, check, encrypt+write+fsync, read back
  verify       services.backup.verify_backup with the owner passphrase (Argon2id included)
  restore      services.backup.restore_backup into a new folder, and over the live vault

Each measurement is repeated (--repeat, default 3) and the best time is shown: on a shared machine
the minimum is the least disturbed run (every run is kept in the JSON). Prints a table and writes
bench/results/backup-<size>.json. Targets at 1M customers (issue 5):
backup < 15 s, verify < 10 s, both within 3x the plain copy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from app.services import backup  # noqa: E402
from app.services.access import VaultAccess  # noqa: E402
from app.vault import backup_format  # noqa: E402
from app.vault.kdf import KdfParams, KdfPolicy, derive  # noqa: E402

PASS = "benchmark passphrase 2026 ok"
OWNER = "boss"


class Phases:
    """Wall-clock time spent in each progress phase of one operation."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.last = self.start
        self.current: str | None = None
        self.spent: dict[str, float] = {}

    def __call__(self, phase: str, done: int, total: int) -> None:
        now = time.perf_counter()
        if self.current is not None:
            self.spent[self.current] = self.spent.get(self.current, 0.0) + now - self.last
        self.current, self.last = phase, now

    def finish(self) -> dict[str, float]:
        self("end", 0, 0)
        return {k: round(v, 3) for k, v in self.spent.items()}


def timed_kdf() -> tuple[list[float], Any]:
    spent = [0.0]
    real = backup_format.derive

    def wrapped(secret: bytes, params: KdfParams) -> bytearray:
        t0 = time.perf_counter()
        try:
            return derive(secret, params)
        finally:
            spent[0] += time.perf_counter() - t0

    backup_format.derive = wrapped  # type: ignore[assignment]
    return spent, real


def cpu_seconds() -> float:
    """CPU time of this process, all threads (user + system): the work done, which a shared,
    loaded machine does not inflate the way it inflates wall-clock time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_back(path: Path) -> None:
    """Evict the file from the OS cache and read it back (as the backup's read-back does)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        if hasattr(os, "posix_fadvise"):
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        while os.read(fd, 1 << 20):
            pass
    finally:
        os.close(fd)


def measure(folder: Path, dest: Path, work: Path) -> dict[str, Any]:
    db = folder / "vault.db"
    size = db.stat().st_size
    # plain copy of vault.db to the same destination (the yardstick), then removed
    t0 = time.perf_counter()
    shutil.copyfile(db, dest / "plain-copy.db")
    copy_s = time.perf_counter() - t0
    fsync_file(dest / "plain-copy.db")
    copy_fsync_s = time.perf_counter() - t0
    read_back(dest / "plain-copy.db")  # what a backup must do on top: read it all back from the drive
    copy_read_back_s = time.perf_counter() - t0
    (dest / "plain-copy.db").unlink()

    access = VaultAccess(folder, KdfPolicy.production())
    session = access.unlock(OWNER, PASS)
    try:
        phases = Phases()
        t0, c0 = time.perf_counter(), cpu_seconds()
        made = backup.create_backup(session, dest, keep=100, progress=phases)
        backup_s = time.perf_counter() - t0
        backup_cpu = cpu_seconds() - c0
        backup_phases = phases.finish()
    finally:
        session.lock()

    kdf, real = timed_kdf()
    try:
        phases = Phases()
        t0, c0 = time.perf_counter(), cpu_seconds()
        report = backup.verify_backup(made.path, passphrase=PASS, user_name=OWNER, work_dir=work, progress=phases)
        verify_s = time.perf_counter() - t0
        verify_cpu = cpu_seconds() - c0
        verify_phases = phases.finish()
        verify_kdf = kdf[0]

        kdf[0] = 0.0
        phases = Phases()
        target = work / "restored"
        t0, c0 = time.perf_counter(), cpu_seconds()
        restored = backup.restore_backup(made.path, target, passphrase=PASS, user_name=OWNER, progress=phases)
        restore_s = time.perf_counter() - t0
        restore_cpu = cpu_seconds() - c0
        restore_phases = phases.finish()
        restore_kdf = kdf[0]
        shutil.rmtree(target)

        live = access.unlock(OWNER, PASS)
        kdf[0] = 0.0
        t0 = time.perf_counter()
        backup.restore_backup(made.path, folder, passphrase=PASS, user_name=OWNER, live=live)
        restore_live_s = time.perf_counter() - t0
        restore_live_kdf = kdf[0]
    finally:
        backup_format.derive = real  # type: ignore[assignment]
    assert report.customers == made.customers == restored.customers
    made.path.unlink()
    return {
        "vault_db_bytes": size, "backup_bytes": made.size, "customers": made.customers,
        "plain_copy_s": round(copy_s, 3), "plain_copy_fsync_s": round(copy_fsync_s, 3),
        "plain_copy_read_back_s": round(copy_read_back_s, 3),
        "backup_s": round(backup_s, 3), "backup_phases_s": backup_phases,
        "backup_cpu_s": round(backup_cpu, 3), "verify_cpu_s": round(verify_cpu, 3),
        "restore_cpu_s": round(restore_cpu, 3), "load_before": list(os.getloadavg()),
        "verify_s": round(verify_s, 3), "verify_kdf_s": round(verify_kdf, 3), "verify_phases_s": verify_phases,
        "restore_s": round(restore_s, 3), "restore_kdf_s": round(restore_kdf, 3), "restore_phases_s": restore_phases,
        "restore_over_live_s": round(restore_live_s, 3), "restore_over_live_kdf_s": round(restore_live_kdf, 3),
        "backup_vs_copy": round(backup_s / copy_s, 2), "verify_vs_copy": round(verify_s / copy_s, 2),
        "backup_vs_copy_fsync": round(backup_s / copy_fsync_s, 2),
        "verify_vs_copy_fsync": round(verify_s / copy_fsync_s, 2),
        "backup_vs_copy_read_back": round(backup_s / copy_read_back_s, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    ap.add_argument("--purchases", type=float, default=3.0)
    ap.add_argument("--dest", metavar="DIR", help="backup destination (default: a temp folder; try a USB drive)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results"))
    ap.add_argument("--reuse", metavar="DIR", help="measure this vault (owner boss, bench passphrase) instead")
    ap.add_argument("--keep", metavar="DIR", help="copy the built vault here for later --reuse")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size; the table shows each best time")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for n in args.sizes:
        with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
            base = Path(tmp)
            folder = base / "vault"
            built: dict[str, Any] = {}
            if args.reuse:
                shutil.copytree(args.reuse, folder)
            else:
                from bench_vault import build  # the fast bulk-insert path of the vault benchmark

                built = build(folder, n, args.purchases)
                built.pop("sample", None)
                if args.keep:
                    shutil.copytree(folder, args.keep, dirs_exist_ok=True)
            dest = Path(args.dest) if args.dest else base / "dest"
            dest.mkdir(parents=True, exist_ok=True)
            work = base / "work"
            work.mkdir()
            runs = [measure(folder, dest, work) for _ in range(args.repeat)]
            best = {k: (min(r[k] for r in runs) if isinstance(v, float) else v) for k, v in runs[0].items()}
            for key in ("backup_phases_s", "verify_phases_s", "restore_phases_s"):
                seconds = key.replace("_phases", "")
                best[key] = min(runs, key=lambda r: r[seconds])[key]  # noqa: B023 - used at once
            for a, b in (("backup", "plain_copy"), ("verify", "plain_copy")):
                best[f"{a}_vs_copy"] = round(best[f"{a}_s"] / best[f"{b}_s"], 2)
                best[f"{a}_vs_copy_fsync"] = round(best[f"{a}_s"] / best[f"{b}_fsync_s"], 2)
            best["backup_vs_copy_read_back"] = round(best["backup_s"] / best["plain_copy_read_back_s"], 2)
            result = {"machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                                  "platform": platform.platform(), "load_avg": os.getloadavg()},
                      "size": n, "repeat": args.repeat, "build": built, **best, "runs": runs}
        (out / f"backup-{n}.json").write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
        print_table(result)


def print_table(r: dict[str, Any]) -> None:
    print("\n=== backup of {:,} customers: vault.db {:.1f} MB, backup file {:.1f} MB ===".format(
        r["customers"], r["vault_db_bytes"] / 1e6, r["backup_bytes"] / 1e6))
    print("machine: {} CPUs, load average at the end {}".format(
        r["machine"]["cpus"], ", ".join(f"{x:.1f}" for x in r["machine"]["load_avg"])))
    print("{:<34} {:>9} {:>10} {:>12}".format("operation", "seconds", "x copy", "x copy+fsync"))
    rows = [
        ("plain copy of vault.db", r["plain_copy_s"], 1.0, r["plain_copy_s"] / r["plain_copy_fsync_s"]),
        ("plain copy + fsync", r["plain_copy_fsync_s"], r["plain_copy_fsync_s"] / r["plain_copy_s"], 1.0),
        ("plain copy + fsync + read back", r["plain_copy_read_back_s"], r["plain_copy_read_back_s"] / r["plain_copy_s"],
         r["plain_copy_read_back_s"] / r["plain_copy_fsync_s"]),
        ("backup (write + read-back verify)", r["backup_s"], r["backup_vs_copy"], r["backup_vs_copy_fsync"]),
        ("verify (incl. Argon2id {:.2f} s)".format(r["verify_kdf_s"]), r["verify_s"], r["verify_vs_copy"],
         r["verify_vs_copy_fsync"]),
        ("restore, new folder", r["restore_s"], r["restore_s"] / r["plain_copy_s"],
         r["restore_s"] / r["plain_copy_fsync_s"]),
        ("restore over the live vault", r["restore_over_live_s"], r["restore_over_live_s"] / r["plain_copy_s"],
         r["restore_over_live_s"] / r["plain_copy_fsync_s"]),
    ]
    for name, seconds, x, xf in rows:
        print(f"{name:<34} {seconds:>9.2f} {x:>9.1f}x {xf:>11.1f}x")
    print("  backup / (plain copy + fsync + read back): {:.1f}x".format(r["backup_vs_copy_read_back"]))
    print("  CPU seconds (all threads): backup {:.2f}, verify {:.2f}, restore {:.2f}".format(
        r["backup_cpu_s"], r["verify_cpu_s"], r["restore_cpu_s"]))
    for label, key in (("backup", "backup_phases_s"), ("verify", "verify_phases_s"), ("restore", "restore_phases_s")):
        print("  {} phases: {}".format(label, ", ".join(f"{k} {v:.2f} s" for k, v in r[key].items())))


if __name__ == "__main__":
    main()
