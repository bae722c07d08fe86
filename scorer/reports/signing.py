"""PAdES signatures on the minutes with pyHanko, and their verification.

Each signer signs in an incremental update (the bytes before stay as they were), so a
second assessor's signature never breaks the first. Signatures are PAdES baseline
(subfilter ETSI.CAdES.detached, SHA-256) with a visible field over the signer's
signature space in the signature blocks. A signature is "certified" only when its chain
reaches a trusted root the user configured (DOMAIN.md "Electronic signatures"); otherwise
it can still be valid (intact, made by the certificate shown) but uncertified.
The PKCS#12 password is passed in by the caller and never stored.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scorer.core.errors import ScorerError
from scorer.reports.minutes import write_atomically
from scorer.reports.minutes_parts import SignatureSlot
from scorer.reports.stamp import document_zone, stamp_style

if TYPE_CHECKING:
    import datetime as dt

SUBFILTER = "ETSI.CAdES.detached"


@dataclass(frozen=True)
class SignatureReport:
    """What `verify` says about one signature."""

    field_name: str
    signer: str
    signed_at: dt.datetime | None
    valid: bool
    certified: bool
    subfilter: str
    problem: str

    def describe(self, lang: str = "en") -> str:
        when = self.signed_at.strftime("%Y-%m-%d %H:%M:%S UTC") if self.signed_at else "unknown"
        state = "VALID" if self.valid else "INVALID"
        trust = "certified (chain reaches a trusted root)" if self.certified else "uncertified"
        line = f"{self.field_name}: {state}, {trust}; signer {self.signer}; signed {when}"
        line += f"; {self.subfilter}"
        return line + (f"; {self.problem}" if self.problem else "")


def _quiet_pyhanko() -> None:
    """pyHanko logs tracebacks for a wrong password or an untrusted chain; our messages
    ("cannot open the certificate", "uncertified") say it for a person instead. fontTools,
    subsetting the stamp's font, warns about tables it drops ("FFTM NOT subset")."""
    for name in ("pyhanko", "fontTools"):
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        logger.propagate = False


def load_signer(p12: Path, password: str) -> Any:
    """A pyHanko signer from a PKCS#12 file; a wrong password is a message, not a traceback."""
    from pyhanko.sign import signers

    _quiet_pyhanko()
    if not p12.is_file():
        raise ScorerError("the certificate file does not exist", path=p12)
    try:
        signer = signers.SimpleSigner.load_pkcs12(  # type: ignore[no-untyped-call]
            str(p12), passphrase=password.encode("utf-8")
        )
    except (ValueError, OSError) as exc:
        raise ScorerError(f"cannot open the certificate: {exc}", path=p12) from exc
    if signer is None:
        raise ScorerError(
            "cannot open the certificate: wrong password, or not a PKCS#12 (.p12/.pfx) file",
            path=p12,
        )
    return signer


def signer_name(signer: Any) -> str:
    """The signer's common name, from the certificate."""
    return _common_name(signer.signing_cert)


def sign_pdf(
    data: bytes,
    output: Path,
    signer: Any,
    *,
    field_name: str | None = None,
    new_fields: Sequence[SignatureSlot] = (),
) -> str:
    """Sign `data` into `output` (atomically) and return the field signed.

    `new_fields` are empty signature fields to add first (all signers' spaces, on a PDF
    that has never been signed). Without `field_name` the first empty field is used;
    with none left, a new field is added at the foot of the last page.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign import fields, signers

    _quiet_pyhanko()
    if new_fields:
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        for slot in new_fields:
            x1, y1, x2, y2 = (round(v) for v in slot.box)
            fields.append_signature_field(
                writer,
                fields.SigFieldSpec(slot.field_name, on_page=slot.page, box=(x1, y1, x2, y2)),
            )
        buffer = io.BytesIO()
        writer.write(buffer)  # type: ignore[no-untyped-call]
        data = buffer.getvalue()
    reader = PdfFileReader(io.BytesIO(data))
    empty = [name for name, value, _ref in fields.enumerate_sig_fields(reader) if value is None]
    taken = {name for name, _value, _ref in fields.enumerate_sig_fields(reader)}
    if field_name is not None and field_name in taken and field_name not in empty:
        raise ScorerError(f"the signature field {field_name} is already signed")
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    spec = None
    if field_name is None:
        field_name = empty[0] if empty else f"ttd_{len(taken) + 1}"
    if field_name not in taken:
        pages = int(reader.root["/Pages"]["/Count"])
        offset = 70 * (len(taken) % 7)
        spec = fields.SigFieldSpec(
            field_name, on_page=pages - 1, box=(60, 40 + offset, 300, 100 + offset)
        )
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        name=signer_name(signer),
    )
    style = stamp_style(document_zone(reader))
    pdf_signer = signers.PdfSigner(metadata, signer=signer, new_field_spec=spec, stamp_style=style)
    buffer = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=buffer)
    write_atomically(output, buffer.getvalue())
    return field_name


def verify_pdf(path: Path, trust_roots: Sequence[Path] = ()) -> list[SignatureReport]:
    """Check every signature in a PDF; a damaged or unsigned PDF is a ScorerError."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    _quiet_pyhanko()
    roots = [_load_certificate(p) for p in trust_roots]
    try:
        with path.open("rb") as stream:
            reader = PdfFileReader(io.BytesIO(stream.read()), strict=False)
            signatures = list(reader.embedded_signatures)
    except (OSError, PdfError, ValueError, KeyError) as exc:
        raise ScorerError(f"cannot read the PDF: {exc}", path=path) from exc
    if not signatures:
        raise ScorerError("the PDF holds no signatures", path=path)
    reports = []
    for embedded in signatures:
        context = ValidationContext(trust_roots=roots, allow_fetching=False)
        subfilter = str(embedded.sig_object.get("/SubFilter", "")).lstrip("/")
        try:
            status = validate_pdf_signature(embedded, context)
        except Exception as exc:  # pyHanko raises many kinds for damaged signatures
            reports.append(
                SignatureReport(embedded.field_name, "?", None, False, False, subfilter, str(exc))
            )
            continue
        intact = bool(status.intact and status.valid and status.docmdp_ok is not False)
        problem = "" if intact else "the signed content was changed or the signature is broken"
        reports.append(
            SignatureReport(
                field_name=embedded.field_name,
                signer=_common_name(status.signing_cert),
                signed_at=status.signer_reported_dt,
                valid=intact,
                certified=intact and bool(status.trusted),
                subfilter=subfilter,
                problem=problem,
            )
        )
    return reports


def _common_name(certificate: Any) -> str:
    name: str = certificate.subject.native.get("common_name", "")
    return name or certificate.subject.human_friendly


def _load_certificate(path: Path) -> Any:
    from asn1crypto import pem, x509  # type: ignore[import-untyped]

    try:
        data = path.read_bytes()
        if pem.detect(data):
            _kind, _headers, data = pem.unarmor(data)
        return x509.Certificate.load(data)
    except (OSError, ValueError) as exc:
        raise ScorerError(f"cannot read the trusted root certificate: {exc}", path=path) from exc
