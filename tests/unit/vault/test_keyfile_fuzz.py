"""Fuzzing the vault.keys parser and the unlock path (SECURITY requirement 25, for vault.keys)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.errors import ClientVaultError, KeySlotInvalid, VaultDamaged
from app.vault.keyfile import KeyFile

DECLARED = (VaultDamaged, KeySlotInvalid)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.floats(allow_nan=True)
    | st.text(max_size=40),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes(raw: bytes) -> None:
    """SECURITY requirement 25: arbitrary bytes → only the declared error types."""
    try:
        KeyFile.parse(raw)
    except DECLARED:
        pass


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_random_json(value: object) -> None:
    """SECURITY requirement 25: arbitrary JSON documents → only the declared error types."""
    try:
        KeyFile.parse(json.dumps(value).encode())
    except DECLARED:
        pass


@pytest.fixture(scope="module")
def real_keyfile(tmp_path_factory) -> bytes:
    from app.services.access import VaultAccess
    from app.vault.kdf import KdfPolicy

    folder = tmp_path_factory.mktemp("fuzz") / "vault"
    session, _ = VaultAccess(folder, KdfPolicy.insecure_for_tests()).create("boss", "correct horse battery staple 42")
    session.lock()
    return (folder / "vault.keys").read_bytes()


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_real_file(real_keyfile: bytes, data: st.DataObject) -> None:
    """SECURITY requirement 25: a real slot file with one field replaced by anything → declared errors."""
    doc = json.loads(real_keyfile)
    paths = [p for p in _paths(doc) if p]
    path = data.draw(st.sampled_from(paths))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = data.draw(json_values)
    try:
        KeyFile.parse(json.dumps(doc).encode())
    except DECLARED:
        pass


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_unlock_on_mutated_files_raises_only_app_errors(tmp_path_factory, data: st.DataObject) -> None:
    """SECURITY requirement 25: unlock over a byte-flipped/truncated slot file never crashes."""
    from app.services.access import VaultAccess
    from app.vault.kdf import KdfPolicy

    folder: Path = tmp_path_factory.mktemp("unlock") / "vault"
    access = VaultAccess(folder, KdfPolicy.insecure_for_tests())
    session, _ = access.create("boss", "correct horse battery staple 42")
    session.lock()
    raw = bytearray((folder / "vault.keys").read_bytes())
    mode = data.draw(st.sampled_from(["flip", "truncate"]))
    if mode == "flip":
        pos = data.draw(st.integers(0, len(raw) - 1))
        raw[pos] ^= 1 << data.draw(st.integers(0, 7))
    else:
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    (folder / "vault.keys").write_bytes(bytes(raw))
    (folder / "vault.keys.prev").unlink(missing_ok=True)
    try:
        access.unlock("boss", "correct horse battery staple 42").lock()
    except ClientVaultError:
        pass
