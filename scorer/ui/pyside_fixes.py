"""Work-arounds for PySide6 6.12 itself, applied once when the UI package is imported."""

from __future__ import annotations

import sys
from types import ModuleType


def keep_immortals_alive() -> None:
    """PySide6 6.12 drops references it does not own: every void method call takes one from
    None (setText, setFocus, the clock's tick...), every signal emitted from Python one
    from True. Before Python 3.12 these objects are not immortal: after some 37,000 void
    calls, or some 600 emits, the interpreter aborts ("none_dealloc" / "bool_dealloc")
    and takes the window with it. Give them more references than any session can drop,
    as Python 3.12 does for good."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(immortal)).value += 1 << 40


def source_mentions_pyside(module: ModuleType) -> bool:
    """PySide's own test, whether a module's source contains "PySide6", without
    `inspect.getsource`: PySide asks it of every module imported after it (for its opt-in
    `__feature__` switches) and inspect's line cache and encoding detection made that
    13-15 ms of opening a session (98 modules). Same answer: a module with no readable
    source file (built in, compiled, inside an archive) does not use PySide."""
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def quicken_feature_check() -> None:
    """Put `source_mentions_pyside` in place of PySide's check, if this PySide has it."""
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = source_mentions_pyside  # type: ignore[attr-defined]
