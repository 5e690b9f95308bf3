"""What a calculator is made of and what it returns: inputs, results, legal basis, phrases.

Nothing here is worded for a reader. A result carries phrase codes with their figures and the
locales (``bot/locales``) hold the sentences, so a new language is a locale file, not a change here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Literal

from knowledge.numerals import article_label, parse_article_key

InputKind = Literal["money", "date", "months", "int", "bool", "hours", "choice", "overtime"]


@dataclass(frozen=True)
class Basis:
    """One article a calculation rests on: the law's catalogued title and the article key."""

    law: str
    article: str  # "82", "276之一"

    def __str__(self) -> str:
        parsed = parse_article_key(self.article)
        return f"《{self.law}》{article_label(*parsed) if parsed else self.article}"


@dataclass(frozen=True)
class Phrase:
    """A sentence to be worded by a locale: its code and the figures it states.

    Parameter values are language-neutral: figures already formatted ("8,000.00", "2023-04-01",
    "2.5"), counts as ``int``, flags as ``bool``, or nested phrases worded the same way.
    """

    code: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class InputSpec:
    """One fact a calculator needs; the locale words the question that asks for it (by ``name``).

    ``required`` inputs must be given unless one of ``required_unless`` is (an alternative, e.g. a
    tenure for a start date); an optional input becomes required when every (name, value) pair of
    ``required_if`` holds, or when a money input named in ``required_above`` exceeds its figure.
    ``may_be_unknown`` inputs accept "不知道" as an answer (the calculation then says what it
    could not check). Optional inputs fall back to ``default``.
    """

    name: str
    kind: InputKind
    choices: tuple[str, ...] = ()
    required: bool = True
    default: object = None
    required_unless: tuple[str, ...] = ()
    required_if: tuple[tuple[str, object], ...] = ()
    required_above: tuple[tuple[str, Decimal], ...] = ()
    may_be_unknown: bool = False

    def needed(self, values: Mapping[str, object]) -> bool:
        """Return whether this input must be given, considering the values given so far (typed or parsed)."""
        if any(present(values, n) for n in self.required_unless):
            return False
        if self.required_if and all(present(values, k) and values[k] == v for k, v in self.required_if):
            return True
        if any(isinstance(values.get(k), Decimal) and values[k] > v for k, v in self.required_above):
            return True
        return self.required


@dataclass(frozen=True)
class Calculation:
    """The result of one calculator: amount or deadline, its explanation as phrases, and the legal basis.

    ``summary`` states the result, ``formula`` shows the figures. ``caveats`` are the notes that
    change the amount or the claim for these figures (a cap applied or possible, a time bar, a
    deemed contract, a date estimated from a duration …), most important first: every one must
    reach the worker. ``notes`` are background, most useful first. ``bot.locales.render_calculation``
    words them in a language.
    """

    calculator: str
    amount: Decimal | None
    summary: Phrase
    formula: Phrase
    inputs: dict[str, str]
    basis: tuple[Basis, ...]
    notes: tuple[Phrase, ...] = ()
    deadline: date | None = None
    days_left: int | None = None  # deadline − today, negative once it has passed
    caveats: tuple[Phrase, ...] = ()


class MissingInputs(Exception):
    """Raised when required inputs are absent; ``missing`` lists them in the calculator's order."""

    def __init__(self, calculator: str, missing: list[InputSpec]):
        self.calculator = calculator
        self.missing = missing
        super().__init__(f"{calculator}: missing {', '.join(s.name for s in missing)}")


class InvalidInput(ValueError):
    """Raised when a given input cannot be read or contradicts another one.

    ``code`` and ``params`` name the problem; the locale words it (``bot.locales.invalid_message``).
    """

    def __init__(self, spec: InputSpec, code: str, **params: object):
        self.spec = spec
        self.code = code
        self.params = params
        super().__init__(f"{spec.name}: {code}")


@dataclass(frozen=True)
class Calculator:
    """A named calculator: its inputs (required first), the articles it may cite, its function.

    ``check`` validates typed values across fields (raising InvalidInput) before ``compute``.
    """

    name: str
    inputs: tuple[InputSpec, ...]
    compute: Callable[..., Calculation] = field(repr=False)
    basis: tuple[Basis, ...] = ()
    check: Callable[[Calculator, dict[str, object], date], None] | None = field(default=None, repr=False)

    def spec(self, name: str) -> InputSpec:
        """Return the input called ``name``."""
        for spec in self.inputs:
            if spec.name == name:
                return spec
        raise KeyError(name)


def present(values: Mapping[str, object], name: str) -> bool:
    """Return whether ``name`` was given a value (blank text counts as not given)."""
    value = values.get(name)
    return value is not None and not (isinstance(value, str) and not value.strip())
