"""Legal-aid staff accounts: who may claim, reply to and close cases, in Telegram and the console.

Passwords are hashed with Argon2id; console sessions are random tokens of which only a SHA-256
digest is stored (a leaked table does not log anyone in), each with its own CSRF token; repeated
failed logins lock the account for a while.
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.engine import Engine

from bot.clock import Clock, utc_now
from bot.db import metadata

logger = logging.getLogger(__name__)

staff = Table(
    "staff",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(64), nullable=False, unique=True),
    Column("display_name", String(100), nullable=False),
    Column("password_hash", String(255), nullable=True),
    Column("telegram_user_id", BigInteger, nullable=True, unique=True),
    Column("active", Boolean, nullable=False, default=True),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until", DateTime(timezone=True), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_login_at", DateTime(timezone=True), nullable=True),
)

staff_sessions = Table(
    "staff_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("staff_id", Integer, ForeignKey("staff.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
)

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD = 10


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: int
    username: str
    display_name: str
    telegram_user_id: int | None
    active: bool
    has_password: bool


@dataclass(frozen=True, slots=True)
class Session:
    token: str  # only the browser holds it; the database keeps its digest
    csrf_token: str
    staff: StaffMember


class LoginError(Exception):
    """A refused login; ``locked`` says whether the account is locked for now, ``retry_in`` for how long."""

    def __init__(self, locked: bool = False, retry_in: timedelta | None = None):
        self.locked = locked
        self.retry_in = retry_in
        super().__init__("account locked" if locked else "wrong username or password")


def _aware(d: datetime | None) -> datetime | None:
    return d if d is None or d.tzinfo else d.replace(tzinfo=UTC)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _member(row) -> StaffMember:
    return StaffMember(row.id, row.username, row.display_name, row.telegram_user_id, row.active,
                       bool(row.password_hash))


class StaffDirectory:
    """Staff accounts, console sessions and login lockout in the application database."""

    def __init__(self, engine: Engine, *, max_failures: int | None = 5, lockout: timedelta = timedelta(minutes=15),
                 session_ttl: timedelta = timedelta(hours=12), clock: Clock = utc_now) -> None:
        self.engine = engine
        self.clock = clock
        self.max_failures = max_failures  # None: no account-wide lock (the caller throttles by address)
        self.lockout = lockout
        self.session_ttl = session_ttl
        self._hasher = PasswordHasher()
        self._dummy: str | None = None

    def _dummy_hash(self) -> str:
        """What unknown, inactive or passwordless accounts are verified against (the same work as a real
        check), made on the first such login rather than at start-up."""
        if self._dummy is None:
            self._dummy = self._hasher.hash(secrets.token_urlsafe(16))
        return self._dummy

    # ---- accounts ------------------------------------------------------------------------------

    def add(self, *, username: str, display_name: str, password: str | None = None,
            telegram_user_id: int | None = None) -> StaffMember:
        """Create an account; raise ValueError for a bad username, a short password or a duplicate."""
        username = username.strip().lower()
        if not _USERNAME.match(username):
            raise ValueError("username: 2-64 characters of a-z, 0-9, '.', '_' and '-'")
        if password is not None and len(password) < MIN_PASSWORD:
            raise ValueError(f"password: at least {MIN_PASSWORD} characters")
        if not display_name.strip():
            raise ValueError("display name is empty")
        with self.engine.begin() as conn:
            taken = conn.execute(select(staff.c.id).where(
                (staff.c.username == username)
                | ((staff.c.telegram_user_id == telegram_user_id) if telegram_user_id is not None else False)
            )).first()
            if taken:
                raise ValueError("an account with this username or Telegram id exists")
            new_id = conn.execute(insert(staff).values(
                username=username, display_name=display_name.strip()[:100],
                password_hash=self._hasher.hash(password) if password else None,
                telegram_user_id=telegram_user_id, active=True, failed_logins=0, created_at=self.clock(),
            )).inserted_primary_key[0]
        logger.info("Staff account %s created", new_id)
        return self.get(int(new_id))

    def set_password(self, staff_id: int, password: str) -> None:
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"password: at least {MIN_PASSWORD} characters")
        with self.engine.begin() as conn:
            conn.execute(update(staff).where(staff.c.id == staff_id).values(
                password_hash=self._hasher.hash(password), failed_logins=0, locked_until=None))
            conn.execute(delete(staff_sessions).where(staff_sessions.c.staff_id == staff_id))

    def deactivate(self, staff_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(staff).where(staff.c.id == staff_id).values(active=False))
            conn.execute(delete(staff_sessions).where(staff_sessions.c.staff_id == staff_id))

    def get(self, staff_id: int) -> StaffMember | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(staff).where(staff.c.id == staff_id)).first()
        return _member(row) if row else None

    def by_username(self, username: str) -> StaffMember | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(staff).where(staff.c.username == username.strip().lower())).first()
        return _member(row) if row else None

    def by_telegram_id(self, telegram_user_id: int | None) -> StaffMember | None:
        """The active staff member with this Telegram account, or None (not staff)."""
        if telegram_user_id is None:
            return None
        with self.engine.connect() as conn:
            row = conn.execute(select(staff).where(staff.c.telegram_user_id == telegram_user_id)
                               .where(staff.c.active.is_(True))).first()
        return _member(row) if row else None

    def all(self) -> list[StaffMember]:
        with self.engine.connect() as conn:
            return [_member(r) for r in conn.execute(select(staff).order_by(staff.c.username))]

    # ---- console sessions ----------------------------------------------------------------------

    def login(self, username: str, password: str, *, now: datetime | None = None) -> Session:
        """Check the password and open a session; raise LoginError (same message for unknown users)."""
        now = now or self.clock()
        failure: LoginError | None = None
        with self.engine.begin() as conn:
            row = conn.execute(select(staff).where(staff.c.username == username.strip().lower())).first()
            if row is None or not row.active or not row.password_hash:
                try:  # same cost as a real check: no user enumeration by timing
                    self._hasher.verify(self._dummy_hash(), password)
                except (VerificationError, InvalidHashError):
                    pass
                raise LoginError()
            locked_until = _aware(row.locked_until)
            if locked_until and locked_until > now:
                raise LoginError(locked=True, retry_in=locked_until - now)
            try:
                self._hasher.verify(row.password_hash, password)
            except (VerificationError, InvalidHashError):
                failures = row.failed_logins + 1
                locked = self.max_failures is not None and failures >= self.max_failures
                conn.execute(update(staff).where(staff.c.id == row.id).values(
                    failed_logins=0 if locked else failures, locked_until=now + self.lockout if locked else None))
                if locked:
                    logger.warning("Staff account %s locked after %d failed logins", row.id, failures)
                # Raised after the transaction commits: the failure count must be kept.
                failure = LoginError(locked=locked, retry_in=self.lockout if locked else None)
            else:
                values: dict = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
                if self._hasher.check_needs_rehash(row.password_hash):
                    values["password_hash"] = self._hasher.hash(password)
                conn.execute(update(staff).where(staff.c.id == row.id).values(**values))
                token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
                conn.execute(insert(staff_sessions).values(
                    token_hash=_digest(token), staff_id=row.id, csrf_token=csrf, created_at=now,
                    expires_at=now + self.session_ttl, last_seen_at=now))
        if failure is not None:
            raise failure
        return Session(token, csrf, self.get(row.id))

    def session(self, token: str | None, *, now: datetime | None = None) -> Session | None:
        """The live session for a cookie's token, or None (unknown, expired or account deactivated)."""
        if not token:
            return None
        now = now or self.clock()
        with self.engine.begin() as conn:
            row = conn.execute(
                select(staff_sessions, staff.c.active).join(staff, staff.c.id == staff_sessions.c.staff_id)
                .where(staff_sessions.c.token_hash == _digest(token))
            ).first()
            if row is None:
                return None
            if _aware(row.expires_at) <= now or not row.active:
                conn.execute(delete(staff_sessions).where(staff_sessions.c.token_hash == row.token_hash))
                return None
            conn.execute(update(staff_sessions).where(staff_sessions.c.token_hash == row.token_hash)
                         .values(last_seen_at=now))
        return Session(token, row.csrf_token, self.get(row.staff_id))

    def logout(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(staff_sessions).where(staff_sessions.c.token_hash == _digest(token)))
