"""The console's pages, one module each: login, the queue, a case and its actions, the PDF export, statistics."""

from handlers.console.routes import actions, case, export, login, queue, stats

ROUTERS = (login.router, queue.router, case.router, actions.router, export.router, stats.router)

__all__ = ["ROUTERS"]
