"""Wording a calculator's result in a language: the phrases of ``knowledge.calculators`` → text.

The calculators return phrase codes with their figures; the words live in ``calculators_zh``
and ``calculators_en``. A third language is a third file and an entry in ``_BY_LANG``.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.locales import calculators_en, calculators_zh
from bot.locales.base import CalculatorText
from knowledge.calculators import Calculation, InvalidInput, Phrase

_BY_LANG = {"zh": calculators_zh.CALCULATORS, "en": calculators_en.CALCULATORS}


@dataclass(frozen=True, slots=True)
class CalculationText:
    """A calculation worded in one language.

    ``caveats`` change the amount or the claim (a cap, a time bar, an estimated date …) and must all
    be shown with the figure, most important first; ``notes`` are background, most useful first.
    """

    title: str
    summary: str
    formula: str
    notes: tuple[str, ...]
    caveats: tuple[str, ...] = ()


def calculator_text(lang: str) -> CalculatorText:
    """Return the calculators' words for ``lang`` ("zh" or "en"; anything else falls back to Chinese)."""
    return _BY_LANG.get(lang, calculators_zh.CALCULATORS)


def render_phrase(phrase: Phrase, lang: str) -> str:
    """Return ``phrase`` worded in ``lang``, its nested phrases first."""
    params = {name: _render_value(value, lang) for name, value in phrase.params.items()}
    template = calculator_text(lang).phrases[phrase.code]
    return template.format(**params) if isinstance(template, str) else template(**params)


def _render_value(value: object, lang: str) -> object:
    if isinstance(value, Phrase):
        return render_phrase(value, lang)
    if isinstance(value, tuple):
        return tuple(_render_value(v, lang) for v in value)
    return value


def render_calculation(calculation: Calculation, lang: str) -> CalculationText:
    """Return the title, summary, formula, caveats and notes of ``calculation`` in ``lang``."""
    return CalculationText(
        title=calculator_title(calculation.calculator, lang),
        summary=render_phrase(calculation.summary, lang),
        formula=render_phrase(calculation.formula, lang),
        notes=tuple(render_phrase(note, lang) for note in calculation.notes),
        caveats=tuple(render_phrase(caveat, lang) for caveat in calculation.caveats),
    )


def calculator_title(name: str, lang: str) -> str:
    """Return the title of calculator ``name`` in ``lang``."""
    return calculator_text(lang).titles[name]


def input_prompt(calculator: str, spec_name: str, lang: str) -> str:
    """Return the question that asks the worker for input ``spec_name`` of ``calculator``."""
    return calculator_text(lang).prompts[calculator][spec_name]


def invalid_message(error: InvalidInput, lang: str) -> str:
    """Return what is wrong with an input, in ``lang``."""
    return calculator_text(lang).errors[error.code].format(**error.params)
