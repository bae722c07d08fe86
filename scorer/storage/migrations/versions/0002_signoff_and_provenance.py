"""Sign-off records and merge provenance.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signoff",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("signed_by", sa.Text, nullable=False),
        sa.Column("signed_at", sa.String(24), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("voided_at", sa.String(24), nullable=True),
        sa.Column("voided_by", sa.Text, nullable=True),
        sa.Column("void_reason", sa.Text, nullable=True),
    )
    op.create_table(
        "merge_source",
        sa.Column("file_id", sa.String(36), primary_key=True),
        sa.Column("assessor", sa.String(36), sa.ForeignKey("assessor.key"), nullable=False),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("revision_at", sa.String(24), nullable=False),
        sa.Column("merged_at", sa.String(24), nullable=False),
    )
