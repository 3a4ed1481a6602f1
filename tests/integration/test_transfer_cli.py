"""`clientvault import / export / dsar` end to end through the CLI (in-process, cheap KDF)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import OWNER_PASS
from tests.integration.test_cli import Run, cli  # noqa: F401 - the fixture

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def test_import_report_undo_and_list(cli: Run, tmp_path: Path) -> None:  # noqa: F811
    report_path = tmp_path / "report.json"
    rejected = tmp_path / "rejected.csv"
    data = cli.json("import", str(DATA / "gb18030_crm.csv"), "--report", str(report_path), "--rejected",
                    str(rejected))
    assert {k: data[k] for k in ("imported", "updated", "flagged", "rejected", "skipped")} == {  # type: ignore[index]
        "imported": 3, "updated": 0, "flagged": 2, "rejected": 0, "skipped": 2}
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["encoding"] == "gb18030" and {r["row"] for r in report["rows"]} == {4, 5, 6, 7}
    listed = cli.json("import", "list")
    assert listed[0]["id"] == data["import_id"] and listed[0]["counts"]["imported"] == 3  # type: ignore[index]
    rows = cli.json("customer", "list")
    assert len(rows) == 3  # type: ignore[arg-type]
    undone = cli.json("import", "undo", str(data["import_id"]))  # type: ignore[index]
    assert undone["deleted"] == 3  # type: ignore[index]
    assert cli.json("customer", "list") == []
    code, _out, err = cli("import", "undo", str(data["import_id"]), stdin=OWNER_PASS + "\n")  # type: ignore[index]
    assert code == 1 and err.strip() and "Traceback" not in err


def test_import_text_output_dry_run_and_on_match(cli: Run, tmp_path: Path) -> None:  # noqa: F811
    code, out, err = cli("import", str(DATA / "zoho.csv"), "--dry-run", stdin=OWNER_PASS + "\n")
    assert code == 0, err
    assert "Dry run" in out and "row 3: rejected" in out
    assert cli.json("customer", "list") == []
    cli.json("import", str(DATA / "zoho.csv"))
    again = cli.json("import", str(DATA / "zoho.csv"), "--on-match", "update")
    assert (again["updated"], again["skipped"], again["imported"]) == (0, 1, 0)  # type: ignore[index]  # unchanged
    skip = cli.json("import", str(DATA / "zoho.csv"))
    assert skip["skipped"] == 1  # type: ignore[index]


def test_import_with_mapping_file_and_template(cli: Run, tmp_path: Path) -> None:  # noqa: F811
    src = tmp_path / "odd.csv"
    src.write_text("甲,乙\n张三,13800138000\n", encoding="utf-8")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"甲": "name", "乙": "phones"}), encoding="utf-8")
    data = cli.json("import", str(src), "--mapping", str(mapping), "--save-template", "odd")
    assert data["imported"] == 1 and data["flagged"] == 0  # type: ignore[index]
    data = cli.json("import", str(src), "--template", "odd", "--on-match", "create")
    assert data["imported"] == 1  # type: ignore[index]
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    code, _out, err = cli("import", str(src), "--mapping", str(bad), stdin=OWNER_PASS + "\n")
    assert code == 1 and "Traceback" not in err


def test_import_delimiter_and_encoding_options(cli: Run, tmp_path: Path) -> None:  # noqa: F811
    src = tmp_path / "semicolon.csv"
    src.write_bytes("姓名;手机,备注\n张三;13800138000,老客户\n".encode("gb18030"))
    data = cli.json("import", str(src), "--dry-run", "--delimiter", "semicolon", "--encoding", "gb18030")
    assert data["mapping"][0] == {"column": "姓名", "field": "name"}  # type: ignore[index]
    assert data["encoding"] == "gb18030" and data["imported"] == 1  # type: ignore[index]
    sniffed = cli.json("import", str(src), "--dry-run", "--encoding", "gb18030")
    assert sniffed["mapping"][0]["column"] == "姓名;手机"  # type: ignore[index]
    code, _out, err = cli("import", str(src), "--delimiter", '"', stdin=OWNER_PASS + "\n")
    assert code != 0 and "delimiter" in err and "Traceback" not in err


def test_unreadable_and_unknown_encoding_messages(cli: Run, tmp_path: Path) -> None:  # noqa: F811
    bad = tmp_path / "bad.csv"
    bad.write_bytes("姓名\n".encode() + bytes(range(0x80, 0xA0)) * 10)
    code, _out, err = cli("import", str(bad), stdin=OWNER_PASS + "\n")
    assert code == 1 and "encoded" in err and "Traceback" not in err and err.count("\n") == 1
    missing = tmp_path / "missing.csv"
    code, _out, err = cli("import", str(missing), stdin=OWNER_PASS + "\n")
    assert code == 1 and "Traceback" not in err


def test_export_formats_mask_and_dsar(cli: Run, tmp_path: Path) -> None:  # noqa: F811
    cli.json("import", str(DATA / "gb18030_crm.csv"))
    out = tmp_path / "courier.csv"
    code, stdout, err = cli("export", str(out), "--preset", "courier", "--mask", "--purpose", "快递",
                            stdin=OWNER_PASS + "\n")
    assert code == 0, err
    assert "not encrypted" in err and "Exported 3" in stdout
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == "name,phones,addresses" and "138****8000" in text
    for fmt in ("xlsx", "vcf", "json"):
        target = tmp_path / ("all." + fmt)
        result = cli.json("export", str(target), "--format", fmt, "--fields", "id,name,phones", "--search", "刘")
        assert result["count"] == 1 and target.exists()  # type: ignore[index]
    gb = tmp_path / "gb.csv"
    cli.json("export", str(gb), "--encoding", "gb18030", "--tag", "VIP")
    assert "刘䶮".encode("gb18030") in gb.read_bytes()
    zipped = tmp_path / "enc.zip"
    result = cli.json("export", str(zipped), "--encrypt", "--fields", "name", stdin=OWNER_PASS + "\narchive pass 99\n")
    assert result["encrypted"] is True  # type: ignore[index]
    cid = cli.json("customer", "list", "--search", "刘")[0]["id"]  # type: ignore[index]
    paths = cli.json("dsar", str(cid), str(tmp_path / "subject"))
    assert Path(paths["json"]).exists() and Path(paths["html"]).exists()  # type: ignore[index]
    entries = cli.json("audit", "list", "--action", "export")
    assert len(entries) == 7  # type: ignore[arg-type]
