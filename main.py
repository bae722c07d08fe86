"""Smart City Scorer: `main.py [FILE]` opens the app; `main.py COMMAND ...` runs a command."""

import sys

from scorer.entry import main

if __name__ == "__main__":
    sys.exit(main())
