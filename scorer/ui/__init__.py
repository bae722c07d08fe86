"""The Qt user interface: thin widgets over the core and storage. The only Qt importer."""

import sys

from scorer.ui.pyside_fixes import keep_immortals_alive, quicken_feature_check

keep_immortals_alive()
quicken_feature_check()
# The live charts, the evidence encoder and the write retries run in Python worker threads.
# With Python's default 5 ms switch interval, the GUI thread waited ~30 ms (up to 80) for
# the GIL while a chart rendered; at 0.5 ms it gets it back within a few ms, so a key
# press is answered at once (bench/bench_gui.py measures the longest event-loop gap).
sys.setswitchinterval(0.0005)
