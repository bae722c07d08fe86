"""Follow-up between evaluations: the previous evaluation's snapshot and the statuses of
its recommendations.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "previous_evaluation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("snapshot", sa.Text, nullable=False),
        sa.Column("snapshot_sha256", sa.String(64), nullable=False),
        sa.Column("file_id", sa.String(36), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("linked_at", sa.String(24), nullable=False),
    )
    op.create_table(
        "follow_up",
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("status", sa.String(16), nullable=True),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
