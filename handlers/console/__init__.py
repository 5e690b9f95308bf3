"""The staff web console (FastAPI, server-rendered): ``create_app(cases=…, staff=…, settings=…, clock=…)``."""

from handlers.console.app import create_app

__all__ = ["create_app"]
