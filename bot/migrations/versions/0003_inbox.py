"""Nothing lost and nothing twice across a crash: the inbox of incoming updates (with the output calls
made while handling them), and the outbox's record of each delivery attempt.

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "inbox",
        sa.Column("update_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("chat_id", sa.BigInteger, nullable=True),
        sa.Column("user_id", sa.BigInteger, nullable=True),
        sa.Column("payload", sa.Text, nullable=True),
        sa.Column("received_at", TS, nullable=False),
        sa.Column("committed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("handled_at", TS, nullable=True),
    )
    op.create_index("ix_inbox_unhandled", "inbox", ["handled_at", "update_id"])
    op.create_index("ix_inbox_user_id", "inbox", ["user_id"])
    op.create_table(
        "inbox_sends",
        sa.Column("update_id", sa.BigInteger, sa.ForeignKey("inbox.update_id", ondelete="CASCADE"),
                  primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("method", sa.String(40), nullable=False),
        sa.Column("params", sa.Text, nullable=False),
        sa.Column("attempted_at", TS, nullable=False),
        sa.Column("response", sa.LargeBinary, nullable=True),
    )
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(32), nullable=True))
        batch.add_column(sa.Column("attempt_at", TS, nullable=True))
        batch.add_column(sa.Column("accepted", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("accepted")
        batch.drop_column("attempt_at")
        batch.drop_column("lease_owner")
    op.drop_table("inbox_sends")
    op.drop_table("inbox")
