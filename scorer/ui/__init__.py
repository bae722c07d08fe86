"""The Qt user interface: thin widgets over the core and storage. The only Qt importer."""

from scorer.ui.pyside_fixes import keep_immortals_alive, quicken_feature_check

keep_immortals_alive()
quicken_feature_check()
