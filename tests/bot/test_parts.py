"""A message that asks several things is split into its questions, each as the worker wrote it."""

from __future__ import annotations

import pytest

from bot.answering.parts import question_parts
from bot.composer import nearest_items
from knowledge.playbooks import PlaybookItem


def test_each_question_is_read_as_written():
    """A question written in one sentence with the situation keeps it; a later one is read alone, so that
    "签了还能反悔吗" finds the rule its own words name (the part model still weighs the whole message)."""
    assert question_parts("我交了3年失业保险，被公司辞退了，能领失业金吗？能领多久？") == [
        "我交了3年失业保险，被公司辞退了，能领失业金吗？",
        "能领多久？",
    ]


def test_three_questions_and_english():
    parts = question_parts("公司不给交社保，还让我签自愿放弃协议，这协议有效吗？我能要求补缴吗？离职能要补偿吗？")
    assert parts == ["公司不给交社保，还让我签自愿放弃协议，这协议有效吗？", "我能要求补缴吗？", "离职能要补偿吗？"]
    assert question_parts("I was fired. Can I get compensation? How long do I have to apply?") == [
        "I was fired. Can I get compensation?", "How long do I have to apply?"]


def test_a_question_too_short_to_name_its_matter_is_read_with_the_statement_before_it():
    """Held-out 54 and 55: "我要赔吗？" and "Is that legal?" name nothing read alone; the statement just before them does
    ("让我赔5万违约金"). A question after another question, or long enough to name its matter, is read as written."""
    assert question_parts("老东家知道后说要告我，让我赔5万违约金。我很慌：我要赔吗？他们没给的补偿我能反过来要吗？") == [
        "老东家知道后说要告我，让我赔5万违约金。我很慌：我要赔吗？", "他们没给的补偿我能反过来要吗？"]
    assert question_parts("The boss fired me by text. Is that legal? How much can I claim for four years of work?") == [
        "The boss fired me by text. Is that legal?", "How much can I claim for four years of work?"]
    assert question_parts("怀孕了他们能这样开我吗？能赔多少？") == ["怀孕了他们能这样开我吗？", "能赔多少？"]


@pytest.mark.parametrize("message", [
    "干了俩月没给钱咋办",
    "老板拖欠工资三个月了，我该怎么办？",
    "公司让我签放弃社保的协议。这样合法吗？",  # one question after a statement
    "怎么办？？",
])
def test_a_single_question_is_not_split(message):
    assert question_parts(message) == []


def test_the_checklist_items_nearest_the_question_are_shown():
    items = [PlaybookItem(zh="外卖平台App的接单记录截图", en="app"),
             PlaybookItem(zh="考勤打卡记录和工作群聊天记录", en="clock"),
             PlaybookItem(zh="保安服务公司的排班表", en="rota")]
    assert [i.en for i in nearest_items(items, ["保安", "排班"], 2)] == ["rota"]
    assert nearest_items(items, ["无关"], 2) == []  # none shares a word: no other situation's checklist
    assert [i.en for i in nearest_items(items, [], 3)] == ["app", "clock", "rota"]


def test_a_step_written_for_a_dismissal_is_left_out_for_a_worker_who_resigned():
    from bot.composer import fits
    from knowledge.rules import Text

    reinstate = Text(zh="申请仲裁，可以请求恢复工作或者支付赔偿金。", en="Apply for arbitration for reinstatement or damages.")
    evidence = Text(zh="工资流水和考勤记录。", en="Pay and attendance records.")
    assert not fits(reinstate, frozenset({"resigned", "left_job"}))
    assert fits(evidence, frozenset({"resigned", "left_job"}))
    assert fits(reinstate, frozenset({"dismissed", "left_job"}))
    assert fits(reinstate, frozenset({"resigned", "dismissed"}))  # pushed to resign: a dismissal in law may be argued


def test_a_step_about_a_work_injury_is_left_out_when_nobody_is_hurt_outside_the_injury_rules():
    # Held-out 19: twelve installers owed wages by a subcontractor were given the rule's "工伤认定" step.
    from bot.composer import fits
    from knowledge.rules import Text

    injury = Text(zh="受伤的，向社会保险行政部门申请工伤认定。", en="If injured, apply for work-injury recognition.")
    both = Text(zh="工钱、受伤赔偿先和单位协商；协商不成向法院起诉。", en="Pay and injury: negotiate, then sue.")
    assert not fits(injury, frozenset({"wage_owed"}), "labor_relation")
    assert fits(injury, frozenset({"wage_owed", "injured"}), "labor_relation")
    assert fits(injury, frozenset(), "injury")  # an injury rule's own steps are its subject
    assert fits(both, frozenset({"wage_owed"}), "labor_relation")  # the pay's step too
    limits = Text(zh="仲裁时效一年；工伤认定在受伤之日起1年内申请。", en="Arbitration within a year; injury recognition too.")
    assert fits(limits, frozenset({"wage_owed"}), "labor_relation")  # the arbitration limit is everyone's


def test_an_english_yes_or_no_on_legality_is_dropped_when_legality_was_not_asked():
    # "Can I get compensation?" answered "No, the dismissal is unlawful." reads as "no compensation".
    from bot.composer import _legality_yes_no_dropped

    assert _legality_yes_no_dropped("No, the dismissal is unlawful. The employer needs a ground.") \
        == "The dismissal is unlawful. The employer needs a ground."
    assert _legality_yes_no_dropped("Yes, it is allowed within limits.") == "It is allowed within limits."
    # a yes or no on something else stays: it answers the worker's own question
    assert _legality_yes_no_dropped("No, you cannot claim double wages.") == "No, you cannot claim double wages."
