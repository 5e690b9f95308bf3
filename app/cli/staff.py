"""Commands for legal-aid staff: their accounts, and the web console (application database only)."""

from __future__ import annotations

import argparse
import getpass
import sys

from rich.table import Table

from app.cli.terminal import console, print_error
from app.container import Container
from bot.staff import StaffDirectory, StaffMember


def _read_password(args, *, prompt: str = "Password: ") -> str | None:
    """The new password from stdin (--password-stdin) or typed twice; None when they differ."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Repeat the password: ") != first:
        print_error("the passwords differ")
        return None
    return first


def cmd_staff(container: Container, args) -> int:
    """Manage legal-aid staff accounts (console logins, Telegram staff)."""
    return _STAFF_COMMANDS[args.staff_command](container.staff, args)


def _staff_add(staff: StaffDirectory, args) -> int:
    password = None
    if not args.no_password:
        password = _read_password(args)
        if password is None:
            return 2
    try:
        member = staff.add(username=args.username, display_name=args.name, password=password,
                           telegram_user_id=args.telegram_id)
    except ValueError as exc:
        print_error(str(exc))
        return 2
    login = "console login" if member.has_password else "no console login (Telegram only)"
    console.print(f"added {member.username} ({member.display_name}), {login}", markup=False, highlight=False)
    return 0


def _staff_list(staff: StaffDirectory, args) -> int:
    table = Table(title="Staff")
    for col in ("username", "name", "telegram id", "console login", "active"):
        table.add_column(col)
    for m in staff.all():
        table.add_row(m.username, m.display_name, str(m.telegram_user_id or "-"), "yes" if m.has_password else "no",
                      "yes" if m.active else "no")
    console.print(table)
    return 0


def _staff_member(staff: StaffDirectory, username: str) -> StaffMember | None:
    member = staff.by_username(username)
    if member is None:
        print_error(f"no staff account named {username!r}")
    return member


def _staff_passwd(staff: StaffDirectory, args) -> int:
    member = _staff_member(staff, args.username)
    password = _read_password(args, prompt="New password: ") if member else None
    if password is None:
        return 2
    try:
        staff.set_password(member.id, password)
    except ValueError as exc:
        print_error(str(exc))
        return 2
    console.print(f"password of {member.username} changed; their console sessions were ended", markup=False)
    return 0


def _staff_deactivate(staff: StaffDirectory, args) -> int:
    member = _staff_member(staff, args.username)
    if member is None:
        return 2
    staff.deactivate(member.id)
    console.print(f"deactivated {member.username}; their console sessions were ended", markup=False)
    return 0


_STAFF_COMMANDS = {"add": _staff_add, "list": _staff_list, "passwd": _staff_passwd, "deactivate": _staff_deactivate}


def cmd_console(settings, args) -> int:
    """Run the staff web console (uvicorn); it opens and closes its own database connection."""
    import uvicorn

    from app.console import open_console

    host, port = args.host or settings.console.host, args.port or settings.console.port
    uvicorn.run(open_console(settings), host=host, port=port,
                log_config=None, access_log=False)  # the console logs requests itself, without query strings
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("staff", help="manage legal-aid staff accounts")
    p.set_defaults(func=cmd_staff, opens="database")
    staff = p.add_subparsers(dest="staff_command", required=True)
    s = staff.add_parser("add", help="add a staff member (console password and/or Telegram account)")
    s.add_argument("username", help="login name: 2-64 characters of a-z, 0-9, '.', '_' and '-'")
    s.add_argument("--name", required=True, help='name shown to workers and colleagues, e.g. "王律师"')
    s.add_argument("--telegram-id", type=int, help="their Telegram user id (to act in the staff group)")
    how = s.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    how.add_argument("--no-password", action="store_true", help="no console login (Telegram-only staff)")
    s = staff.add_parser("list", help="list staff accounts")
    s = staff.add_parser("passwd", help="set a staff member's console password (ends their sessions)")
    s.add_argument("username")
    s.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    s = staff.add_parser("deactivate", help="deactivate a staff account (ends their sessions)")
    s.add_argument("username")

    p = sub.add_parser("console", help="run the staff web console")
    p.add_argument("--host", help="listen address (default: CONSOLE__HOST, 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default: CONSOLE__PORT, 8080)")
    p.set_defaults(func=cmd_console, opens="nothing")
