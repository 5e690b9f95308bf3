"""A message that asks several things ("能领失业金吗？能领多久？") is answered part by part.

The situation the worker describes (the sentences that ask nothing) is kept in front of each question,
so that "能领多久" is matched as "被辞退了，交了3年失业保险，能领多久"."""

from __future__ import annotations

import re

# An English full stop ends a sentence only before a space ("8000.50" is a number).
_SENTENCE = re.compile(r"(?:[^。？！?!；;\n.]|\.(?!\s))+(?:[。？！?!；;]|\.(?=\s))?")
_CLAUSE = re.compile(r"(?:[^，,。？！?!；;\n.]|\.(?!\s))+(?:[，,。？！?!；;]|\.(?=\s))?")
_ASKS = re.compile(
    r"[？?]$|吗|呢|么|怎么|怎样|如何|多少|多久|多长|几个|几天|哪里|哪儿|去哪|找谁|什么|能不能|可不可以|是不是|"
    r"有没有|要不要|会不会|算不算|该不该|是否|\b(can|how|what|when|where|who|is|are|do|does|should|will)\b",
    re.IGNORECASE,
)
_MIN_CHARS = 4


def question_parts(text: str) -> list[str]:
    """The separate questions of a message, each with the situation in front; [] when it asks one thing."""
    questions = [s.strip() for s in _SENTENCE.findall(text) if _ASKS.search(s)]
    questions = [q for q in questions if len(q.rstrip("？?！!。；;")) >= _MIN_CHARS]
    if len(questions) < 2:
        return []
    # The situation: everything before the first clause that asks something.
    first = next((m.start() for m in _CLAUSE.finditer(text) if _ASKS.search(m.group())), 0)
    context = text[:first].strip()[-120:]
    sep = " " if context and context[-1].isascii() else ""
    return [q if q.startswith(context) else f"{context}{sep}{q}" for q in questions]
