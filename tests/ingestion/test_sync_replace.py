"""``Ingestor.diff``: what a sync would change, read before anything is written (issue 12).

A real knowledge base in a temporary directory; the documents are parsed from text as uploads are.
"""

from __future__ import annotations

import pytest

from ingestion.parser import parse_legal_text
from tests.helpers.kb import make_kb

TITLE = "某市网约配送员劳动保障试行办法"
ARTICLES = {n: f"平台企业应当保障网约配送员第{n}项权益，按月足额支付劳动报酬。" for n in "一二三四五六"}


def _doc(articles: dict[str, str], title: str = TITLE):
    text = "\n\n".join(f"第{n}条 {body}" for n, body in articles.items())
    return parse_legal_text(f"{title}\n\n{text}\n", title=title, origin=f"/corpus/{title}.md")


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    kb = make_kb(tmp_path_factory.mktemp("diff-kb") / "data")
    yield kb
    kb.close()


def test_a_new_document_is_all_added(kb):
    d = kb.ingestor.diff(_doc(ARTICLES, title="某市尚未导入的办法"))
    assert d.existing is None and not d.same_content
    assert (d.current_articles, d.new_articles, d.unchanged) == (0, 6, 0)
    assert d.added == ("第一条", "第二条", "第三条", "第四条", "第五条", "第六条") and d.changed == d.removed == ()


def test_the_diff_writes_nothing_and_tells_what_the_sync_then_does(kb):
    assert not kb.ingestor.sync_documents([_doc(ARTICLES)]).failed
    amended = {k: v for k, v in ARTICLES.items() if k in "一二三"}
    amended["二"] = "平台企业应当按周支付劳动报酬。"
    amended["九"] = "网约配送员可以向劳动保障监察机构投诉。"
    before = kb.catalog.revision()
    d = kb.ingestor.diff(_doc(amended))
    assert kb.catalog.revision() == before and len(list(kb.catalog.iter_articles(source_id=TITLE))) == 6
    assert d.existing.source_id == TITLE and not d.same_content
    assert (d.current_articles, d.new_articles, d.unchanged) == (6, 4, 2)
    assert (d.added, d.changed, d.removed) == (("第九条",), ("第二条",), ("第四条", "第五条", "第六条"))
    result = kb.ingestor.sync_document(_doc(amended))
    assert (result.added, result.updated, result.unchanged, result.removed) == (1, 1, 2, 3)
    again = kb.ingestor.diff(_doc(amended))
    assert again.same_content and again.added == again.changed == again.removed == ()


def test_a_retired_source_has_no_current_articles(kb):
    title = "某市已停用的办法"
    kb.ingestor.sync_documents([_doc(ARTICLES, title=title)])
    kb.ingestor.retire(title)
    d = kb.ingestor.diff(_doc(ARTICLES, title=title))
    assert d.existing.status == "retired" and d.current_articles == 0 and d.removed == ()
    assert d.same_content and len(d.added) == 6  # its last text again: the sync brings it back
