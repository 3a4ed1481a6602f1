"""The `.cvbak` format (SECURITY.md "Backup file"): layout, strict header parser, keys, STREAM chunks.

The end-to-end requirements (16–21, 24) are in tests/unit/services/test_backup.py; this file checks
the format module on its own, including the Hypothesis fuzzing of the header parser (req. 25).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.errors import BackupDamaged, BackupTampered, BackupTooNew, BackupWrongCredentials
from app.vault import backup_format as bf
from app.vault import crypto, recovery_key
from app.vault.crypto import SubKeys
from app.vault.kdf import KdfPolicy, derive
from app.vault.keyfile import AuditHead, HkdfParams, Slot, SlotKind
from app.vault.vault import _passphrase_bytes, _recovery_kek

VAULT_ID = "0b7f8a52-52c4-4b3c-9a5e-3c1f0e3d2a11"
PASS = "owner passphrase for the format tests"
DECLARED = (BackupDamaged, BackupTooNew)


class Made:
    """A synthetic backup: one owner slot and a recovery slot over a random RK."""

    def __init__(self, plaintext: bytes) -> None:
        self.root = crypto.random_key()
        self.subkeys = SubKeys(self.root)
        self.recovery = recovery_key.generate()
        params = KdfPolicy.insecure_for_tests().new_params()
        kek = derive(_passphrase_bytes(PASS), params)
        owner = Slot.create(vault_id=VAULT_ID, kind=SlotKind.USER, user_id=1, user_name="老板", kdf=params, kek=kek,
                            root_key=self.root)
        salt = os.urandom(16)
        rkek = _recovery_kek(self.recovery, salt)
        rec = Slot.create(vault_id=VAULT_ID, kind=SlotKind.RECOVERY, user_id=None, user_name=None,
                          kdf=HkdfParams(salt), kek=rkek, root_key=self.root)
        self.file_key = crypto.random_key()
        self.keys = bf.FileKeys(self.file_key)
        self.header = bf.new_header(
            vault_id=VAULT_ID, sequence=3, created_at="2026-01-02T03:04:05Z", app_version="0.1.0", schema_version=2,
            slots=[owner, rec], backup_key=self.subkeys.backup, file_key=self.file_key,
            plaintext_bytes=len(plaintext), audit_head=AuditHead(7, "ab" * 32), counts=bf.HeaderCounts(5, 1, 2))
        prelude, checksum = bf.encode_prelude(self.header, self.keys)
        out = io.BytesIO()
        out.write(prelude)
        bf.encrypt_payload(io.BytesIO(plaintext), out, self.header, checksum, self.keys)
        self.data = out.getvalue()
        self.plaintext = plaintext
        self.prelude_len = len(prelude)

    def write(self, folder: Path, data: bytes | None = None) -> Path:
        path = folder / "x.cvbak"
        path.write_bytes(self.data if data is None else data)
        return path


@pytest.fixture(scope="module")
def made() -> Made:
    return Made(os.urandom(2 * bf.CHUNK_SIZE + 12345))  # three chunks, the last one short


def _decrypt_all(path: Path, secret: bf.Secret) -> bytes:
    backup = bf.read_backup(path)
    opened = bf.open_backup(backup, secret)
    try:
        with open(path, "rb") as handle:
            return b"".join(bf.iter_payload(handle, backup, opened.file_keys))
    finally:
        opened.wipe()


# --- layout --------------------------------------------------------------------------------------

def test_layout_and_round_trip(made: Made, tmp_path: Path) -> None:
    data = made.data
    assert data.startswith(bf.MAGIC)
    magic, version, header_len = struct.unpack_from(">10sHI", data)
    assert (magic, version) == (bf.MAGIC, bf.FORMAT_VERSION)
    end = bf.PRELUDE_BYTES + header_len
    assert hashlib.sha256(data[:end]).digest() == data[end:end + 32]
    assert crypto.mac(made.keys.mac, data[:end + 32]) == data[end + 32:end + 64]
    header = json.loads(data[bf.PRELUDE_BYTES:end])
    assert set(header) == bf.HEADER_KEYS
    assert header["payload"]["chunks"] == 3 and header["payload"]["chunk_size"] == 1024 * 1024
    assert len(data) == end + 64 + len(made.plaintext) + 3 * bf.TAG_BYTES
    path = made.write(tmp_path)
    assert _decrypt_all(path, bf.PassphraseSecret(PASS)) == made.plaintext
    assert _decrypt_all(path, bf.PassphraseSecret(PASS, "老板")) == made.plaintext
    assert _decrypt_all(path, bf.RecoverySecret(made.recovery.lower().replace("-", " "))) == made.plaintext


def test_stream_nonce_is_counter_and_last_flag() -> None:
    """age's STREAM: 11-byte big-endian chunk counter ‖ last-chunk flag (XORed onto the base nonce)."""
    zero = bytes(12)
    assert bf.chunk_nonce(zero, 0, False) == bytes(12)
    assert bf.chunk_nonce(zero, 1, False) == bytes(10) + b"\x01\x00"
    assert bf.chunk_nonce(zero, 258, True) == bytes(9) + b"\x01\x02\x01"
    base = os.urandom(12)
    nonces = {bf.chunk_nonce(base, i, last) for i in range(1000) for last in (False, True)}
    assert len(nonces) == 2000


def test_payload_key_mac_key_and_db_key_are_distinct() -> None:
    keys = bf.FileKeys(crypto.random_key())
    assert len({bytes(keys.mac), bytes(keys.payload), bytes(keys.db)}) == 3
    assert bf.FileKeys(crypto.random_key()).db_key_literal() != keys.db_key_literal()
    assert keys.db_key_literal().startswith("x'") and len(keys.db_key_literal()) == 67
    keys.wipe()
    assert bytes(keys.db) == bytes(32)


def test_wrong_secrets_are_refused(made: Made, tmp_path: Path) -> None:
    path = made.write(tmp_path)
    backup = bf.read_backup(path)
    with pytest.raises(BackupWrongCredentials):
        bf.open_backup(backup, bf.PassphraseSecret("not the passphrase"))
    with pytest.raises(BackupWrongCredentials):
        bf.open_backup(backup, bf.PassphraseSecret(PASS, "someone else"))
    with pytest.raises(BackupWrongCredentials):
        bf.open_backup(backup, bf.RecoverySecret(recovery_key.generate()))


def test_checksum_is_checked_before_any_kdf(made: Made, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A damaged header is reported as damaged before a passphrase is ever derived."""
    calls: list[object] = []
    monkeypatch.setattr(bf, "derive", lambda *a: calls.append(a))
    data = bytearray(made.data)
    data[bf.PRELUDE_BYTES + 5] ^= 0x01
    with pytest.raises(BackupDamaged) as info:
        bf.read_backup(made.write(tmp_path, bytes(data)))
    assert info.value.params["what"] == "header"
    assert calls == []


def test_a_newer_format_version_says_too_new_only_when_the_checksum_holds(made: Made, tmp_path: Path) -> None:
    end = bf.PRELUDE_BYTES + struct.unpack_from(">I", made.data, 12)[0]
    data = bytearray(made.data)
    struct.pack_into(">H", data, 10, bf.FORMAT_VERSION + 1)
    with pytest.raises(BackupDamaged):  # a flipped version bit is damage, not "newer version"
        bf.read_backup(made.write(tmp_path, bytes(data)))
    data[end:end + 32] = hashlib.sha256(bytes(data[:end])).digest()
    with pytest.raises(BackupTooNew):
        bf.read_backup(made.write(tmp_path, bytes(data)))
    struct.pack_into(">H", data, 10, 0)
    data[end:end + 32] = hashlib.sha256(bytes(data[:end])).digest()
    with pytest.raises(BackupDamaged):
        bf.read_backup(made.write(tmp_path, bytes(data)))


def test_a_recomputed_checksum_does_not_fool_the_mac(made: Made, tmp_path: Path) -> None:
    """Whoever edits the header and fixes the keyless checksum still fails the keyed MAC."""
    header = json.loads(made.data[bf.PRELUDE_BYTES:made.prelude_len - 64])
    header["sequence"] = 99
    body = crypto.canonical_json(header)
    start = struct.pack(">10sHI", bf.MAGIC, bf.FORMAT_VERSION, len(body)) + body
    forged = start + hashlib.sha256(start).digest() + made.data[made.prelude_len - 32:made.prelude_len] + \
        made.data[made.prelude_len:]
    backup = bf.read_backup(made.write(tmp_path, forged))
    with pytest.raises(BackupTampered) as info:
        bf.open_backup(backup, bf.PassphraseSecret(PASS))
    assert info.value.params["what"] == "header"


def test_a_format_downgrade_fails_the_mac(made: Made, tmp_path: Path) -> None:
    """A format-2 backup relabelled as format 1 (whose inner database would be read under another
    key) with a consistent header and checksum still fails the keyed MAC: the version is signed."""
    header = json.loads(made.data[bf.PRELUDE_BYTES:made.prelude_len - 64])
    del header["counts"]
    body = crypto.canonical_json(header)
    start = struct.pack(">10sHI", bf.MAGIC, 1, len(body)) + body
    forged = start + hashlib.sha256(start).digest() + made.data[made.prelude_len - 32:made.prelude_len] + \
        made.data[made.prelude_len:]
    backup = bf.read_backup(made.write(tmp_path, forged))
    assert backup.version == 1 and backup.header.counts is None
    with pytest.raises(BackupTampered) as info:
        bf.open_backup(backup, bf.PassphraseSecret(PASS))
    assert info.value.params["what"] == "header"


def test_chunks_bind_their_position_the_header_and_the_end(made: Made, tmp_path: Path) -> None:
    off = made.prelude_len
    size = bf.CHUNK_SIZE + bf.TAG_BYTES
    c0, c1, c2 = made.data[off:off + size], made.data[off + size:off + 2 * size], made.data[off + 2 * size:]
    head = made.data[:off]
    other = Made(made.plaintext)  # the same plaintext under another file key
    swapped = head + c1 + c0 + c2
    spliced = head + other.data[other.prelude_len:other.prelude_len + size] + c1 + c2
    duplicated = head + c0 + c0 + c2
    for data in (swapped, spliced, duplicated):
        with pytest.raises(BackupTampered) as info:
            _decrypt_all(made.write(tmp_path, data), bf.PassphraseSecret(PASS))
        assert info.value.params["what"] == "chunk"
    for data in (head + c0 + c2, head + c0 + c1, head + c0 + c1 + c2 + b"\0", head + c0 + c1 + c2[:-1],
                 head + c0 + c0 + c1 + c2):
        with pytest.raises(BackupDamaged) as info2:
            bf.read_backup(made.write(tmp_path, data))
        assert info2.value.params["what"] == "size"


def test_last_chunk_flag_is_authenticated() -> None:
    """Only the final chunk is sealed with the last-chunk flag: a stream cut at a chunk boundary
    cannot pass its first chunk off as the last one (the flag is part of the nonce)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    m = Made(os.urandom(bf.CHUNK_SIZE * 2))
    checksum = m.data[m.prelude_len - 64:m.prelude_len - 32]
    base = m.header.payload.base_nonce
    first = m.data[m.prelude_len:m.prelude_len + bf.CHUNK_SIZE + bf.TAG_BYTES]
    last = m.data[m.prelude_len + bf.CHUNK_SIZE + bf.TAG_BYTES:]
    aead = AESGCM(bytes(m.keys.payload))
    assert aead.decrypt(bf.chunk_nonce(base, 0, False), first, checksum) == m.plaintext[:bf.CHUNK_SIZE]
    assert aead.decrypt(bf.chunk_nonce(base, 1, True), last, checksum) == m.plaintext[bf.CHUNK_SIZE:]
    with pytest.raises(InvalidTag):
        aead.decrypt(bf.chunk_nonce(base, 0, True), first, checksum)
    with pytest.raises(InvalidTag):
        aead.decrypt(bf.chunk_nonce(base, 1, False), last, checksum)


# --- the header parser ---------------------------------------------------------------------------

def _header(made: Made) -> dict:
    return json.loads(made.data[bf.PRELUDE_BYTES:made.prelude_len - 64])


def test_parser_accepts_its_own_output(made: Made) -> None:
    parsed = bf.parse_header(made.header.encode())
    assert parsed == made.header


@pytest.mark.parametrize("edit", [
    lambda h: h.update(extra="x"),
    lambda h: h.pop("audit_head"),
    lambda h: h.update(format="clientvault-keys"),
    lambda h: h.update(sequence=True),
    lambda h: h.update(sequence=0),
    lambda h: h.update(sequence=2**80),
    lambda h: h.update(vault_id="../../etc"),
    lambda h: h.update(created_at="yesterday"),
    lambda h: h.update(app_version="0.1.0; rm -rf"),
    lambda h: h.update(schema_version=-1),
    lambda h: h.update(slots=[]),
    lambda h: h["slots"].append(dict(h["slots"][0])),  # duplicate slot id
    lambda h: h["slots"][0].update(kind="keyring"),
    lambda h: h["slots"][0].update(notes="customer data here"),
    lambda h: h["slots"][0]["kdf"].update(m=2**40),
    lambda h: h["slots"][1].update(user_name="x"),
    lambda h: h["file_key"].update(alg="none"),
    lambda h: h["file_key"].update(ct="AAAA"),
    lambda h: h["payload"].update(chunk_size=4096),
    lambda h: h["payload"].update(chunks=1),
    lambda h: h["payload"].update(ciphertext_bytes=1),
    lambda h: h["payload"].update(plaintext_bytes=0),
    lambda h: h["payload"].update(aead="chacha"),
    lambda h: h["payload"].update(content="sqlite3"),
    lambda h: h["payload"].update(base_nonce="AAAA"),
    lambda h: h["audit_head"].update(mac="zz"),
    lambda h: h["audit_head"].update(customer="张三"),
])  # fmt: skip
def test_parser_rejects_anything_outside_the_allow_list(made: Made, edit) -> None:  # type: ignore[no-untyped-def]
    """SECURITY requirement 16: only allow-listed keys, each with a sane value."""
    header = _header(made)
    edit(header)
    with pytest.raises(BackupDamaged):
        bf.parse_header(crypto.canonical_json(header))


def test_parser_rejects_non_canonical_encodings(made: Made) -> None:
    raw = made.header.encode()
    header = json.loads(raw)
    for variant in (
        json.dumps(header).encode(),  # whitespace
        json.dumps(header, sort_keys=True, separators=(",", ":")).encode(),  # \\u escapes for 老板
        raw[:-1] + b',"format":"clientvault-backup"}',  # duplicate key
        b" " + raw,
    ):
        with pytest.raises(BackupDamaged):
            bf.parse_header(variant)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=True)
    | st.text(max_size=40),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=25,
)


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=3000))
def test_fuzz_header_random_bytes(raw: bytes) -> None:
    """SECURITY requirement 25: arbitrary header bytes → only BackupDamaged."""
    try:
        bf.parse_header(raw)
    except BackupDamaged:
        pass


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_fuzz_header_random_json(value: object) -> None:
    """SECURITY requirement 25: arbitrary (canonical) JSON documents → only BackupDamaged."""
    try:
        raw = crypto.canonical_json(value)
    except ValueError:
        return
    try:
        bf.parse_header(raw)
    except BackupDamaged:
        pass


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_header_one_field_replaced(made: Made, data: st.DataObject) -> None:
    """SECURITY requirement 25: a real header with any one field replaced by anything → BackupDamaged
    (or, for a harmless replacement, a header that parses back to exactly what it says)."""
    doc = _header(made)
    path = data.draw(st.sampled_from([p for p in _paths(doc) if p]))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = data.draw(json_values)
    try:
        raw = crypto.canonical_json(doc)
    except ValueError:
        return
    try:
        parsed = bf.parse_header(raw)
    except BackupDamaged:
        return
    assert parsed.encode() == raw


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzz_whole_prelude(made: Made, data: st.DataObject) -> None:
    """SECURITY requirement 25: the binary prelude (magic, version, length, header, checksum, MAC)
    flipped, truncated, extended or random → only the declared error types."""
    raw = bytearray(made.data[:made.prelude_len])
    mode = data.draw(st.sampled_from(["flip", "truncate", "random", "bytes"]))
    if mode == "flip":
        for _ in range(data.draw(st.integers(1, 4))):
            pos = data.draw(st.integers(0, len(raw) - 1))
            raw[pos] ^= 1 << data.draw(st.integers(0, 7))
    elif mode == "truncate":
        raw = raw[:data.draw(st.integers(0, len(raw)))]
    elif mode == "random":
        raw = bytearray(bf.MAGIC + data.draw(st.binary(max_size=400)))
    else:
        raw[bf.PRELUDE_BYTES:] = data.draw(st.binary(max_size=400))
    size = data.draw(st.sampled_from([len(raw), len(made.data), 0, 2**60]))
    try:
        bf.parse_prelude(bytes(raw), size, Path("x.cvbak"))
    except DECLARED:
        pass
