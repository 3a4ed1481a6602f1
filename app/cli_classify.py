"""`clientvault classify …`: customer classifications from the command line (PRODUCT.md §3).

    clientvault classify [--json]                    counts per classification and segment
    clientvault classify --customer ID --explain     one customer's labels, each with its reason
    clientvault classify rules [--json]              the custom segments and their conditions
"""

from __future__ import annotations

import argparse
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.cli import Cli, UsageError, with_session
from app.i18n.classification_messages import classification_name, condition_text, reason_text
from app.i18n.classification_messages import label_text as label_name
from app.services import classification
from app.services.session import Session

translate = QCoreApplication.translate


@with_session
def cmd_classify(cli: Cli, s: Session) -> None:
    if cli.args.what == "rules":
        _rules(cli, s)
        return
    if cli.args.customer is not None:
        _explain(cli, s, cli.args.customer)
        return
    if cli.args.explain:
        raise UsageError(translate("cli", "--explain needs --customer ID."))
    counts = classification.classify_all(s)

    def text() -> str:
        lines: list[str] = []
        for name, labels in counts.items():
            lines.append(classification_name(name))
            lines.extend("  {label}\t{count}".format(label=label_name(name, label), count=n)
                         for label, n in labels.items())
        return "\n".join(lines)

    cli.emit(counts, text)


def _explain(cli: Cli, s: Session, customer_id: int) -> None:
    labels = classification.explain(s, customer_id)
    data = {"customer": customer_id,
            "labels": [{"classification": c.classification, "label": c.label, "reason": c.code, "params": c.params,
                        "text": reason_text(c.code, c.params)} for c in labels]}

    def text() -> str:
        if not cli.args.explain:
            return "\n".join("{name}: {label}".format(name=classification_name(c.classification),
                                                      label=label_name(c.classification, c.label)) for c in labels)
        return "\n".join("{name}: {label} — {reason}".format(
            name=classification_name(c.classification), label=label_name(c.classification, c.label),
            reason=reason_text(c.code, c.params)) for c in labels)

    cli.emit(data, text)


def _rules(cli: Cli, s: Session) -> None:
    found = classification.rules(s)
    data = [r.to_json() for r in found]

    def text() -> str:
        if not found:
            return translate("cli", "No custom segments.")
        return "\n".join("{name}\t{conditions}".format(
            name=r.name, conditions="; ".join(condition_text(c.field, c.op, c.value) for c in r.conditions))
            for r in found)

    cli.emit(data, text)


def register(sub: Any) -> None:
    cmd = sub.add_parser("classify", help=translate("cli", "customer classifications: counts, or one customer's"))
    cmd.add_argument("what", nargs="?", choices=["rules"],
                     help=translate("cli", "list the custom segments (rules) instead"))
    cmd.add_argument("--customer", type=int, metavar="ID", help=translate("cli", "classify this customer only"))
    cmd.add_argument("--explain", action="store_true", help=translate("cli", "say why each label applies"))
    cmd.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                     help=translate("cli", "machine-readable output"))
    cmd.set_defaults(run=cmd_classify)
