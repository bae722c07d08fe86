"""Running the Alembic migrations shipped in the package.

The revision list is also kept here as plain data, so that opening a file that is already
current never imports Alembic (a test checks it against Alembic's own view).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

REVISIONS = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    config.attributes["connection"] = connection
    command.upgrade(config, target)
