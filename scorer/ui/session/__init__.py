"""The live session's pages: one module per phase, hosted by `view.SessionView`."""
