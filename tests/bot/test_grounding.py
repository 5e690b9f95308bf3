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
])
def test_another_part_is_added_only_when_it_answers_something_else(lead, other, added):
    book = load_rules()
    assert _another_answer(book.get(lead), book.get(other)) is added
