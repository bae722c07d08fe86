"""The Qt user interface: thin widgets over the core and storage. The only Qt importer."""

import sys

if sys.version_info < (3, 12):
    import ctypes

    # PySide6 6.12 returns None from every void method without taking a reference to it:
    # sys.getrefcount(None) drops by one per call (setText, setFocus, the clock's tick...).
    # Before Python 3.12 None is not immortal, so after some 37,000 calls the interpreter
    # aborts ("none_dealloc: deallocating None") and takes the window with it, hours into a
    # session. Give None more references than any session can drop, as 3.12 does for good.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
