"""The first scoring-file schema: evaluation, session, scores, notes, Q&A, audit log.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "file_info",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("file_id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(24), nullable=False),
        sa.Column("created_app_version", sa.String(32), nullable=False),
        sa.Column("app_version", sa.String(32), nullable=False),
        sa.Column("owner", sa.String(36), nullable=False),
        sa.Column("rubric_id", sa.String(100), nullable=False),
        sa.Column("rubric_version", sa.String(50), nullable=False),
        sa.Column("rubric_sha256", sa.String(64), nullable=False),
        sa.Column("rubric_source", sa.Text, nullable=False),
    )
    op.create_table(
        "evaluation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("programme", sa.Text, nullable=False),
        sa.Column("region", sa.Text, nullable=False),
        sa.Column("region_kind", sa.String(16), nullable=False),
        sa.Column("province", sa.Text, nullable=False),
        sa.Column("stage", sa.Integer, nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("timezone", sa.String(4), nullable=False),
    )
    op.create_table(
        "session_info",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("date", sa.String(10), nullable=False),
        sa.Column("medium", sa.Text, nullable=False),
        sa.Column("venue", sa.Text, nullable=False),
        sa.Column("agenda", sa.Text, nullable=False),
        sa.Column("current_phase", sa.String(16), nullable=False),
    )
    op.create_table(
        "phase_time",
        sa.Column("phase", sa.String(16), primary_key=True),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("planned_minutes", sa.Integer, nullable=False),
        sa.Column("started_at", sa.String(24), nullable=True),
        sa.Column("ended_at", sa.String(24), nullable=True),
    )
    op.create_table(
        "assessor",
        sa.Column("key", sa.String(36), primary_key=True),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("nip", sa.String(32), nullable=False),
        sa.Column("institution", sa.Text, nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
    )
    op.create_table(
        "attendee",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("position", sa.Text, nullable=False),
        sa.Column("organisation", sa.Text, nullable=False),
    )
    op.create_table(
        "score",
        sa.Column("assessor", sa.String(36), sa.ForeignKey("assessor.key"), primary_key=True),
        sa.Column("item_id", sa.String(32), primary_key=True),
        sa.Column("level", sa.Integer, nullable=True),
        sa.Column("not_applicable", sa.Boolean, nullable=False),
        sa.Column("percent", sa.String(16), nullable=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("updated_at", sa.String(24), nullable=False),
    )
    op.create_table(
        "note",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", sa.String(24), nullable=False),
        sa.Column("phase", sa.String(16), nullable=False),
        sa.Column("elapsed_seconds", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("assessor", sa.String(36), sa.ForeignKey("assessor.key"), nullable=False),
        sa.Column("item_id", sa.String(32), nullable=True),
        sa.Column("dimension_id", sa.String(32), nullable=True),
    )
    op.create_table(
        "qa_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("asker", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("responder", sa.Text, nullable=False),
        sa.Column("asked_at", sa.String(24), nullable=False),
        sa.Column("dimensions", sa.Text, nullable=False),
    )
    op.create_table(
        "conclusion",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "recommendation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("person_in_charge", sa.Text, nullable=False),
        sa.Column("deadline", sa.String(10), nullable=True),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.String(24), nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("old", sa.Text, nullable=True),
        sa.Column("new", sa.Text, nullable=True),
    )
