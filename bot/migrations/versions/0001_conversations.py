"""Conversations and answered questions (the tables of the first release).

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
        "conversations",
        sa.Column("conversation_id", sa.String(100), primary_key=True),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("conversation_id", sa.String(100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("topic", sa.String(40), nullable=True),
        sa.Column("mode", sa.String(20), nullable=False),
        sa.Column("escalate", sa.Boolean, nullable=False),
        sa.Column("question", sa.Text, nullable=True),
        sa.Column("answer", sa.Text, nullable=True),
        sa.Column("citations", sa.Text, nullable=True),
        sa.Column("rating", sa.Integer, nullable=True),
    )
    op.create_index("ix_interactions_conversation_id", "interactions", ["conversation_id"])
    op.create_index("ix_interactions_created_at", "interactions", ["created_at"])


def downgrade() -> None:
    op.drop_table("interactions")
    op.drop_table("conversations")
