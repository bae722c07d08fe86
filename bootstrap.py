"""Set up and run Smart City Scorer with nothing but python3 (standard library only).

    python3 bootstrap.py run [FILE]   # set up, then open the app (on the demo evaluation)
    python3 bootstrap.py test [ARGS]  # set up, then run the whole test suite headless

Setting up means: on Debian/Ubuntu, install what is missing of the system libraries Qt
needs (and, for `test`, the tools the tests use); create `.venv`; install the project from
pyproject.toml into it. Nothing ever prompts, so it runs the same in CI (root, no stdin).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".bootstrap-stamp"

QT_OFFSCREEN = [
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxkbcommon0",
    "fonts-dejavu-core",
]
QT_XCB = [
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
]
TEST_TOOLS = ["poppler-utils", "xvfb", "xauth", "sqlite3"]


class BootstrapError(Exception):
    """A step failed in a way the user can fix; the message says how."""


def say(message: str) -> None:
    print(f"bootstrap: {message}", flush=True)


def missing_debian_packages(names: list[str]) -> list[str]:
    """Packages not installed, by dpkg's own record (empty where there is no dpkg)."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return []
    missing = []
    for name in names:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True
        )
        if result.returncode != 0 or "install ok installed" not in result.stdout:
            missing.append(name)
    return missing


def venv_package_needed() -> list[str]:
    """python3-venv is needed on Debian when ensurepip is missing."""
    result = subprocess.run([sys.executable, "-c", "import ensurepip"], capture_output=True)
    if result.returncode == 0:
        return []
    version = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
    return ["python3-venv", version]


def install_debian_packages(names: list[str]) -> None:
    if not names:
        return
    if os.geteuid() == 0:
        prefix: list[str] = []
    elif shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"]).returncode == 0:
        prefix = ["sudo", "-n"]
    else:
        command = "sudo apt-get install -y --no-install-recommends " + " ".join(names)
        raise BootstrapError(f"missing system packages; run this, then try again:\n  {command}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    say("installing system packages: " + " ".join(names))
    apt = [*prefix, "apt-get", "-q"]
    subprocess.run([*apt, "update"], stdout=subprocess.DEVNULL, stdin=subprocess.DEVNULL, env=env)
    result = subprocess.run(
        [*apt, "install", "-y", "--no-install-recommends", *names],
        stdout=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    if result.returncode != 0:
        raise BootstrapError("apt-get could not install: " + " ".join(names))


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    python = venv_python()
    fresh = not python.exists()
    if fresh:
        say("creating the virtual environment in .venv")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
    if fresh:
        subprocess.run([*pip, "install", "--upgrade", "pip"], check=True)
    say("installing the project and its test tools into .venv (once per pyproject change)")
    result = subprocess.run([*pip, "install", "-e", ".[dev]"], cwd=ROOT)
    if result.returncode != 0:
        raise BootstrapError("pip could not install the project (see the messages above)")
    STAMP.write_text(wanted + "\n")
    return python


def run_app(python: Path, args: list[str]) -> int:
    if not args:
        found = subprocess.run(
            [str(python), "-c", "from scorer.paths import demo_file; print(demo_file())"],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        demo = found.stdout.strip() or str(VENV / "demo.scoring")
        if not Path(demo).exists():
            say(f"writing the demo evaluation to {demo}")
            subprocess.run([str(python), "main.py", "demo", "-o", demo], check=True, cwd=ROOT)
        args = [demo]
    say("starting Smart City Scorer")
    return subprocess.run([str(python), "main.py", *args], cwd=ROOT).returncode


def run_tests(python: Path, args: list[str]) -> int:
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    say("running the test suite (pytest, ruff, mypy)")
    code = subprocess.run([str(python), "-m", "pytest", *args], cwd=ROOT, env=env).returncode
    if code == 5:
        say("no tests were collected: the suite must never be empty")
        return 1
    return code


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    command, rest = argv[0], argv[1:]
    if command not in ("run", "test"):
        print(f"bootstrap: unknown command {command!r}; use 'run' or 'test'", file=sys.stderr)
        return 2
    try:
        wanted = venv_package_needed() + QT_OFFSCREEN + QT_XCB
        if command == "test":
            wanted += TEST_TOOLS
        install_debian_packages(missing_debian_packages(wanted))
        python = ensure_venv()
    except (BootstrapError, subprocess.CalledProcessError, OSError) as exc:
        print(f"bootstrap: error: {exc}", file=sys.stderr)
        return 1
    return run_app(python, rest) if command == "run" else run_tests(python, rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
