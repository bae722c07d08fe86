"""Storage: the scoring file (SQLite through SQLAlchemy), its migrations and JSON interchange."""
