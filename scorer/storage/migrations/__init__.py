"""Alembic migrations of the scoring file, shipped inside the package."""
