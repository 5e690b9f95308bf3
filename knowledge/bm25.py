"""BM25 over articles with jieba search-mode tokens (bm25s), rebuilt when the catalog changes."""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Sequence

import bm25s
import jieba
import numpy as np

logger = logging.getLogger(__name__)
# bm25s sets its own logger to DEBUG on import; its per-index chatter is not ours to show.
logging.getLogger("bm25s").setLevel(logging.WARNING)

_TOKEN_OK = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
STOPWORDS = frozenset(
    ["的", "了", "是", "在", "和", "与", "及", "或", "并", "等", "我", "你", "他", "她", "它", "我们", "他们", "这", "那", "这个", "那个", "个", "吗", "呢", "吧", "啊", "呀", "么", "嘛", "哦", "什么", "怎么", "怎么办", "咋", "咋办", "如何", "怎样", "可以", "能", "能不能", "是不是", "有没有", "会", "要", "想", "就", "都", "也", "还", "又", "很", "太", "一个", "一下", "现在", "已经", "但是", "可是", "因为", "所以", "如果", "然后", "而且", "自己", "说", "让", "把", "被", "给", "对", "从", "到", "向", "上", "下", "中", "里", "后", "前", "时", "时候", "之", "其", "该", "应", "应当", "应该", "规定", "本法", "条例", "有关", "按照", "依照", "依法", "情形"]
)

_jieba_lock = threading.Lock()
_jieba_ready = False
_words_added: set[str] = set()  # jieba counts a word's frequency into its total again at every add


def _ensure_jieba() -> None:
    global _jieba_ready
    with _jieba_lock:
        if not _jieba_ready:
            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _jieba_ready = True


def tokenize(text: str, extra_words: Sequence[str] = ()) -> list[str]:
    """Return jieba search-mode tokens of ``text`` without stopwords and punctuation."""
    out = list(_cut(text))
    out.extend(w.lower() for w in extra_words if w)
    return out


@functools.lru_cache(maxsize=4096)
def _cut(text: str) -> tuple[str, ...]:
    """The kept tokens of one text. An answer cuts the same message several times (the word search, the
    rules' two word indexes, the answer's own reading), and jieba's pure-Python cut was the largest
    single cost of an answer after the embeddings: each text is cut once while it is in the cache."""
    _ensure_jieba()
    tokens = [t.strip().lower() for t in jieba.lcut_for_search(text)]
    return tuple(t for t in tokens if t and t not in STOPWORDS and _TOKEN_OK.search(t))


def add_words(words: Sequence[str]) -> None:
    """Teach jieba legal terms so they are kept whole (用人单位, 劳动报酬, 经济补偿…), each once a process.

    jieba adds a word's frequency to its running total at every ``add_word``, even for a word it has: a second
    knowledge base opened in the same process (a benchmark's next set, a test's next fixture) grew the total,
    changed every word's probability and so how messages were cut, and with it some answers."""
    _ensure_jieba()
    with _jieba_lock:
        new = [w for w in dict.fromkeys(words) if 2 <= len(w) <= 12 and w not in _words_added]
        for w in new:
            jieba.add_word(w, freq=20000)
        _words_added.update(new)
    if new:
        _cut.cache_clear()  # texts cut before may now be cut differently


class BM25Index:
    """A BM25 index over a fixed list of document ids. ``max_repeats``: how many times a word repeated in the query
    counts (None: every time)."""

    def __init__(self, ids: list[str], token_lists: list[list[str]], *, max_repeats: int | None = 1) -> None:
        self.ids = ids
        self.max_repeats = max_repeats
        self._bm25 = bm25s.BM25(k1=1.2, b=0.75)
        docs = [toks or ["∅"] for toks in token_lists]
        # Our own sorted vocabulary: bm25s would build one from a set, whose order (and so the
        # summation order of scores, which breaks near-ties) changes with Python's hash seed.
        vocab = {t: i for i, t in enumerate(sorted({t for toks in docs for t in toks}))}
        self._bm25.index(([[vocab[t] for t in toks] for toks in docs], vocab), show_progress=False)
        self._vocab = self._bm25.vocab_dict

    def scores(self, tokens: Sequence[str]) -> np.ndarray:
        """Return the BM25 score of every document for the query tokens."""
        # A long message that names its two factories nine times (拉链厂…纽扣厂…) is not nine times about 厂. By default a
        # word counts once; measured over dev and held-out 1-49 (benchmarks/eval_sets.py, 5,587 questions), the article
        # search's hit@1 0.791 -> 0.799 and MRR 0.869 -> 0.873 (dev alone 0.82 -> 0.76 and 0.90 -> 0.87).
        known = [t for t in tokens if t in self._vocab]
        if self.max_repeats is not None:
            seen: dict[str, int] = {}
            kept = []
            for t in known:
                seen[t] = seen.get(t, 0) + 1
                if seen[t] <= self.max_repeats:
                    kept.append(t)
            known = kept
        if not known:
            return np.zeros(len(self.ids), dtype=np.float32)
        return self._bm25.get_scores(known)

    def top(self, tokens: Sequence[str], n: int) -> list[tuple[str, float]]:
        """Return up to ``n`` (id, score) pairs with a positive score, best first."""
        s = self.scores(tokens)
        if not s.any():
            return []
        n = min(n, len(s))
        idx = np.argpartition(-s, n - 1)[:n]
        idx = idx[np.argsort(-s[idx])]
        return [(self.ids[i], float(s[i])) for i in idx if s[i] > 0]
