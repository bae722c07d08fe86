"""PAdES signatures: two signers one after another, checked by poppler and pyHanko."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from scorer.core.demo import demo_record
from scorer.core.errors import ScorerError
from scorer.core.model import TimeZoneName
from scorer.reports.fonts import register_fonts
from scorer.reports.minutes import build_minutes
from scorer.reports.signing import load_signer, sign_pdf, verify_pdf
from tests.conftest import run_cli
from tests.test_signing_pki import PASSWORD, Pki, make_pki

NAMES = ["Dr. Ratna Wulandari", "Ir. Bambang Hartono"]


@pytest.fixture
def pki(tmp_path: Path) -> Pki:
    return make_pki(tmp_path, NAMES)


@pytest.fixture
def twice_signed(tmp_path: Path, pki: Pki, default_rubric) -> Path:  # type: ignore[no-untyped-def]
    minutes = build_minutes(demo_record(default_rubric))
    first, second = tmp_path / "ttd1.pdf", tmp_path / "ttd2.pdf"
    field = sign_pdf(
        minutes.data,
        first,
        load_signer(pki.signers[0], PASSWORD),
        field_name=minutes.slots[0].field_name,
        new_fields=minutes.slots,
    )
    assert field == minutes.slots[0].field_name
    sign_pdf(first.read_bytes(), second, load_signer(pki.signers[1], PASSWORD))
    assert second.read_bytes().startswith(first.read_bytes())  # an incremental update
    return second


def pdfsig(path: Path) -> tuple[int, str]:
    result = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    return result.returncode, result.stdout


def test_two_signers_verify_with_pdfsig(twice_signed: Path) -> None:
    _code, out = pdfsig(twice_signed)
    signed = out.split("Signature #")[1:3]
    assert len(signed) == 2
    for block, name in zip(signed, NAMES, strict=True):
        assert f"Signer Certificate Common Name: {name}" in block
        assert "Signature Type: ETSI.CAdES.detached" in block
        assert "Signature Validation: Signature is Valid." in block
    # The remaining field (the chair's own score sheet) waits, empty, for its signature.
    assert out.count("The signature form field is not signed.") == 1


def test_pyhanko_validator_certified_only_with_the_trusted_root(
    twice_signed: Path, pki: Pki
) -> None:
    trusted = verify_pdf(twice_signed, [pki.root_pem])
    assert [r.signer for r in trusted] == NAMES
    assert all(r.valid and r.certified for r in trusted)
    assert all(r.subfilter == "ETSI.CAdES.detached" for r in trusted)
    untrusted = verify_pdf(twice_signed)
    assert all(r.valid and not r.certified for r in untrusted)
    assert "uncertified" in untrusted[0].describe()


def test_one_changed_byte_fails_verification(twice_signed: Path, tmp_path: Path) -> None:
    data = bytearray(twice_signed.read_bytes())
    position = data.index(b"stream") + 40  # inside the first page's content
    data[position] ^= 0x01
    damaged = tmp_path / "rusak.pdf"
    damaged.write_bytes(bytes(data))
    _code, out = pdfsig(damaged)
    assert "Signature is Valid." not in out
    reports = verify_pdf(damaged)
    assert reports and not any(r.valid for r in reports)
    code, stdout, err = run_cli("verify", str(damaged))
    assert code == 1 and "INVALID" in stdout, err


def test_wrong_password_and_unsigned_pdf_are_messages(tmp_path: Path, pki: Pki) -> None:
    with pytest.raises(ScorerError, match="wrong password"):
        load_signer(pki.signers[0], "salah")
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(build_minutes_bytes())
    with pytest.raises(ScorerError, match="no signatures"):
        verify_pdf(plain)


def build_minutes_bytes() -> bytes:
    from scorer.core.rubric import load_rubric
    from scorer.paths import default_rubric_path

    return build_minutes(demo_record(load_rubric(default_rubric_path()))).data


def test_cli_sign_twice_and_verify(
    demo_file: Path, tmp_path: Path, pki: Pki, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "s1.pdf", tmp_path / "s2.pdf"
    args = ("minutes", str(demo_file), "-o", str(first), "--sign", str(pki.signers[0]))
    monkeypatch.delenv("SCORER_SIGN_PASSWORD", raising=False)
    code, _, err = run_cli(*args)  # stdin is not a terminal and no variable: no hang
    assert code == 1 and "SCORER_SIGN_PASSWORD" in err
    assert not first.exists()
    monkeypatch.setenv("SCORER_SIGN_PASSWORD", PASSWORD)
    code, out, err = run_cli(*args)
    assert code == 0, err
    same = ("sign", str(first), "-o", str(first), "--force", "--cert", str(pki.signers[1]))
    code, _, err = run_cli(*same)
    assert code == 1 and "never rewritten" in err
    code, out, err = run_cli("sign", str(first), "-o", str(second), "--cert", str(pki.signers[1]))
    assert code == 0, err
    monkeypatch.delenv("SCORER_SIGN_PASSWORD")
    code, out, err = run_cli("verify", str(second), "--trust", str(pki.root_pem))
    assert code == 0, err
    assert out.count("VALID, certified") == 2
    code, out, _ = run_cli("verify", str(second))
    assert code == 0 and out.count("VALID, uncertified") == 2


def test_signing_a_pdf_without_fields_adds_one(tmp_path: Path, pki: Pki) -> None:
    out = tmp_path / "ttd.pdf"
    field = sign_pdf(build_minutes_bytes(), out, load_signer(pki.signers[0], PASSWORD))
    assert field == "ttd_1"
    _code, text = pdfsig(out)
    assert "Signature is Valid." in text and "ETSI.CAdES.detached" in text
    with pytest.raises(ScorerError, match="already signed"):
        sign_pdf(
            out.read_bytes(),
            tmp_path / "again.pdf",
            load_signer(pki.signers[1], PASSWORD),
            field_name="ttd_1",
        )


def stamp_clock(before: dt.datetime, after: dt.datetime, zone: dt.timezone, name: str) -> set[str]:
    """The "pukul HH.MM ZONE" texts a stamp made between `before` and `after` may show."""
    return {f"pukul {t.astimezone(zone):%H.%M} {name}" for t in (before, after)}


def test_stamp_is_in_embedded_dejavu_with_the_sessions_local_time(
    tmp_path: Path, pki: Pki, default_rubric
) -> None:  # type: ignore[no-untyped-def]
    """Both signers' stamps (the second signs with only the PDF, as `scorer sign` does)."""
    record = demo_record(default_rubric)
    record.evaluation = replace(record.evaluation, timezone=TimeZoneName.WITA)
    minutes = build_minutes(record)
    first, second = tmp_path / "ttd1.pdf", tmp_path / "ttd2.pdf"
    before = dt.datetime.now(dt.UTC)
    sign_pdf(
        minutes.data,
        first,
        load_signer(pki.signers[0], PASSWORD),
        field_name=minutes.slots[0].field_name,
        new_fields=minutes.slots,
    )
    sign_pdf(first.read_bytes(), second, load_signer(pki.signers[1], PASSWORD))
    after = dt.datetime.now(dt.UTC)
    fonts = subprocess.run(["pdffonts", str(second)], capture_output=True, text=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert len(rows) == 4  # the body's two faces and one stamp font per signature
    assert all("DejaVuSans" in row[0] and row[-5] == "yes" for row in rows), fonts
    text = " ".join(pdftotext(second).split())
    assert text.count("Ditandatangani secara elektronik oleh") == 2
    # Each stamp's lines stay inside its signer's box, at a legible size (pyHanko spreads
    # the letters of a 2048-units-per-em font like DejaVu about twice too far).
    page = minutes.slots[0].page + 1
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(second), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', xml)
    lines = [(float(x0), float(x1)) for x0, x1, w in found if w.startswith("Ditandatangani")]
    assert len(lines) == 2
    regular, _bold = register_fonts()
    for slot, (left, right) in zip(minutes.slots[:2], sorted(lines), strict=True):
        assert slot.box[0] <= left < right <= slot.box[2], (slot.box, left, right)
        size = (right - left) / stringWidth("Ditandatangani secara elektronik oleh", regular, 1)
        assert size >= 6
    expected = stamp_clock(before, after, TimeZoneName.WITA.tzinfo, "WITA")
    assert sum(text.count(clock) for clock in expected) == 2, text[-400:]
    assert "UTC" not in text


def test_stamp_on_a_pdf_that_names_no_zone_says_utc(tmp_path: Path, pki: Pki) -> None:
    from reportlab.pdfgen.canvas import Canvas

    from scorer.reports.fonts import register_fonts

    plain = tmp_path / "surat.pdf"
    canvas = Canvas(str(plain), initialFontName=register_fonts()[0])
    canvas.drawString(72, 720, "Surat tanpa zona waktu")
    canvas.save()
    out = tmp_path / "surat-ttd.pdf"
    before = dt.datetime.now(dt.UTC)
    sign_pdf(plain.read_bytes(), out, load_signer(pki.signers[0], PASSWORD))
    after = dt.datetime.now(dt.UTC)
    text = " ".join(pdftotext(out).split())
    assert any(clock in text for clock in stamp_clock(before, after, dt.UTC, "UTC")), text


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
