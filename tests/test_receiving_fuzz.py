"""Fuzzing the importer: whatever bytes arrive on a stick, nothing is written and the clerk gets a reason."""
from __future__ import annotations

import itertools
import json
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.packagekit import dump, inflate_declared_size, make_commune, make_receiving, members_of, rezip
from tthc_desktop.exchange import keys, package
from tthc_desktop.services import exchange

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_counter = itertools.count()


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A receiving store that knows the commune, and one valid package of that commune."""
    root = tmp_path_factory.mktemp("fuzz")
    commune = make_commune(root / "xa.sqlite3")
    office = make_receiving(root / "tinh.sqlite3")
    exchange.register_unit(office, code="H23.36.10", name="xã Đồng Lạc",
                           fingerprint=keys.ensure_unit_key(commune).fingerprint)
    usb = root / "usb"
    usb.mkdir()
    raw = exchange.export_package(commune, "2025-Q2", usb, now=datetime(2025, 6, 16, 9, 0)).path.read_bytes()
    commune.close()
    yield office, raw, root
    office.close()


def attempt(world, payload: bytes) -> exchange.PackageCheck:
    """Dry run then apply one file; assert the store did not change; return the check."""
    office, _, root = world
    path = root / f"fuzz-{next(_counter)}.tthc"
    path.write_bytes(payload)
    changes = office.conn.total_changes
    plan = exchange.plan_import(office, [path])
    exchange.apply_import(office, plan, confirm_new_units=True)
    path.unlink()
    check = plan.checks[0]
    if check.verdict == "refused":
        assert office.conn.total_changes == changes, "a refused package wrote to the store"
        assert check.reason_code in package.REASONS and len(check.reason) > 20
    return check


def _same_json(a: bytes, b: bytes) -> bool:
    try:
        return json.loads(a) == json.loads(b)
    except ValueError:
        return False


def _refused(world, payload: bytes) -> None:
    check = attempt(world, payload)
    assert check.verdict == "refused", f"accepted a damaged package: {check.reason}"


def test_the_valid_package_is_accepted_once(world):
    office, raw, root = world
    plan = exchange.plan_import(office, [root / "usb"])
    assert [c.verdict for c in plan.checks] == ["accepted"]  # a dry run: the fuzz below starts from a clean store


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(world, payload):
    _refused(world, payload)


@FUZZ
@given(st.data())
def test_truncated_packages(world, data):
    raw = world[1]
    _refused(world, raw[: data.draw(st.integers(0, len(raw) - 1))])


@FUZZ
@given(st.data())
def test_flipped_bytes_never_let_altered_content_in(world, data):
    office, raw, _ = world
    pos = data.draw(st.integers(0, len(raw) - 1))
    flipped = raw[:pos] + bytes([raw[pos] ^ data.draw(st.integers(1, 255))]) + raw[pos + 1:]
    before = dump(office) if pos % 7 == 0 else None
    check = attempt(world, flipped)
    if check.verdict != "refused":
        # only bytes outside every member's content (e.g. a header's timestamp) may change without refusal
        assert check.content is not None and check.content.members == members_of(raw)
        assert check.verdict in ("accepted", "duplicate")  # the first such copy is imported, later ones are duplicates
    elif before is not None:
        assert dump(office) == before


@FUZZ
@given(st.sampled_from(sorted(package.KNOWN_MEMBERS - {"report.pdf"})), st.binary(max_size=64), st.data())
def test_altered_members(world, name, junk, data):
    members = members_of(world[1])
    if name not in members:
        return
    content = members[name]
    at = data.draw(st.integers(0, len(content)))
    altered = content[:at] + junk + content[at + data.draw(st.integers(0, 8)):]
    if altered == content or (name == "signature.json" and _same_json(altered, content)):
        return  # signature.json is outside the signed bytes: spacing there changes nothing that counts
    _refused(world, rezip({**members, name: altered}))


@FUZZ
@given(st.sampled_from(["../", "..\\", "/", "\\", "C:\\", "C:", "a/../../", "./../"]),
       st.text(alphabet="abcxyzđ.-_", min_size=1, max_size=12))
def test_zip_slip_names(world, prefix, rest):
    members = members_of(world[1])
    check = attempt(world, rezip({**members, prefix + rest: b"{}"}))
    assert check.verdict == "refused" and check.reason_code in ("unsafe_path", "members")


@FUZZ
@given(st.sampled_from(["manifest.json", "data.json", "audit.json", "checksums.json", "signature.json"]),
       st.integers(package.MAX_MEMBER_BYTES + 1, 0xFFFFFFFF))
def test_huge_declared_sizes(world, name, size):
    check = attempt(world, inflate_declared_size(world[1], name, size))
    assert check.verdict == "refused" and check.reason_code == "too_large"
