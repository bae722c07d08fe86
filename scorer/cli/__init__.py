"""The command-line interface over the same core as the GUI.

Each command lives in its own module with `register(subparsers)`; the names are listed here
so that the entry point can tell a command from a file name without importing anything.
"""

COMMAND_NAMES = (
    "demo",
    "export-json",
    "import-json",
    "check",
    "minutes",
    "sign-off",
    "reopen",
    "sign",
    "verify",
    "merge",
    "consensus",
    "follow-up",
)

# Module of each command, in the order `--help` lists them (also read by installer.spec).
COMMAND_MODULES = (
    "scorer.cli.demo",
    "scorer.cli.interchange",
    "scorer.cli.check",
    "scorer.cli.minutes",
    "scorer.cli.merge",
    "scorer.cli.followup",
)
