"""Webhook replicas share one flood window per user: the rate_windows table (TELEGRAM__RATE_LIMIT_SHARED).

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
        "rate_windows",
        sa.Column("user_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("hits", sa.Text, nullable=False),
        sa.Column("noticed_at", sa.Float, nullable=True),
        sa.Column("last_at", sa.Float, nullable=False),
    )
    op.create_index("ix_rate_windows_last_at", "rate_windows", ["last_at"])


def downgrade() -> None:
    op.drop_table("rate_windows")
