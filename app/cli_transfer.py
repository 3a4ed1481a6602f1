"""`clientvault import …`, `clientvault export …` and `clientvault dsar …` (issue 4).

    clientvault import FILE [--sheet NAME] [--mapping FILE.json | --template NAME] [--encoding ENC]
                            [--delimiter comma|semicolon|tab|pipe|CHAR] [--on-match skip|update|create]
                            [--dry-run] [--report FILE.json] [--rejected FILE.csv] [--save-template NAME]
    clientvault import undo IMPORT_ID
    clientvault import list
    clientvault export FILE --format csv|xlsx|vcf|json [--fields F,F…] [--preset NAME] [--mask]
                            [--pseudonymize] [--purpose TEXT] [--search Q] [--tag T] [--encoding gb18030]
                            [--encrypt]
    clientvault dsar ID FILE
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.cli import Cli, UsageError, translate, with_session
from app.models.errors import ImportFileUnreadable
from app.services import exports, imports
from app.services.session import Session
from app.vault.repositories.customers_repo import ListFilter

_DELIMITER_NAMES = {"comma": ",", "semicolon": ";", "tab": "\t", "pipe": "|", "\\t": "\t"}


def _delimiter(value: str | None) -> str | None:
    """`--delimiter`: a name (comma, semicolon, tab, pipe), "\\t", or one character."""
    if value is None:
        return None
    d = _DELIMITER_NAMES.get(value.lower(), value)
    if len(d) != 1 or d in '"\r\n':
        raise UsageError(translate("cli", "The delimiter must be comma, semicolon, tab, pipe or one character "
                                          "other than a quote."))
    return d


def _load_mapping(path: str) -> dict[str, str]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        from app.vault.files import os_error

        raise os_error(exc, Path(path)) from exc
    except ValueError:
        raise ImportFileUnreadable(reason="mapping_invalid") from None
    if isinstance(data, dict) and isinstance(data.get("mapping"), dict):
        data = data["mapping"]
    if isinstance(data, list):  # the "mapping" list of a JSON report: [{"column": …, "field": …}]
        data = {str(m.get("column")): str(m.get("field")) for m in data if isinstance(m, dict)}
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise ImportFileUnreadable(reason="mapping_invalid")
    return data


def _write_json(path: Path, data: Any) -> None:
    from app.vault.files import write_atomic

    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


@with_session
def cmd_import(cli: Cli, s: Session) -> None:
    a = cli.args
    words = list(a.target)
    if words[0] == "undo":
        if len(words) != 2 or not words[1].isdigit():
            raise UsageError(translate("cli", "Use: clientvault import undo IMPORT_ID"))
        result = imports.undo_import(s, int(words[1]))
        cli.emit({"import_id": result.import_id, "deleted": result.deleted, "reverted": result.reverted,
                  "not_reverted": result.not_reverted},
                 translate("cli", "Import {id} undone: {deleted} customers removed, {reverted} customers restored.")
                 .format(id=result.import_id, deleted=result.deleted, reverted=result.reverted))
        return
    if words == ["list"]:
        rows = imports.list_imports(s)
        cli.emit([{"id": r.id, "file": r.file_name, "at": r.at, "user_id": r.user_id, "counts": r.counts,
                   "undone_at": r.undone_at} for r in rows],
                 lambda: "\n".join("{id}\t{at}\t{file}\t{counts}{undone}".format(
                     id=r.id, at=r.at, file=r.file_name,
                     counts=", ".join(f"{k}={v}" for k, v in r.counts.items()),
                     undone="\t" + translate("cli", "(undone)") if r.undone_at else "") for r in rows))
        return
    if len(words) != 1:
        raise UsageError(translate("cli", "Import one file at a time: clientvault import FILE"))
    mapping: dict[str, str] | None = None
    if a.mapping:
        mapping = _load_mapping(a.mapping)
    elif a.template:
        templates = imports.list_templates(s)
        if a.template not in templates:
            raise UsageError(translate("cli", "No saved mapping template is called {name}.").format(name=a.template))
        mapping = templates[a.template]
    options = imports.ImportOptions(
        on_match=a.on_match, dry_run=a.dry_run, sheet=a.sheet, encoding=a.encoding,
        delimiter=_delimiter(a.delimiter), mapping=mapping,
        rejected_rows=Path(a.rejected) if a.rejected else None,
    )
    report = imports.run_import(s, Path(words[0]), options)
    if a.save_template:
        imports.save_template(s, a.save_template, {h: t for h, t in zip(report.headers, report.targets, strict=True)
                                                   if h})
    data = report.as_json()
    if a.report:
        _write_json(Path(a.report), data)

    def text() -> str:
        lines = [
            (translate("cli", "Dry run (nothing was saved): {imported} new, {updated} updated, {flagged} flagged, "
                              "{rejected} rejected, {skipped} skipped.") if report.dry_run else
             translate("cli", "Import {id}: {imported} new, {updated} updated, {flagged} flagged, {rejected} rejected, "
                              "{skipped} skipped.")).format(id=report.import_id, **report.counts())
        ]
        for entry in report.rows:
            if entry.status in ("rejected",) or entry.reasons and entry.status != "skipped":
                reasons = ", ".join((f + ": " if f else "") + r for f, r in entry.reasons)
                lines.append(translate("cli", "  row {row}: {status} ({reasons})").format(
                    row=entry.row, status=entry.status, reasons=reasons))
        if report.import_id is not None:
            lines.append(translate("cli", "Undo with: clientvault import undo {id}").format(id=report.import_id))
        return "\n".join(lines)

    cli.emit({k: v for k, v in data.items() if k != "rows"} if not a.report else data, text)


@with_session
def cmd_export(cli: Cli, s: Session) -> None:
    a = cli.args
    fmt = a.format
    if fmt == "csv" and a.encoding and a.encoding.lower().replace("-", "") in ("gb18030", "gbk", "gb2312"):
        fmt = "csv-gb18030"
    password = None
    if a.encrypt:
        password = cli.secrets.new(translate("cli", "Password for the encrypted archive: "))
    fields = [f for item in a.fields or [] for f in item.split(",") if f.strip()]
    options = exports.ExportOptions(
        format=fmt, fields=fields or None, preset=a.preset, mask=a.mask, pseudonymize=a.pseudonymize,
        purpose=a.purpose or "", search=a.search, filters=ListFilter(tag=a.tag, source=a.source),
        password=password,
    )
    result = exports.export_customers(s, Path(a.file), options)
    if not result.encrypted:
        cli.err.write(translate("cli", "Note: the export file is not encrypted. Anyone who gets a copy can read it; "
                                       "use --encrypt for a password-protected archive.") + "\n")
    cli.emit({"file": str(result.path), "count": result.count, "fields": list(result.fields), "format": result.format,
              "encrypted": result.encrypted},
             translate("cli", "Exported {count} customers to {file}.").format(count=result.count, file=result.path))


@with_session
def cmd_dsar(cli: Cli, s: Session) -> None:
    json_path, html_path = exports.dsar(s, cli.args.id, Path(cli.args.file))
    cli.emit({"json": str(json_path), "html": str(html_path)},
             translate("cli", "Everything held about customer #{id} was written to {json} and {html}.").format(
                 id=cli.args.id, json=json_path, html=html_path))


def register(sub: Any) -> None:
    imp = sub.add_parser("import", help=translate("cli", "import customers from CSV, Excel or vCard; undo; list"))
    imp.add_argument("target", nargs="+", metavar="FILE | undo ID | list")
    imp.add_argument("--sheet", metavar="NAME", help=translate("cli", "the sheet of an Excel workbook"))
    imp.add_argument("--mapping", metavar="FILE", help=translate("cli", "column mapping: JSON {column: field}"))
    imp.add_argument("--template", metavar="NAME", help=translate("cli", "a saved column mapping"))
    imp.add_argument("--save-template", metavar="NAME", help=translate("cli", "save the mapping used under a name"))
    imp.add_argument("--encoding", metavar="ENC", help=translate("cli", "text encoding (default: detected)"))
    imp.add_argument("--delimiter", metavar="D",
                     help=translate("cli", "CSV delimiter: comma, semicolon, tab, pipe or one character "
                                           "(default: detected)"))
    imp.add_argument("--on-match", choices=list(imports.ON_MATCH), default="skip",
                     help=translate("cli", "what to do with a row matching an existing customer"))
    imp.add_argument("--dry-run", action="store_true", help=translate("cli", "check everything, save nothing"))
    imp.add_argument("--report", metavar="FILE.json", help=translate("cli", "write the full report as JSON"))
    imp.add_argument("--rejected", metavar="FILE.csv", help=translate("cli", "write the rejected rows as CSV"))
    imp.set_defaults(run=cmd_import)

    exp = sub.add_parser("export", help=translate("cli", "export customers (only the fields you choose)"))
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--format", choices=["csv", "xlsx", "vcf", "json"], default="csv")
    exp.add_argument("--fields", action="append", metavar="F,F…", help=translate("cli", "fields to export"))
    exp.add_argument("--preset", choices=sorted(exports.export_formats.PRESETS),
                     help=translate("cli", "fields for a purpose (courier: name, phones, addresses …)"))
    exp.add_argument("--mask", action="store_true", help=translate("cli", "mask phones, emails and ID numbers"))
    exp.add_argument("--pseudonymize", action="store_true", help=translate("cli", "replace ids by pseudonyms"))
    exp.add_argument("--purpose", metavar="TEXT", help=translate("cli", "why the data leaves the vault (logged)"))
    exp.add_argument("--search", metavar="Q")
    exp.add_argument("--tag")
    exp.add_argument("--source")
    exp.add_argument("--encoding", metavar="ENC", help=translate("cli", "CSV encoding: utf-8 (default) or gb18030"))
    exp.add_argument("--encrypt", action="store_true",
                     help=translate("cli", "write a password-protected (AES) zip archive instead"))
    exp.set_defaults(run=cmd_export)

    ds = sub.add_parser("dsar", help=translate("cli", "data-subject export: everything about one customer"))
    ds.add_argument("id", type=int)
    ds.add_argument("file", metavar="FILE")
    ds.set_defaults(run=cmd_dsar)
