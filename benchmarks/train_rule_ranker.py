"""Fit the rule ranker: which situation rule a lawyer would lead the answer with, from the match features.

Each labelled question (``benchmarks/data/rule_labels.jsonl``: the rule a lawyer-reader judged best, the
others acceptable, those that would mislead) is answered once with the hand-weighted matcher while its
candidate rules' features are recorded (:meth:`knowledge.rules.RuleIndex.match`), for the whole message and
for each of its questions. A logistic model is then fitted (the best rule's target is 1, another acceptable
one's ``--ok-weight``, the rest 0) and judged by leaving each question set out in turn: top-1 acceptable, top-1
the best, top-1 misleading, against the hand-weighted matcher on the same questions. A second logistic model
(the part model, :func:`knowledge.rules.part_candidates`) is judged the same way on the rules labelled as
answering another part: how many it adds that were labelled, not labelled, or missed, per threshold.

With ``--part-record`` the part model also weighs each rule's record as another part (times labelled one, against
times a candidate part but not labelled, from the sets fitted on only); with ``--part-gate G`` a part whose situations
state, in a share G or more, a fact the message does not (``profile_missing``) is never answered.

With ``--record`` each rule's track record in the labels (times acceptable against times misleading, from the
sets fitted on only) is one more feature, so a rule whose generic phrasings draw it to the top of questions it
does not answer is marked down; the shipped ranker carries the record of every labelled rule.

    python benchmarks/train_rule_ranker.py --sets dev=../shared/eval/dev.jsonl h1=benchmarks/data/heldout.jsonl ...
                                           [--record] [--part-record] [--part-gate 0.5] [--part-lead -0.5]
                                           [--write knowledge/data/rule_ranker.json]

Needs a built knowledge base in DATA_DIR (python bot.py ingest --path ../shared/corpus).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.container import Container  # noqa: E402
from app.settings import Settings  # noqa: E402
from bot.answering.parts import question_parts  # noqa: E402
from bot.answering.reading import read_message  # noqa: E402
from knowledge.facts import extract_facts  # noqa: E402
from knowledge.rules import RuleMatch, load_rules, part_candidates  # noqa: E402

LABELS = REPO / "benchmarks" / "data" / "rule_labels.jsonl"
WIDE = 40  # candidates recorded per question


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def record(sets: dict[str, Path]) -> list[dict]:
    """Ground every question with the hand-weighted matcher, recording the features of the rules near the
    whole message and near each of its questions (a multi-part message)."""
    svc = Container.open(Settings(), database=False)
    assistant = svc.assistant
    index = svc.knowledge.rules
    index.ranker = None
    original = index.match
    seen: list[list] = []

    def wide(text, **kw):
        kw["limit"] = max(kw.get("limit", 3), WIDE)
        out = original(text, **kw)
        seen.append(out)
        return out

    def row(matches):
        return [{"key": m.rule.key, "hand": m.score, "confident": m.confident, "features": dict(m.features)}
                for m in matches]

    index.match = wide
    rows = []
    try:
        for name, path in sets.items():
            for q in load(path):
                reading = read_message(q["question"], assistant.retriever, lang=None, previous=None,
                                       max_chars=assistant.max_message_chars)
                facts = extract_facts(reading.text, today=assistant.today(), places=assistant.places())
                seen.clear()
                grounding = assistant.grounder.ground(reading.text, analysis=reading.analysis, facts=facts)
                whole = seen[0] if seen else []
                found = assistant.grounder.match_parts(question_parts(reading.text)[:3], facts=facts,
                                                       result=grounding.result, limit=WIDE)
                rows.append({"set": name, "id": q["id"], "candidates": row(whole), "parts": [row(f) for f in found]})
    finally:
        svc.close()
    return rows


def track_record(labels: list[dict]) -> dict[str, float]:
    """Each labelled rule's record: log((times best or acceptable + 1) / (times misleading + 1)). A rule whose
    generic phrasings draw it to the top of questions it does not answer is marked down by it."""
    good: dict[str, int] = {}
    bad: dict[str, int] = {}
    for label in labels:
        for key in {label["best"], *label.get("ok", [])} - {None}:
            good[key] = good.get(key, 0) + 1
        for key in label.get("wrong", []):
            bad[key] = bad.get(key, 0) + 1
    return {key: round(float(np.log((good.get(key, 0) + 1) / (bad.get(key, 0) + 1))), 4) for key in {*good, *bad}}


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; the last column of ``x`` is the bias."""
    w = np.zeros(x.shape[1])
    reg = np.eye(x.shape[1]) * l2
    reg[-1, -1] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + reg @ w
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg
        w -= np.linalg.solve(hess, grad)
    return w


def matrix(rows: list[dict], names: list[str]) -> np.ndarray:
    return np.array([[c["features"].get(n, 0.0) for n in names] + [1.0] for c in rows])


def judge(questions: list[tuple[dict, dict]], score) -> dict:
    """Top-1 acceptable / misleading over the labelled questions whose labels name a rule."""
    acc = bad = none_right = n = exact = 0
    for q, label in questions:
        good = {label["best"], *label.get("ok", [])} - {None}
        cands = q["candidates"]
        if not good:
            continue
        n += 1
        top = max(cands, key=score)["key"] if cands else None
        acc += top in good
        exact += top == label["best"]
        bad += top in set(label.get("wrong", []))
        none_right += not any(c["key"] in good for c in cands)
    return {"n": n, "top1": acc / max(n, 1), "best": exact / max(n, 1), "misleading": bad / max(n, 1),
            "unreachable": none_right / max(n, 1)}


def part_record(rows) -> dict[str, float]:
    """Each rule's record as another part: log((times labelled a part + 1) / (times a candidate part but not
    labelled one, nor acceptable to lead, + 1)), over ``rows`` (:func:`leads_and_parts` without a record)."""
    good_n: dict[str, int] = {}
    bad_n: dict[str, int] = {}
    for _q, label, top, feats in rows:
        good = {label["best"], *label.get("ok", [])} - {None}
        want = set(label.get("parts", []))
        if top not in good and label["best"]:
            want.add(label["best"])
        for key in feats:
            if key in want:
                good_n[key] = good_n.get(key, 0) + 1
            elif key not in good:
                bad_n[key] = bad_n.get(key, 0) + 1
    return {key: round(float(np.log((good_n.get(key, 0) + 1) / (bad_n.get(key, 0) + 1))), 4)
            for key in {*good_n, *bad_n}}


def leads_and_parts(data, names: list[str], w: np.ndarray, lead: float,
                    book, record: dict[str, float] | None = None) -> list[tuple[dict, dict, str | None, dict]]:
    """Per question: its label, the lead the model picks (None: not trusted) and the part candidates'
    features (knowledge.rules.part_candidates)."""
    def matches(cands):
        out = [RuleMatch(book.get(c["key"]), float(matrix([c], names)[0] @ w), 0.0, 0.0, False, None, c["features"])
               for c in cands if book.get(c["key"]) is not None]
        return sorted(out, key=lambda m: -m.score)

    out = []
    for q, label in data:
        whole = matches(q["candidates"])
        top = whole[0].rule.key if whole and whole[0].score >= lead else None
        found = [matches(f) for f in q.get("parts", [])]
        feats = {k: f for k, (_r, f) in part_candidates(top, whole, found, record=record).items()} if top else {}
        out.append((q, label, top, feats))
    return out


def part_examples(rows, part_names: list[str]):
    xs, ys = [], []
    for _q, label, top, feats in rows:
        good = {label["best"], *label.get("ok", [])} - {None}
        for key, f in feats.items():
            xs.append([f.get(n, 0.0) for n in part_names] + [1.0])
            ys.append(1.0 if key in label.get("parts", []) or (key == label["best"] and top not in good) else 0.0)
    return np.array(xs), np.array(ys)


def judge_parts(rows, part_names: list[str], pw: np.ndarray, threshold: float,
                gate: float = float("inf")) -> tuple[int, int, int]:
    """(answered parts that are labelled, answered parts that are not, labelled parts not answered)."""
    tp = fp = fn = 0
    for _q, label, top, feats in rows:
        if top is None:
            continue
        good = {label["best"], *label.get("ok", [])} - {None}
        want = set(label.get("parts", [])) - {top}
        if top not in good and label["best"]:
            want.add(label["best"])
        scored = sorted(((float(np.array([f.get(n, 0.0) for n in part_names] + [1.0]) @ pw), k)
                         for k, f in feats.items()), reverse=True)
        got = {k for sc, k in scored if sc >= threshold and feats[k].get("profile_missing", 0.0) < gate}
        got = set(k for _sc, k in sorted(((sc, k) for sc, k in scored if k in got), reverse=True)[:2])
        tp += len(got & want)
        fp += len(got - want - good)
        fn += len(want - got)
    return tp, fp, fn


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--sets", nargs="+", required=True, help="name=path of each question set")
    p.add_argument("--labels", default=str(LABELS))
    p.add_argument("--cache", help="record to / read from this JSON file")
    p.add_argument("--write", help="write the fitted ranker (all sets) to this file")
    p.add_argument("--l2", type=float, default=1.0)
    p.add_argument("--lead", type=float, default=-2.0, help="log-odds from which a match is trusted")
    p.add_argument("--ok-weight", type=float, default=0.5, help="target of an acceptable rule that is not the best")
    p.add_argument("--record", action="store_true",
                   help="weigh each rule's track record in the labels (log of times acceptable to times misleading)")
    p.add_argument("--part-lead", type=float, default=-0.5, help="log-odds from which another part is answered")
    p.add_argument("--part-record", action="store_true",
                   help="part model: weigh each rule's record as another part in the labels fitted on")
    p.add_argument("--part-gate", type=float, default=float("inf"),
                   help="never answer a part presupposing an unstated fact in this share of its situations or more")
    p.add_argument("--part-thresholds", type=float, nargs="+", default=[-1.0, -0.5, 0.0])
    args = p.parse_args()
    sets = {a.split("=", 1)[0]: Path(a.split("=", 1)[1]) for a in args.sets}
    if args.cache and Path(args.cache).exists():
        rows = json.loads(Path(args.cache).read_text(encoding="utf-8"))
    else:
        rows = record(sets)
        if args.cache:
            Path(args.cache).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    labels = {row["id"]: row for row in load(Path(args.labels))}
    data = [(q, labels[q["id"]]) for q in rows if q["id"] in labels]
    names = sorted({n for q, _ in data for c in q["candidates"] for n in c["features"]})
    if args.record:
        names = sorted({*names, "record"})

    def with_record(part, record):
        """The questions of ``part`` with each candidate's track record in the labels of ``record``."""
        if not args.record:
            return part
        table = track_record([label for _q, label in record])
        return [({**q, "candidates": [{**c, "features": {**c["features"], "record": table.get(c["key"], 0.0)}}
                                      for c in q["candidates"]]}, label) for q, label in part]

    def examples(part):
        cands, ys = [], []
        for q, label in part:
            good = {label["best"], *label.get("ok", [])} - {None}
            for c in q["candidates"]:
                cands.append(c)
                # The best rule counts fully, another acceptable one half: both may lead, the best should.
                ys.append(1.0 if c["key"] == label["best"] else args.ok_weight if c["key"] in good else 0.0)
        return matrix(cands, names), np.array(ys)

    print(f"{len(data)} labelled questions; features: {', '.join(names)}\n")
    print("| left out | n | hand top-1 | learned top-1 | hand best | learned best | hand misleading "
          "| learned misleading | unreachable |")
    print("|---|---|---|---|---|---|---|---|---|")
    # Each set left out in turn: the model fitted on the others, judged on it.
    folds = {name: ([d for d in data if d[0]["set"] != name], [d for d in data if d[0]["set"] == name])
             for name in sets}
    folds = {name: (train, test) for name, (train, test) in folds.items() if test}
    # The track record of a rule comes from the labels of the sets it is fitted on, never from the set judged.
    folds = {name: (with_record(train, train), with_record(test, train)) for name, (train, test) in folds.items()}
    fitted = {name: fit(*examples(train), l2=args.l2) for name, (train, _test) in folds.items()}
    for name, (_train, test) in folds.items():
        w = fitted[name]
        hand = judge(test, lambda c: c["hand"])
        learned = judge(test, lambda c, w=w: float(matrix([c], names)[0] @ w))
        print(f"| {name} | {hand['n']} | {hand['top1']:.2f} | {learned['top1']:.2f} | {hand['best']:.2f} | "
              f"{learned['best']:.2f} | {hand['misleading']:.2f} | "
              f"{learned['misleading']:.2f} | {hand['unreachable']:.2f} |")
    book = load_rules()
    part_names = ["whole_score", "whole_rr", "whole_gap", "part_score", "part_rr", "part_top", "part_share",
                  "same_topic", "asked_apart", *(["part_record"] if args.part_record else [])]
    print("\nOther parts answered (a part is right when a reader labelled it, or is the best rule where the lead is "
          "not acceptable), leaving each set out:\n")
    print("| left out | threshold | right | not labelled | labelled, missed | precision | recall |")
    print("|---|---|---|---|---|---|---|")
    for name, (train, test) in folds.items():
        w = fitted[name]
        precord = part_record(leads_and_parts(train, names, w, args.lead, book)) if args.part_record else None
        pw = fit(*part_examples(leads_and_parts(train, names, w, args.lead, book, precord), part_names), l2=args.l2)
        rows = leads_and_parts(test, names, w, args.lead, book, precord)
        for t in args.part_thresholds:
            tp, fp, fn = judge_parts(rows, part_names, pw, t, args.part_gate)
            precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
            print(f"| {name} | {t:+.1f} | {tp} | {fp} | {fn} | {precision:.2f} | {recall:.2f} |")
    data = with_record(data, data)
    w = fit(*examples(data), l2=args.l2)
    precord = part_record(leads_and_parts(data, names, w, args.lead, book)) if args.part_record else None
    pw = fit(*part_examples(leads_and_parts(data, names, w, args.lead, book, precord), part_names), l2=args.l2)
    shown = ", ".join(f"{n} {v:+.2f}" for n, v in zip([*part_names, "bias"], pw, strict=True))
    print("\npart weights (all sets):", shown)
    print("\nweights (all sets):", ", ".join(f"{n} {v:+.2f}" for n, v in zip([*names, "bias"], w, strict=True)))
    if args.write:
        out = {"weights": {n: round(float(v), 4) for n, v in zip(names, w[:-1], strict=True)},
               "bias": round(float(w[-1]), 4), "lead": args.lead,
               "parts": {"weights": {n: round(float(v), 4) for n, v in zip(part_names, pw[:-1], strict=True)},
                         "bias": round(float(pw[-1]), 4), "lead": args.part_lead,
                         **({"gate": args.part_gate} if args.part_gate != float("inf") else {})},
               "fitted_on": sorted(sets), "questions": len(data)}
        if args.record:
            out["record"] = dict(sorted(track_record([label for _q, label in data]).items()))
        if precord:
            out["parts"]["record"] = dict(sorted(precord.items()))
        Path(args.write).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print("written", args.write)


if __name__ == "__main__":
    main()
