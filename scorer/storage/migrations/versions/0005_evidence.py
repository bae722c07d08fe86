"""Supporting evidence (bukti dukung): content-addressed blobs, the evidence that refers to
them, and requests for evidence still to come.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("blob_sha256", sa.String(64), sa.ForeignKey("blob.sha256"), nullable=False),
        sa.Column("item_id", sa.String(32), nullable=True),
        sa.Column("phase", sa.String(16), nullable=False),
        sa.Column("captured_at", sa.String(24), nullable=False),
        sa.Column("caption", sa.Text, nullable=False, server_default=""),
        sa.Column("assessor", sa.String(36), sa.ForeignKey("assessor.key"), nullable=False),
        sa.Column("original_name", sa.Text, nullable=False, server_default=""),
        sa.Column("width", sa.Integer, nullable=True),
        sa.Column("height", sa.Integer, nullable=True),
    )
    op.create_index("evidence_blob", "evidence", ["blob_sha256"])
    op.create_table(
        "evidence_request",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.String(32), nullable=False),
        sa.Column("what", sa.Text, nullable=False),
        sa.Column("due_at", sa.String(24), nullable=False),
        sa.Column("requested_at", sa.String(24), nullable=False),
        sa.Column("assessor", sa.String(36), sa.ForeignKey("assessor.key"), nullable=False),
        sa.Column("fulfilled_at", sa.String(24), nullable=True),
        sa.Column("fulfilled_by", sa.Text, nullable=True),
        sa.Column("evidence_id", sa.Integer, nullable=True),
    )
