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
    # Different questions of one situation: both are answered.
    ("dispatch/dispatch_returned_by_host", "dispatch/dispatch_agency_is_employer", True),
    ("overtime_hours/all_inclusive_salary", "overtime_hours/twelve_hour_two_shifts", True),
    # A freelancer's unpaid fee goes to court under the civil code: applying for labour arbitration in time is not theirs.
    ("labor_relation/freelance_project_unpaid", "procedure/limitation_about_to_expire", False),
    ("labor_relation/household_domestic_worker", "procedure/limitation_about_to_expire", False),
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
