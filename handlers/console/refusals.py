"""What the console turns down. Raised from a dependency or a route, rendered by the one handler in ``app``."""

from __future__ import annotations

from bot.staff import Session


class Refusal(Exception):
    """A request the console refuses; ``app.refused`` turns each kind into its page or redirect."""


class LoginRequired(Refusal):
    """No live session: send the browser to the login page."""


class CsrfRefused(Refusal):
    """A POST without a valid CSRF token."""


class CaseNotFound(Refusal):
    """A page for a case that does not exist: 404, still showing who is logged in."""

    def __init__(self, case_id: int, session: Session) -> None:
        super().__init__(f"case {case_id} not found")
        self.case_id = case_id
        self.session = session


class FormRefused(Refusal):
    """A case form whose value the console cannot even read (no colleague chosen): back to the case."""


class BadFilter(Refusal):
    """A queue filter that is not a number the console can use (by hand in the address bar): 422."""
