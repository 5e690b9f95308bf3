"""Escalation to legal-aid staff: staff accounts and sessions, cases, their messages and history,
and the outbox of Telegram deliveries.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=True),
        sa.Column("telegram_user_id", sa.BigInteger, nullable=True, unique=True),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("failed_logins", sa.Integer, nullable=False),
        sa.Column("locked_until", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("last_login_at", TS, nullable=True),
    )
    op.create_table(
        "staff_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id", ondelete="CASCADE"), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("last_seen_at", TS, nullable=False),
    )
    op.create_index("ix_staff_sessions_staff_id", "staff_sessions", ["staff_id"])
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("number", sa.String(24), nullable=False, unique=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("priority", sa.String(10), nullable=False),
        sa.Column("priority_reasons", sa.Text, nullable=False),
        sa.Column("topic", sa.String(40), nullable=True),
        sa.Column("language", sa.String(5), nullable=False),
        sa.Column("conversation_id", sa.String(100), nullable=True),
        sa.Column("worker_chat_id", sa.BigInteger, nullable=True),
        sa.Column("worker_name", sa.String(200), nullable=True),
        sa.Column("phone", sa.String(32), nullable=True),
        sa.Column("facts", sa.Text, nullable=False),
        sa.Column("question", sa.Text, nullable=True),
        sa.Column("answer_text", sa.Text, nullable=True),
        sa.Column("citations", sa.Text, nullable=False),
        sa.Column("calculations", sa.Text, nullable=False),
        sa.Column("assignee_id", sa.Integer, sa.ForeignKey("staff.id", ondelete="SET NULL"), nullable=True),
        sa.Column("staff_chat_id", sa.BigInteger, nullable=True),
        sa.Column("staff_thread_id", sa.Integer, nullable=True),
        sa.Column("packet_message_id", sa.Integer, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("claimed_at", TS, nullable=True),
        sa.Column("first_response_at", TS, nullable=True),
        sa.Column("closed_at", TS, nullable=True),
        sa.Column("outcome", sa.String(40), nullable=True),
        sa.Column("feedback", sa.Integer, nullable=True),
        sa.Column("announced_at", TS, nullable=True),
        sa.Column("anonymized", sa.Boolean, nullable=False),
    )
    op.create_index("ix_cases_status_priority", "cases", ["status", "priority"])
    op.create_index("ix_cases_conversation_id", "cases", ["conversation_id"])
    op.create_index("ix_cases_assignee_id", "cases", ["assignee_id"])
    op.create_table(
        "case_messages",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("sender", sa.String(10), nullable=False),
        sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id", ondelete="SET NULL"), nullable=True),
        sa.Column("author", sa.String(100), nullable=True),
        sa.Column("channel", sa.String(12), nullable=False),
        sa.Column("text", sa.Text, nullable=True),
        sa.Column("delivered_at", TS, nullable=True),
        sa.Column("staff_message_id", sa.Integer, nullable=True),
    )
    op.create_index("ix_case_messages_case_id", "case_messages", ["case_id"])
    op.create_index("ix_case_messages_staff_message_id", "case_messages", ["staff_message_id"])
    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_case_events_case_id", "case_events", ["case_id"])
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False),
        sa.Column("message_id", sa.Integer, sa.ForeignKey("case_messages.id", ondelete="CASCADE"), nullable=True),
        sa.Column("target", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("lease_until", TS, nullable=True),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.String(300), nullable=True),
    )
    op.create_index("ix_outbox_pending", "outbox", ["sent_at", "next_attempt_at"])
    op.create_index("ix_outbox_case_id", "outbox", ["case_id"])


def downgrade() -> None:
    for table in ("outbox", "case_events", "case_messages", "cases", "staff_sessions", "staff"):
        op.drop_table(table)
