"""The replies that leave the pipeline at stage 1: a person in crisis, and requests the bot refuses."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot.answering.models import Answer, CitedArticle
from bot.composer import part_line
from bot.locales import case_text, strings
from bot.safety import crisis_situations
from bot.triage import triage
from knowledge.facts import Facts, extract_facts
from knowledge.query import QueryAnalysis
from knowledge.retriever import Retriever
from knowledge.rules import Rule

# The article stated after a refusal, per kind: the first one the knowledge base holds is quoted.
# A fabrication aimed at injury or insurance benefits meets the fraud rule; any other one meets the
# rule that makes faking needless (the employer must produce the records it keeps).
_INSURANCE_CLAIM = re.compile(
    r"工伤|受伤|伤情|伤残|骗保|保险|病历|诊断|医院|病假|事故|撞|摔|\binjur|\binsurance|\bmedical|\bhospital|\bsick|\baccident",
    re.IGNORECASE,
)
_REFUSAL_LAW: dict[str, tuple[tuple[str, str], ...]] = {
    "extortion": (("中华人民共和国刑法", "274"),),
    "insurance_fraud": (("工伤保险条例", "60"), ("中华人民共和国社会保险法", "88")),
}
_REFUSAL_BASIS: dict[str, tuple[tuple[str, str], ...]] = {
    "fabrication": (("中华人民共和国劳动争议调解仲裁法", "6"),),
}
# The articles behind the crisis routes' {slots}; a slot stays empty when the article is not held.
_ROUTE_BASIS = {
    "advance": ("保障农民工工资支付条例", "63"),
    "advance_order": ("中华人民共和国劳动争议调解仲裁法", "44"),
    "injury_application": ("工伤保险条例", "17"),
}


class Protector:
    def __init__(self, retriever: Retriever, *, crisis_hotline: str, today: Callable[[], date]) -> None:
        self.retriever = retriever
        self.crisis_hotline = crisis_hotline
        self.today = today

    def crisis(self, text: str, lang: str, analysis: QueryAnalysis | None, kinds: tuple[str, ...], *,
               rule: Rule | None = None, facts: Facts | None = None) -> Answer:
        """Safety first, then the offer of a person (a button, taken only with consent), then the routes
        that fit what the person is living through, and last, when a situation rule answers what they asked
        ("我这样能不能走？走了加班费还能要吗？"), its conclusion with its decisive article."""
        s = strings(lang)
        situations = crisis_situations(text)
        shown = [k for k in situations if k in s.crisis_safety]
        if "emergency" in shown:
            shown = [k for k in shown if k != "injured"]
        if "attacked" in shown:
            shown = [k for k in shown if k != "threatened"]
        facts = facts or extract_facts(text, today=self.today())
        if "working_abroad" in facts.flags:  # 110 reaches nobody abroad: the consulate does
            shown = ["confined_abroad" if k == "confined" else k for k in shown]
        elif "on_behalf" in facts.flags:  # 我弟弟被锁在宿舍: the family calls the police for him and fetches him
            shown = ["confined_other" if k == "confined" else k for k in shown]
        safety = "\n".join(s.crisis_safety[k] for k in shown)
        if "self_harm" in kinds:
            parts = [s.crisis.format(hotline=self.crisis_hotline)] + ([safety] if safety else [])
        else:
            parts = [s.crisis_opening + "\n" + safety]
        parts.append(s.crisis_offer.format(button=case_text(lang).lawyer_button))
        topic = analysis.topic if analysis else None
        cited: list[CitedArticle] = []
        # a household's nanny, a freelancer: no labour inspection, no arbitration
        civil = (rule is not None and rule.civil_route) or "household_employer" in facts.flags
        routes = [self._fill_citations(s.crisis_routes[r], s, cited)
                  for r in crisis_routes(situations, topic, civil=civil)]
        parts += routes
        if rule is not None:
            parts.append(self._rule_said(rule, lang, s, cited))
        parts.append(s.disclaimer)
        steps = [line[2:] for r in routes for line in r.splitlines() if line.startswith("• ")]
        answer = Answer("\n\n".join(parts), lang, "crisis", topic=topic, next_steps=steps, citations=cited)
        codes = ["crisis", *triage(text, facts, today=self.today()).codes]
        return answer.escalate_for(list(dict.fromkeys(codes)), s.escalation_reasons)

    def refuse(self, kind: str, text: str, lang: str, analysis: QueryAnalysis | None) -> Answer:
        """Refuse in one sentence, give the honest route, and quote the law when the corpus holds it."""
        s = strings(lang)
        answer = Answer("", lang, "refusal", topic=analysis.topic if analysis else None)
        parts = [s.refusals[kind]]
        law_kind = "insurance_fraud" if kind == "fabrication" and _INSURANCE_CLAIM.search(text) else kind
        for template, table in ((s.refusal_law, _REFUSAL_LAW), (s.refusal_basis, _REFUSAL_BASIS)):
            art = next(filter(None, (self.retriever.get(law, key) for law, key in table.get(law_kind, ()))), None)
            if art is not None:
                parts.append(template.format(citation=art.citation, quote=art.text))
                answer.citations.append(CitedArticle(art.law, art.key, art.citation, art.text))
        if kind != "privileged":  # a refusal to share records carries no legal information to disclaim
            parts.append(s.disclaimer)
        answer.text = "\n\n".join(parts)
        return answer

    def _rule_said(self, rule: Rule, lang: str, s, cited: list[CitedArticle]) -> str:
        """The rule's conclusion with its decisive article, as another question of a message is answered; every
        article the rule states is among the reply's citations (a conclusion may name one besides the decisive one,
        依照劳动合同法第三十八条), as in an answer the rule leads."""
        for cite in rule.all_cites():
            art = self.retriever.get(cite.law, cite.article)
            if art is not None and all(c.citation != art.citation for c in cited):
                cited.append(CitedArticle(art.law, art.key, art.citation, art.text[:120]))
        return s.crisis_question.format(answer=part_line(rule, lang))

    def _fill_citations(self, template: str, s, cited: list[CitedArticle]) -> str:
        """Fill a template's article slots with the citation of each article the corpus holds."""
        slots: dict[str, str] = {}
        for slot, (law, key) in _ROUTE_BASIS.items():
            if "{" + slot + "}" not in template:
                continue
            art = self.retriever.get(law, key)
            slots[slot] = s.cite.format(citation=art.citation) if art is not None else ""
            if art is not None and all(c.citation != art.citation for c in cited):
                cited.append(CitedArticle(art.law, art.key, art.citation, art.text[:120]))
        return template.format(**slots)


def crisis_routes(situations: tuple[str, ...], topic: str | None, *, civil: bool = False) -> list[str]:
    """The legal routes a crisis reply ends with (at most two sets), most pressing first. Outside a labour relation
    (``civil``: a household's nanny, a freelancer) the pay is claimed by mediation or in court, so the routes of
    labour inspection and arbitration are left out."""
    routes = []
    if {"confined", "attacked", "threatened"} & set(situations):
        routes.append("police_civil" if civil else "police")
    if civil:
        return routes[:1]  # the rule's own conclusion, stated after the routes, says where its claim goes
    if {"emergency", "injured"} & set(situations) or topic == "injury":
        routes.append("injury")
    if {"destitute", "unpaid"} & set(situations) or topic == "arrears":
        routes.append("wages")
    return routes[:2] or ["general"]
