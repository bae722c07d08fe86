"""The minutes workflow: `minutes`, `sign-off`, `reopen`, `sign` and `verify`.

`minutes` writes the PDF (optionally signing it as the file's owner), `sign-off` locks a
session, `reopen` voids the lock with a reason, `sign` adds a further signer's PAdES
signature as an incremental update, `verify` reports every signature in a PDF.
The certificate password comes from SCORER_SIGN_PASSWORD or a prompt; it is never stored.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from scorer.cli.common import add_command, output_path
from scorer.cli.faults import editing, using
from scorer.cli.layout import laying_out
from scorer.core.errors import ScorerError

PASSWORD_VARIABLE = "SCORER_SIGN_PASSWORD"


def register(commands: Any) -> None:
    minutes = add_command(
        commands,
        "minutes",
        "write the minutes (notula) of a session as PDF",
        "Write the official minutes of a session as an A4 PDF. With --sign, also sign it "
        f"(PAdES) as the file's owner with a PKCS#12 certificate; the password is read from "
        f"{PASSWORD_VARIABLE}, else asked for.",
    )
    minutes.add_argument("file", metavar="FILE", help="the .scoring file to read")
    minutes.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="PDF to write")
    minutes.add_argument("--lang", choices=("id", "en"), default="id", help="language (id)")
    minutes.add_argument("--sign", metavar="CERT.p12", help="sign with this PKCS#12 certificate")
    minutes.add_argument(
        "--signature-image",
        metavar="IMAGE",
        help="a PNG or JPEG of the owner's handwritten signature, put in their signature space",
    )
    minutes.add_argument("--force", action="store_true", help="overwrite OUT.pdf if it exists")
    minutes.set_defaults(handler=handle_minutes)

    sign_off = add_command(
        commands,
        "sign-off",
        "sign off a session: lock it and record the hash of its content",
    )
    sign_off.add_argument("file", metavar="FILE", help="the .scoring file to lock")
    sign_off.add_argument("--name", required=True, help="full name of the person signing off")
    sign_off.set_defaults(handler=handle_sign_off)

    reopen = add_command(
        commands, "reopen", "void a session's sign-off so it can be edited (logged)"
    )
    reopen.add_argument("file", metavar="FILE", help="the signed-off .scoring file")
    reopen.add_argument("--name", required=True, help="full name of the person reopening")
    reopen.add_argument("--reason", required=True, help="why the session is reopened")
    reopen.set_defaults(handler=handle_reopen)

    sign = add_command(
        commands,
        "sign",
        "add a signature to signed minutes (incremental update; earlier ones stay valid)",
    )
    sign.add_argument("input", metavar="IN.pdf", help="the minutes PDF to sign")
    sign.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="PDF to write")
    sign.add_argument("--cert", required=True, metavar="CERT.p12", help="PKCS#12 certificate")
    sign.add_argument("--field", help="signature field to fill (default: the first empty one)")
    sign.add_argument("--force", action="store_true", help="overwrite OUT.pdf if it exists")
    sign.set_defaults(handler=handle_sign)

    verify = add_command(
        commands,
        "verify",
        "check every signature in a PDF",
        "Report each signature: signer, time, valid or not, certified (chain reaches a "
        "root given with --trust) or not. Exit code 1 if any signature is invalid.",
    )
    verify.add_argument("pdf", metavar="PDF", help="the signed PDF")
    verify.add_argument(
        "--trust", action="append", default=[], metavar="ROOT.pem", help="a trusted root"
    )
    verify.set_defaults(handler=handle_verify)


def read_password() -> str:
    """The certificate password: environment variable, else a prompt on a terminal."""
    value = os.environ.get(PASSWORD_VARIABLE)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise ScorerError(
            f"the certificate needs a password: set {PASSWORD_VARIABLE} or run in a terminal"
        )
    import getpass

    return getpass.getpass("Certificate password: ")


def handle_minutes(args: argparse.Namespace) -> int:
    from scorer.core.integrity import signoff_state
    from scorer.reports.minutes import build_minutes, write_atomically
    from scorer.storage.reading import read_any

    source = Path(args.file)
    out = output_path(args.output, force=args.force, suffix=".pdf")
    signer = None
    if args.sign:
        from scorer.reports.signing import load_signer

        signer = load_signer(Path(args.sign), read_password())
    with using(source, writing=False):
        record = read_any(source)
    state = signoff_state(record)
    if state.tampered:
        raise ScorerError(f"{state.describe()}; no minutes are made from it", path=source)
    images = {}
    if args.signature_image:
        image = Path(args.signature_image)
        if not image.is_file():
            raise ScorerError("the signature image does not exist", path=image)
        images[record.owner] = image
    instead = "The scoring file is unchanged; look in it for an unusually long text"
    with using(*images.values(), writing=False), laying_out(out, "minutes", instead):
        result = build_minutes(record, args.lang, signature_images=images)
    if signer is None:
        with using(out, writing=True):
            write_atomically(out, result.data)
        print(f"Wrote the minutes ({result.pages} pages) to {out}")
    else:
        from scorer.reports.minutes_parts import field_name_for
        from scorer.reports.signing import sign_pdf

        owner = next(a.name for a in record.assessors if a.key == record.owner)
        # The owner's last space: their own score sheet in an assessor's file, the chair's
        # (or minute-taker's) space under the notula in a panel file.
        mine = [slot.field_name for slot in result.slots if slot.signer == owner]
        field_name = mine[-1] if mine else field_name_for(owner)
        with using(out, writing=True):
            field = sign_pdf(
                result.data, out, signer, field_name=field_name, new_fields=result.slots
            )
        print(f"Wrote the minutes ({result.pages} pages) to {out}, signed in field {field}")
    if not state.locked:
        print("Note: the session is not signed off yet; these minutes are a draft.")
    return 0


def handle_sign_off(args: argparse.Namespace) -> int:
    from scorer.storage.signoff import integrity, sign_off

    path = Path(args.file)
    with editing(path) as store:
        sign_off(store, args.name)
        state = integrity(store)
    print(f"{path}: {state.describe()}")
    return 0


def handle_reopen(args: argparse.Namespace) -> int:
    from scorer.storage.signoff import reopen

    with editing(Path(args.file)) as store:
        reopen(store, args.name, args.reason)
    print(f"{args.file}: sign-off voided by {args.name}; the session can be edited again")
    return 0


def handle_sign(args: argparse.Namespace) -> int:
    from scorer.reports.signing import load_signer, sign_pdf

    source = Path(args.input)
    out = output_path(args.output, force=args.force, suffix=".pdf")
    if out.resolve() == source.resolve():
        raise ScorerError("write the signed copy to a new file; a signed PDF is never rewritten")
    signer = load_signer(Path(args.cert), read_password())
    with using(source, writing=False):
        data = source.read_bytes()
    with using(out, writing=True):
        field = sign_pdf(data, out, signer, field_name=args.field)
    print(f"Signed {source} in field {field}; wrote {out}")
    return 0


def handle_verify(args: argparse.Namespace) -> int:
    from scorer.reports.signing import verify_pdf

    path = Path(args.pdf)
    with using(path, writing=False):
        reports = verify_pdf(path, [Path(p) for p in args.trust])
    for report in reports:
        print(report.describe())
    invalid = sum(1 for r in reports if not r.valid)
    print(f"{len(reports)} signature(s), {invalid} invalid")
    return 1 if invalid else 0
