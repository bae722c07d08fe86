"""Smart City Scorer: score, minute and merge smart city evaluation sessions.

Importing the package must stay cheap: `--version` and the CLI's quick commands go
through here, so nothing heavy (Qt, SQLAlchemy, ReportLab, matplotlib) is imported.
"""

__version__ = "0.1.0"
APP_NAME = "Smart City Scorer"
