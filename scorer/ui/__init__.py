"""The Qt user interface: thin widgets over the core and storage. The only Qt importer."""

import sys

if sys.version_info < (3, 12):
    import ctypes

    # PySide6 6.12 drops references it does not own: every void method call takes one from
    # None (setText, setFocus, the clock's tick...), every signal emitted from Python one
    # from True. Before Python 3.12 these objects are not immortal: after some 37,000 void
    # calls, or some 600 emits, the interpreter aborts ("none_dealloc" / "bool_dealloc")
    # and takes the window with it. Give them more references than any session can drop,
    # as Python 3.12 does for good.
    for _immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_immortal)).value += 1 << 40
