"""Answer benchmark: cited gold articles, rule-led answers, key points, escalation, citations, latency.

    python benchmarks/bench_answers.py [--questions ../shared/eval/dev.jsonl benchmarks/data/heldout.jsonl]
                                       [--offtopic ../shared/eval/offtopic.jsonl] [--dump answers.jsonl]
                                       [--llm-bad]   # also run LLM mode against a local server that fabricates citations
                                       [--today 2026-11-23]  # the day dates count from (two runs across a midnight)

Columns: gold = the answer cites a gold article; led = the answer leads with a situation rule's
conclusion; rule gold = of those, the rule cites a gold article; key points = share of the
question's key points whose character bigrams mostly (≥ 50%) appear in the first screen (800
characters) — a rough automatic proxy, the lawyer's reading in docs/ is the real measure.

Needs a built knowledge base in DATA_DIR (python bot.py ingest --path ../shared/corpus).
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import threading
import time
from datetime import date, datetime
from datetime import time as dt_time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.container import Container
from bot.clock import CHINA, utc_now
from app.settings import Settings
from bot.conversation import ConversationState
from knowledge.citations import CitationExtractor
from knowledge.evaluation import gold_key
from knowledge.vocabulary import short_law_name


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def strip_verified_quotes(text: str, articles) -> tuple[str, int]:
    """Return the text without its “…” quotations and the number of statute quotations not found verbatim.

    A statute is quoted as 《劳动合同法》第八十二条：“…”; other “…” are speech marks ("不准拒单")."""
    sources = [re.sub(r"\s", "", a.text) for a in articles if a is not None]
    unverified = 0
    for quote in re.findall(r"条(?:之[一二三四五六七八九十])?：“([^”]*)”", text):
        pieces = [re.sub(r"\s", "", p) for p in quote.split("……") if p.strip()]
        if pieces and not any(all(p in src for p in pieces) for src in sources):
            unverified += 1
    return re.sub(r"“[^”]*”", "", text), unverified


def bad_llm_server() -> tuple[str, ThreadingHTTPServer]:
    """A local OpenAI-compatible chat server whose replies mix real and fabricated citations."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            user = body["messages"][-1]["content"]
            real = re.findall(r"\[\d+\] (《[^》]+》第[^条\n]+条(?:之[一二三四五六七八九])?)", user)[:2]
            text = (f"根据{real[0]}，你的权利受法律保护。" if real else "") + \
                "另外依照《劳动合同法》第九百九十九条，公司应赔偿十倍工资。《公司法》第二十条也支持你。" + \
                (f"具体可以参考{real[1]}。" if len(real) > 1 else "")
            data = json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": "bad",
                               "choices": [{"index": 0, "finish_reason": "stop",
                                            "message": {"role": "assistant", "content": text}}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *a):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/v1", server


def bigrams(text: str) -> set[str]:
    t = re.sub(r"[\s，。；：、（）()“”\"'!?！？,.:;]", "", text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def stated(point: str, screen: str) -> bool:
    """Whether a key point's wording mostly appears in the answer's first screen (a rough proxy)."""
    want = bigrams(point)
    return bool(want) and len(want & bigrams(screen)) / len(want) >= 0.5


def run(settings: Settings, questions: list[dict], offtopic: list[dict], label: str, dump=None,
        today: date | None = None) -> list[str]:
    # answers need the knowledge base only; a fixed day keeps two runs comparable across a midnight
    clock = (lambda: datetime.combine(today, dt_time(12), CHINA)) if today else utc_now
    svc = Container.open(settings, database=False, clock=clock)
    retriever = svc.knowledge.retriever
    extractor = CitationExtractor(retriever.titles(), retriever.vocabulary.law_names)
    svc.assistant.answer("预热：工资没发怎么办")
    cite_gold = esc_tp = esc_fp = esc_fn = bad_citations = led = rule_gold = 0
    points = points_stated = 0
    lat, modes = [], {}
    for q in questions:
        t0 = time.perf_counter()
        answer, _ = svc.assistant.answer(q["question"], ConversationState())
        lat.append((time.perf_counter() - t0) * 1000)
        modes[answer.mode] = modes.get(answer.mode, 0) + 1
        gold = {g for g in (gold_key(x["law"], x["article"]) for x in q["gold"]) if g}
        cited = {(short_law_name(c.law), c.article) for c in answer.citations}
        cite_gold += bool(cited & gold)
        if answer.rule:
            led += 1
            rule = svc.knowledge.rules.book.get(answer.rule)
            rule_gold += any(gold_key(c.law, c.article) in gold for c in rule.cites)
        screen = answer.text[:800]
        points += len(q.get("key_points", []))
        points_stated += sum(stated(k, screen) for k in q.get("key_points", []))
        if dump is not None:
            dump.write(json.dumps({"id": q["id"], "question": q["question"], "rule": answer.rule,
                                   "also": answer.also, "escalate": answer.escalate, "codes": answer.escalate_codes,
                                   "gold_escalate": q["escalate"], "text": answer.text}, ensure_ascii=False) + "\n")
        # Quotations must be verbatim from a cited article; cross-references inside them
        # ("本法第四十七条") are the statute's words, not the answer's claims.
        outside, unverified = strip_verified_quotes(answer.text, [retriever.get(c.law, c.article) for c in answer.citations])
        bad_citations += unverified
        # Every other citation in the text must exist and be among the answer's (looked-up) citations.
        for c in extractor.extract(outside):
            ok = c.law and not c.law.startswith("?") and retriever.get(c.law, c.key) is not None \
                and (short_law_name(c.law), c.key) in cited
            bad_citations += not ok
        if answer.escalate and q["escalate"]:
            esc_tp += 1
        elif answer.escalate:
            esc_fp += 1
        elif q["escalate"]:
            esc_fn += 1
    off_ok = []
    for q in offtopic:
        answer, _ = svc.assistant.answer(q["question"], ConversationState())
        ok = answer.escalate == q["escalate"] and (answer.mode in ("offtopic", "refusal", "crisis"))
        if answer.mode == "crisis":
            ok = ok and "110" in answer.text and "120" in answer.text
        off_ok.append((q["id"], answer.mode, answer.escalate, ok))
        if q["escalate"]:
            esc_tp += answer.escalate
            esc_fn += not answer.escalate
        elif answer.escalate:
            esc_fp += 1
    svc.close()
    n = len(questions)
    recall = esc_tp / max(1, esc_tp + esc_fn)
    precision = esc_tp / max(1, esc_tp + esc_fp)
    rows = [
        f"| {label} | {n} | {cite_gold / n:.2f} | {led / n:.2f} | {rule_gold / max(led, 1):.2f} | "
        f"{points_stated / max(points, 1):.2f} | {bad_citations} | {recall:.2f} | {precision:.2f} | "
        f"{np.percentile(lat, 50):.0f} / {np.percentile(lat, 95):.0f} ms | {sum(o[3] for o in off_ok)}/{len(off_ok)} |"
    ]
    for o in off_ok:
        if not o[3]:
            rows.append(f"|   off-topic case {o[0]} got mode={o[1]} escalate={o[2]} | | | | | | | | | | |")
    return rows


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--questions", nargs="+", default=[str(REPO.parent / "shared" / "eval" / "dev.jsonl"),
                                                       str(REPO / "benchmarks" / "data" / "heldout.jsonl")])
    p.add_argument("--dump", help="write every answer (id, rule, the other parts' rules, escalation, text) as "
                                  "JSON lines to this file")
    p.add_argument("--today", type=date.fromisoformat,
                   help="the day the answers count dates from (YYYY-MM-DD; default: today in China)")
    p.add_argument("--offtopic", default=str(REPO.parent / "shared" / "eval" / "offtopic.jsonl"))
    p.add_argument("--llm-bad", action="store_true", help="also run LLM mode against a citation-fabricating local server")
    args = p.parse_args()
    logging.disable(logging.WARNING)
    offtopic = load(Path(args.offtopic))
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None  # noqa: SIM115
    print(f"\nAnswer benchmark; each set also runs the {len(offtopic)} off-topic/adversarial messages\n")
    print("| mode, set | n | gold | led | rule gold | key points | fabricated or unretrieved citations "
          "| escalation recall | escalation precision | latency p50 / p95 | off-topic behaviours |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for path in args.questions:
        questions = load(Path(path))
        for row in run(Settings(), questions, offtopic, f"offline, {Path(path).stem}", dump, today=args.today):
            print(row)
        if args.llm_bad:
            url, server = bad_llm_server()
            settings = Settings(llm={"base_url": url, "model": "bad", "timeout_s": 10})
            for row in run(settings, questions, offtopic, f"LLM (fabricating server), {Path(path).stem}",
                           today=args.today):
                print(row)
            server.shutdown()
    if dump is not None:
        dump.close()


if __name__ == "__main__":
    main()
