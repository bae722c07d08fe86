"""A report that ReportLab could not lay out, as one line a person can act on instead of an
"internal error": which report, where the layout stopped, that nothing was written, and
what to do now.

Such a failure is still our bug (a table or text the report's layout did not foresee, such
as a single cell taller than a page), so its traceback goes to the crash log as well, for
the report we ask for. It is told apart from other bugs by where it was raised: ReportLab's
`LayoutError`, or any error raised by ReportLab's own layout code (`reportlab.platypus`,
for instance a table given a negative width); an error in our own code is not one.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from scorer.core.errors import ScorerError

_PLATYPUS = "reportlab.platypus"


@contextlib.contextmanager
def laying_out(path: Path, what: str, instead: str) -> Iterator[None]:
    """Build the report `what` for `path` inside the block; `instead`: what the user can do
    meanwhile, said after "nothing was written"."""
    try:
        yield
    except ScorerError:
        raise
    except Exception as exc:
        if not is_layout_failure(exc):
            raise
        raise layout_problem(exc, path, what, instead) from exc


def is_layout_failure(error: BaseException) -> bool:
    """Whether ReportLab's layout raised `error` (never true if ReportLab was not loaded)."""
    platypus = sys.modules.get(_PLATYPUS)
    if platypus is None:
        return False
    from reportlab.platypus.doctemplate import LayoutError

    if isinstance(error, LayoutError):
        return True
    trace = error.__traceback__
    while trace is not None and trace.tb_next is not None:
        trace = trace.tb_next
    if trace is None:
        return False
    module = trace.tb_frame.f_globals.get("__name__", "")
    return isinstance(module, str) and module.startswith(_PLATYPUS + ".")


def layout_problem(error: BaseException, path: Path, what: str, instead: str) -> ScorerError:
    """The message: what failed and where (the page, the table's first cell), when ReportLab
    said; nothing written; what to do; where the details are."""
    from scorer.crash import write_crash_log

    text = str(error)
    where = []
    page = re.search(r"\bon page (\d+)", text)
    if page:
        where.append(f"on page {page.group(1)}")
    cell = re.search(r"containing\s+'(?:<[^>]*>)?([^'\n]{1,60})", text)
    if cell:
        where.append(f"in the table headed '{cell.group(1).strip()}'")
    place = f" ({', '.join(where)})" if where else ""
    try:
        details = f"details are in {write_crash_log(error, error.__traceback__)}"
    except OSError as exc:
        details = f"no details could be saved ({exc.strerror})"
    return ScorerError(
        f"the {what} could not be laid out on A4 pages{place}: a table or text too large "
        f"for a page; nothing was written. {instead}. Please report this; {details}",
        path=path,
    )
