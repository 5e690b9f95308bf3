"""Output shared by the commands: one rich console, errors in red."""

from __future__ import annotations

from rich.console import Console

console = Console()


def print_error(message: str) -> None:
    console.print(f"error: {message}", style="red", markup=False, highlight=False)
