"""SECURITY requirement 25: every import parser survives fuzzing with only the declared error types
(ImportFileUnreadable, UnknownEncoding) — never a crash, a hang or another exception."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.errors import ImportFileUnreadable, UnknownEncoding
from app.models.import_formats import csv_reader, vcard_reader, xlsx_reader
from app.models.import_formats.header_mapping import is_known_header, suggest_mapping
from app.models.import_formats.prepare import RowPlan, map_row
from app.models.import_formats.table import SourceTable

DATA = Path(__file__).resolve().parents[2] / "data" / "import"
DECLARED = (ImportFileUnreadable, UnknownEncoding)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def consume(table: SourceTable) -> None:
    plan = RowPlan(table.headers, suggest_mapping(table.headers, table.parent_headers))
    for row in table.rows:
        map_row(plan, row)


def run(reader, data: bytes) -> None:  # type: ignore[no-untyped-def]
    try:
        consume(reader(data))
    except DECLARED:
        pass


def mutate(base: bytes, data: st.DataObject) -> bytes:
    buf = bytearray(base)
    for _ in range(data.draw(st.integers(1, 8))):
        if not buf:
            break
        op = data.draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = data.draw(st.integers(0, len(buf) - 1))
        if op == "flip":
            buf[at] ^= 1 << data.draw(st.integers(0, 7))
        elif op == "cut":
            del buf[at:]
        elif op == "insert":
            buf[at:at] = data.draw(st.binary(min_size=1, max_size=8))
        else:
            del buf[at:at + data.draw(st.integers(1, 16))]
    return bytes(buf)


TEXT_SEEDS = [p.read_bytes() for p in sorted(DATA.iterdir()) if p.suffix in (".csv", ".txt")]
VCARD_SEEDS = [p.read_bytes() for p in sorted(DATA.iterdir()) if p.suffix == ".vcf"]
XLSX_SEED = (DATA / "merged_headers.xlsx").read_bytes()


@FUZZ
@given(st.binary(max_size=2000))
def test_csv_random_bytes(data: bytes) -> None:
    run(lambda b: csv_reader.read_csv(b, is_header=is_known_header), data)


@FUZZ
@given(st.text(max_size=500))
def test_csv_random_text(text: str) -> None:
    run(lambda b: csv_reader.read_csv(b, is_header=is_known_header), text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.sampled_from(TEXT_SEEDS), st.data())
def test_csv_mutated_fixtures(seed: bytes, data: st.DataObject) -> None:
    run(lambda b: csv_reader.read_csv(b, is_header=is_known_header), mutate(seed, data))


@FUZZ
@given(st.binary(max_size=2000))
def test_vcard_random_bytes(data: bytes) -> None:
    run(vcard_reader.read_vcard, b"BEGIN:VCARD\r\n" + data)


@FUZZ
@given(st.text(alphabet=st.sampled_from(list("BEGIN:VCARDEND;=\\\r\n ,.:QUOTED-PRINTABLE=E5=BC3ABtel") + ["张", "\t"]),
               max_size=400))
def test_vcard_structured_noise(text: str) -> None:
    run(vcard_reader.read_vcard, ("BEGIN:VCARD\n" + text).encode("utf-8"))


@FUZZ
@given(st.sampled_from(VCARD_SEEDS), st.data())
def test_vcard_mutated_fixtures(seed: bytes, data: st.DataObject) -> None:
    run(vcard_reader.read_vcard, mutate(seed, data))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_xlsx_mutated_fixture(data: st.DataObject) -> None:
    run(lambda b: xlsx_reader.read_xlsx(b, is_header=is_known_header), mutate(XLSX_SEED, data))


@FUZZ
@given(st.binary(max_size=600))
def test_xlsx_and_xls_random_bytes(data: bytes) -> None:
    run(lambda b: xlsx_reader.read_xlsx(b), b"PK\x03\x04" + data)
    run(lambda b: xlsx_reader.read_xls(b), b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + data)


def test_xlsx_with_a_damaged_sheet_part() -> None:
    """A workbook whose sheet XML is corrupt fails with the declared error while streaming."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(XLSX_SEED))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename.endswith("sheet1.xml"):
                body = body[: len(body) // 2]
            dst.writestr(info, body)
    run(lambda b: xlsx_reader.read_xlsx(b, is_header=is_known_header), out.getvalue())
