"""Alembic environment: always run on a connection handed over by scorer.storage.migrate."""

from alembic import context

from scorer.storage.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
