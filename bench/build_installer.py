"""Build the one-folder installer from installer.spec, report its size, and run the app from
the bundle: `--version`, `demo`, `check`, `minutes --sign` (Indonesian and English, with a
throwaway self-signed PKCS#12), `verify`, `merge --report`, and the GUI up to a built
session (offscreen, and on X11 when xvfb-run is installed). Prints a Markdown table of the
runs; exit code 1 if the bundle is over the size limit or a run fails.

    .venv/bin/python bench/build_installer.py              # build into dist/, then run
    .venv/bin/python bench/build_installer.py --no-build   # run an existing dist/ bundle

The interpreter that runs this script builds (`--python` picks another): it needs the
project and PyInstaller (`pip install -e '.[installer]'`). Build from an environment without
optional extras you do not want shipped; PyInstaller bundles whatever the app can import.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from PIL import Image, ImageDraw

from scorer import __version__

ROOT = Path(__file__).resolve().parent.parent
NAME = "SmartCityScorer"
LIMIT_MB = 250  # decimal megabytes, the stricter reading of the limit
PASSWORD = "bench-only"
MB, MIB = 1000 * 1000, 1024 * 1024


@dataclass
class Run:
    label: str
    seconds: float
    ok: bool
    detail: str


def build(python: str, dist: Path, work: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "installer.spec"),
        ],
        cwd=ROOT,
        check=True,
    )
    return time.perf_counter() - start


def tree_size(folder: Path) -> int:
    """Bytes of the files in `folder`, links not followed (what a zip or installer holds)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def largest(folder: Path, count: int) -> list[tuple[str, int]]:
    inner = folder / "_internal"
    sizes = [(p.name, tree_size(p) if p.is_dir() else p.lstat().st_size) for p in inner.iterdir()]
    return sorted(sizes, key=lambda item: -item[1])[:count]


def make_certificate(path: Path) -> None:
    """A self-signed signing certificate, generated per run and never kept."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Bench Assessor")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=7))
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"bench",
            key,
            cert,
            None,
            serialization.BestAvailableEncryption(PASSWORD.encode()),
        )
    )


def make_signature_image(path: Path) -> None:
    """A scribble standing in for a handwritten signature (PNG, read by Pillow in the app)."""
    image = Image.new("RGB", (240, 80), "white")
    ImageDraw.Draw(image).line([(10, 60), (60, 15), (110, 65), (170, 20), (230, 55)], "navy", 4)
    image.save(path)


def pdf_text(path: Path) -> str:
    """The PDF's text (poppler's pdftotext), or '' when poppler is not installed."""
    if shutil.which("pdftotext") is None:
        return ""
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def has_text(path: Path, *phrases: str) -> Callable[[str], bool]:
    def check(_: str) -> bool:
        text = pdf_text(path)
        return path.exists() and (not text or all(p in " ".join(text.split()) for p in phrases))

    return check


def run(
    label: str,
    command: list[str],
    env: dict[str, str],
    check: Callable[[str], bool] = lambda _: True,
) -> Run:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - start
    output = result.stdout + result.stderr
    ok = result.returncode == 0 and check(output)
    lines = output.strip().splitlines()
    crashes = sorted(Path(env["SCORER_DATA_DIR"]).glob("logs/crash-*"))
    if crashes:  # the app's crash log has the traceback; the temporary folder goes away
        lines += crashes[-1].read_text().strip().splitlines()
        for crash in crashes:
            crash.unlink()
    return Run(label, seconds, ok, lines[-1] if lines else "")


def exercise(app: Path, folder: Path) -> list[Run]:
    env = {
        **os.environ,
        "SCORER_DATA_DIR": str(folder / "data"),
        "SCORER_SIGN_PASSWORD": PASSWORD,
        "QT_QPA_PLATFORM": "offscreen",
    }
    cert, signature = folder / "bench.p12", folder / "signature.png"
    make_certificate(cert)
    make_signature_image(signature)
    demo, minutes_id, minutes_en = (folder / n for n in ("demo.scoring", "id.pdf", "en.pdf"))
    panel = [folder / f"assessor{n}.scoring" for n in (1, 2, 3)]
    report = folder / "panel.pdf"
    bundle = str(app)
    runs = [
        run("`--version`", [bundle, "--version"], env, lambda out: __version__ in out),
        run("`demo -o X`", [bundle, "demo", "-o", str(demo)], env),
        run("`check X`", [bundle, "check", str(demo)], env, lambda out: ": OK" in out),
        run(
            "`minutes X -o Y --sign CERT.p12`",
            [bundle, "minutes", str(demo), "-o", str(minutes_id), "--sign", str(cert)],
            env,
            has_text(minutes_id, "Selasa, 21 Oktober 2025"),
        ),
        run(
            "`minutes X -o Y --lang en --sign CERT.p12 --signature-image PNG`",
            [
                bundle,
                "minutes",
                str(demo),
                "-o",
                str(minutes_en),
                "--lang",
                "en",
                "--sign",
                str(cert),
                "--signature-image",
                str(signature),
            ],
            env,
            has_text(minutes_en, "Tuesday, 21 October 2025"),
        ),
        run("`verify Y`", [bundle, "verify", str(minutes_id)], env, lambda out: "0 invalid" in out),
    ]
    for n, path in enumerate(panel, start=1):
        runs.append(
            run(
                f"`demo -o A --assessor {n}`",
                [bundle, "demo", "-o", str(path), "--assessor", str(n)],
                env,
            )
        )
    runs.append(
        run(
            "`merge A B C -o P --report R.pdf --xlsx R.xlsx`",
            [
                bundle,
                "merge",
                *map(str, panel),
                "-o",
                str(folder / "panel.scoring"),
                "--report",
                str(report),
                "--xlsx",
                str(folder / "panel.xlsx"),
            ],
            env,
            lambda _: report.exists() and (folder / "panel.xlsx").exists(),
        )
    )
    gui = {**env, "SCORER_BENCH_EXIT_AFTER_SHOW": "session"}
    runs.append(run("GUI to a built session (offscreen)", [bundle, str(demo)], gui))
    pages = {**env, "SCORER_BENCH_EXIT_AFTER_SHOW": "pages"}
    runs.append(run("GUI through every phase's page (offscreen)", [bundle, str(demo)], pages))
    if shutil.which("xvfb-run") is not None:
        x11 = {**gui, "QT_QPA_PLATFORM": "xcb"}
        runs.append(
            run(
                "GUI to a built session (X11, xvfb-run)", ["xvfb-run", "-a", bundle, str(demo)], x11
            )
        )
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable, help="interpreter that builds")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's workpath")
    parser.add_argument("--no-build", action="store_true", help="run an existing bundle")
    args = parser.parse_args()
    if not args.no_build:
        print(f"build: {build(args.python, args.dist, args.work):.0f} s")
    bundle = args.dist / NAME
    size = tree_size(bundle)
    print(f"\nsize: {size / MB:.1f} MB = {size / MIB:.1f} MiB (limit {LIMIT_MB} MB)")
    for name, bytes_ in largest(bundle, 10):
        print(f"  {bytes_ / MB:6.1f} MB  {name}")
    with tempfile.TemporaryDirectory() as tmp:
        runs = exercise(bundle / NAME, Path(tmp))
    print("\n| run from the bundle | time | ok |\n|---|---|---|")
    for r in runs:
        print(f"| {r.label} | {r.seconds:.2f} s | {'ok' if r.ok else 'FAILED: ' + r.detail} |")
    return 0 if size <= LIMIT_MB * MB and all(r.ok for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
