"""Labor-law calculators: double wages, economic compensation, overtime pay, deadlines.

Each calculator turns a few typed facts into a Calculation: the amount (or deadline), phrases
stating it (a summary, the formula with the figures filled in, caveats that change the amount or
the claim, background notes) and the articles it rests on. Pure functions, no I/O, no wording, the
day passed in: ``bot.locales`` words the phrases in each language.

One module per calculator (``compensation`` holds economic compensation and unlawful dismissal,
which share the service-years rule); ``model`` holds the types, ``period`` turns durations ("干了
13年", "离职10个月了") into dates, ``registry`` runs them. A new
calculator is a module here, an entry in ``registry.CALCULATORS`` and its words in each locale.
"""

from __future__ import annotations

from knowledge.calculators.model import (
    Basis,
    Calculation,
    Calculator,
    InputSpec,
    InvalidInput,
    MissingInputs,
    Phrase,
)
from knowledge.calculators.registry import CALCULATORS, missing_inputs, run

__all__ = [
    "CALCULATORS",
    "Basis",
    "Calculation",
    "Calculator",
    "InputSpec",
    "InvalidInput",
    "MissingInputs",
    "Phrase",
    "missing_inputs",
    "run",
]
