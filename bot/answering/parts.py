"""A message that asks several things ("能领失业金吗？签了还能反悔吗？") is answered part by part.

Each question is matched as the worker wrote it: read alone, "签了还能反悔吗" finds the rule its own words
name, where read after the situation it found the situation's rule again (the lead). The situation is not
lost: the part model (``knowledge.rules.part_candidates``) also weighs how near a rule is to the whole
message, and a first question written in one sentence with the situation keeps it."""

from __future__ import annotations

import re

# An English full stop ends a sentence only before a space ("8000.50" is a number).
_SENTENCE = re.compile(r"(?:[^。？！?!；;\n.]|\.(?!\s))+(?:[。？！?!；;]|\.(?=\s))?")
_ASKS = re.compile(
    r"[？?]$|吗|呢|么|怎么|怎样|如何|多少|多久|多长|几个|几天|哪里|哪儿|去哪|找谁|什么|能不能|可不可以|是不是|"
    r"有没有|要不要|会不会|算不算|该不该|是否|\b(can|how|what|when|where|who|is|are|do|does|should|will)\b",
    re.IGNORECASE,
)
_MIN_CHARS = 4
# A question of this many Chinese characters (or English words) or fewer leans on the sentence before it.
_SHORT_CHARS = 8
_SHORT_WORDS = 4
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A sentence that asks outright, not only by a question word that may count things ("叫上几个兄弟": 几个 counts people).
_OUTRIGHT = re.compile(r"[？?]\s*$|吗|呢|能不能|可不可以|行不行|可以不|会不会|要不要|算不算|合不合法|违不违法|"
                       r"\b(?:should|can|could|may|is it|is that|am i)\b", re.IGNORECASE)


def sentences(text: str) -> list[str]:
    """The sentences of a message, each as written."""
    return _SENTENCE.findall(text)


def asking_sentences(text: str) -> list[str]:
    """The sentences of a message that ask something, each as written."""
    questions = [s.strip() for s in sentences(text) if _ASKS.search(s)]
    return [q for q in questions if len(q.rstrip("？?！!。；;")) >= _MIN_CHARS]


def asked_outright(text: str) -> list[str]:
    """The sentences of a message that ask something outright (a question mark, 吗, 能不能, should …)."""
    return [q for q in asking_sentences(text) if _OUTRIGHT.search(q)]


def question_parts(text: str) -> list[str]:
    """The separate questions of a message, each as written (the sentences that ask something); [] when it
    asks one thing. A question too short to name its matter ("我要赔吗？", "Is that legal?") is read with the
    statement just before it ("老东家说要告我，让我赔5万违约金。我要赔吗？"), never with another question."""
    questions: list[str] = []
    before = ""  # the statement just before, when the sentence before was one
    for sentence in sentences(text):
        said = sentence.strip()
        if not _ASKS.search(sentence):
            before = said
            continue
        if len(said.rstrip("？?！!。；;")) >= _MIN_CHARS:
            gap = "" if _CJK.search(said) else " "
            questions.append(f"{before}{gap}{said}" if before and _leans_on_context(said) else said)
        before = ""
    return questions if len(questions) >= 2 else []


def _leans_on_context(question: str) -> bool:
    """Whether a question is too short to be matched alone: a few Chinese characters, or a few English words."""
    core = question.rstrip("？?！!。；;").strip()
    if _CJK.search(core):
        return len(_CJK.findall(core)) <= _SHORT_CHARS
    return len(core.split()) <= _SHORT_WORDS
