"""`clientvault dedupe …`: duplicate customers from the command line (PRODUCT.md §4, issue #7).

    clientvault dedupe scan [--min-score X]                 clusters of likely duplicates, strongest first
    clientvault dedupe merge ID ID… [--keep ID] [--take FIELD=ID]…   merge customers into one
    clientvault dedupe merge --above X                      merge every cluster scoring at least X
    clientvault dedupe undo MERGE_ID                        undo a merge (even long after)
    clientvault dedupe history                              merges, newest first
    clientvault dedupe not-duplicates ID ID… [--forget]     remember (or forget) "not the same person"

With `--json`, `scan` prints a list of clusters, each an object with `customer_ids`, `score`,
`reasons` (reason codes with parameters, never a full phone, e-mail or ID number) and `pairs`.
Errors end with one translated line on stderr and exit code 1; wrong use with exit code 2.
"""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.cli import Cli, UsageError, with_session
from app.i18n.dedupe_messages import reason_text
from app.models.matching import Cluster, Reason
from app.services import customers, dedupe, merges
from app.services.session import Session

translate = QCoreApplication.translate


def _score(value: str) -> float:
    try:
        score = float(value)
    except ValueError:
        score = -1.0
    if not 0.0 <= score <= 1.0:
        raise argparse.ArgumentTypeError(translate("cli", "a score between 0 and 1, e.g. 0.8"))
    return score


def _reasons(cluster: Cluster) -> list[Reason]:
    """The distinct reasons of the cluster's pairs, in the order they first appear."""
    seen: dict[str, Reason] = {}
    for pair in cluster.pairs:
        for reason in pair.reasons:
            seen.setdefault(reason.code + repr(sorted(reason.params.items())), reason)
    return list(seen.values())


def _cluster_json(cluster: Cluster) -> dict[str, object]:
    return {
        "customer_ids": list(cluster.customer_ids), "score": round(cluster.score, 4),
        "reasons": [{"code": r.code, "params": r.params} for r in _reasons(cluster)],
        "pairs": [{"a": p.a, "b": p.b, "score": round(p.score, 4),
                   "reasons": [{"code": r.code, "params": r.params} for r in p.reasons]} for p in cluster.pairs],
    }


def _names(s: Session, ids: list[int]) -> dict[int, str]:
    """Names as the customer list shows them (the list shows names unmasked to every role)."""
    names: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        chunk = tuple(ids[i:i + 500])
        page = customers.list_customers(s, limit=len(chunk), filters=customers.ListFilter(ids=chunk))
        names.update((r.id, r.name) for r in page.rows)
    return names


@with_session
def cmd_scan(cli: Cli, s: Session) -> None:
    clusters = dedupe.scan(s, min_score=cli.args.min_score)

    def text() -> str:
        if not clusters:
            return translate("cli", "No likely duplicates found.")
        names = _names(s, sorted({cid for c in clusters for cid in c.customer_ids}))
        lines: list[str] = []
        for cluster in clusters:
            lines.append(translate("cli", "Score {score:.2f}: {reasons}").format(
                score=cluster.score, reasons="; ".join(reason_text(r) for r in _reasons(cluster))))
            lines.extend("  #{id}\t{name}".format(id=cid, name=names.get(cid, "")) for cid in cluster.customer_ids)
        return "\n".join(lines)

    cli.emit([_cluster_json(c) for c in clusters], text)


def _choices(items: list[str]) -> dict[str, int]:
    choices: dict[str, int] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not value.strip().isdigit():
            raise UsageError(translate("cli", "Use --take FIELD=ID, e.g. --take company=12."))
        choices[name.strip()] = int(value)
    return choices


@with_session
def cmd_merge(cli: Cli, s: Session) -> None:
    a = cli.args
    if a.above is not None:
        if a.ids or a.keep is not None or a.take:
            raise UsageError(translate("cli", "Give either customer ids or --above SCORE, not both."))
        done = []
        for cluster in dedupe.scan(s, min_score=a.above):
            merge_id = merges.merge(s, cluster.customer_ids)
            done.append({"merge_id": merge_id, "customer_ids": list(cluster.customer_ids)})
        cli.emit(done, translate("cli", "%n cluster(s) merged.", None, len(done)))
        return
    if len(set(a.ids)) < 2:
        raise UsageError(translate("cli", "Give at least two customer ids to merge."))
    merge_id = merges.merge(s, a.ids, keep=a.keep, choices=_choices(a.take))
    info = next(m for m in merges.history(s, limit=20) if m.id == merge_id)
    cli.emit({"merge_id": merge_id, "survivor_id": info.survivor_id, "merged_ids": list(info.merged_ids)},
             translate("cli", "Merged into customer #{survivor} (merge {merge}; undo with `dedupe undo {merge}`).")
             .format(survivor=info.survivor_id, merge=merge_id))


@with_session
def cmd_undo(cli: Cli, s: Session) -> None:
    merges.undo(s, cli.args.merge_id)
    cli.emit({"merge_id": cli.args.merge_id, "undone": True},
             translate("cli", "Merge {merge} undone.").format(merge=cli.args.merge_id))


@with_session
def cmd_history(cli: Cli, s: Session) -> None:
    rows = merges.history(s, limit=cli.args.limit)
    data = [{"merge_id": m.id, "at": m.at, "user": m.user_name, "survivor_id": m.survivor_id,
             "merged_ids": list(m.merged_ids), "undone_at": m.undone_at, "survivor_name": m.survivor_name,
             "merged_names": list(m.merged_names)} for m in rows]

    def named(cid: int, name: str) -> str:
        return name + " (#" + str(cid) + ")" if name else "#" + str(cid)

    def text() -> str:
        if not rows:
            return translate("cli", "No merges yet.")
        return "\n".join("{id}\t{at}\t{user}\t{survivor} ← {merged}{undone}".format(
            id=m.id, at=m.at, user=m.user_name, survivor=named(m.survivor_id, m.survivor_name),
            merged=", ".join(named(i, n) for i, n in zip(m.merged_ids, m.merged_names, strict=False)),
            undone="  (" + translate("cli", "undone {at}").format(at=m.undone_at) + ")" if m.undone_at else "")
            for m in rows)

    cli.emit(data, text)


@with_session
def cmd_not_duplicates(cli: Cli, s: Session) -> None:
    ids = list(dict.fromkeys(cli.args.ids))
    if cli.args.forget:
        if len(ids) != 2:
            raise UsageError(translate("cli", "--forget takes exactly two customer ids."))
        merges.unmark_not_duplicates(s, ids[0], ids[1])
        cli.emit({"customer_ids": ids, "not_duplicates": False},
                 translate("cli", "Forgotten: these customers may be offered as duplicates again."))
        return
    if len(ids) < 2:
        raise UsageError(translate("cli", "Give at least two customer ids."))
    merges.mark_not_duplicates(s, ids)
    cli.emit({"customer_ids": ids, "not_duplicates": True},
             translate("cli", "Remembered: these customers are not duplicates."))


def register(sub: Any) -> None:
    json_flag: dict[str, Any] = {"action": "store_true", "default": argparse.SUPPRESS,
                                 "help": translate("cli", "machine-readable output")}
    group = sub.add_parser("dedupe", help=translate("cli", "find, merge and unmerge duplicate customers"))
    cmds = group.add_subparsers(dest="sub", required=True)

    scan = cmds.add_parser("scan", help=translate("cli", "list clusters of likely duplicates"))
    scan.add_argument("--min-score", type=_score, metavar="X",
                      help=translate("cli", "only clusters scoring at least X (0–1)"))
    scan.add_argument("--json", **json_flag)
    scan.set_defaults(run=cmd_scan)

    mg = cmds.add_parser("merge", help=translate("cli", "merge customers into one (can be undone)"))
    mg.add_argument("ids", type=int, nargs="*", metavar="ID")
    mg.add_argument("--keep", type=int, metavar="ID", help=translate("cli", "the record that stays"))
    mg.add_argument("--take", action="append", default=[], metavar="FIELD=ID",
                    help=translate("cli", "take this field's value from that customer"))
    mg.add_argument("--above", type=_score, metavar="X",
                    help=translate("cli", "merge every cluster scoring at least X"))
    mg.add_argument("--json", **json_flag)
    mg.set_defaults(run=cmd_merge)

    un = cmds.add_parser("undo", help=translate("cli", "undo a merge"))
    un.add_argument("merge_id", type=int, metavar="MERGE_ID")
    un.add_argument("--json", **json_flag)
    un.set_defaults(run=cmd_undo)

    hi = cmds.add_parser("history", help=translate("cli", "merges, newest first"))
    hi.add_argument("--limit", type=int, default=200)
    hi.add_argument("--json", **json_flag)
    hi.set_defaults(run=cmd_history)

    nd = cmds.add_parser("not-duplicates", help=translate("cli", 'remember that customers are different people'))
    nd.add_argument("ids", type=int, nargs="+", metavar="ID")
    nd.add_argument("--forget", action="store_true", help=translate("cli", "forget the decision for two customers"))
    nd.add_argument("--json", **json_flag)
    nd.set_defaults(run=cmd_not_duplicates)
