"""Parsing what workers type: money, dates, durations, yes/no and choices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from knowledge.calculators import CALCULATORS, InputSpec
from knowledge.inputs import (
    UNKNOWN,
    Duration,
    OvertimeHours,
    Refused,
    parse_bool,
    parse_choice,
    parse_date,
    parse_days,
    parse_hours,
    parse_input,
    parse_int,
    parse_money,
    parse_months,
    parse_overtime,
    parse_still_employed,
    parse_tenure,
    parse_time_since,
    parse_unknown,
)

TODAY = date(2024, 6, 10)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("8000", "8000"), ("8000元", "8000"), ("8千", "8000"), ("8k", "8000"), ("8K", "8000"),
        ("0.8万", "8000"), ("一万二", "12000"), ("1万2", "12000"), ("八千五", "8500"), ("￥8,000", "8000"),
        ("月薪8000左右", "8000"), ("5000块", "5000"), ("¥ 6,500.5", "6500.50"), ("１２０００", "12000"),
        ("1.2万", "12000"), ("3万5千", "35000"), ("两万", "20000"), ("一千零五", "1005"), ("1万5000", "15000"),
        ("8.5k", "8500"), ("十万", "100000"), ("一个月8000", "8000"), ("人民币 9,999.99 元", "9999.99"),
    ],
)
def test_parse_money(text, expected):
    assert parse_money(text) == Decimal(expected)
    assert parse_money(text).as_tuple().exponent == -2  # always to the cent


@pytest.mark.parametrize(
    "text", ["", "   ", "很多", "abc", "-8000", "负5000", "0", "0元", "99999999", "2千万", "一二三", None],
)
def test_parse_money_rejects(text):
    assert parse_money(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2023年3月", date(2023, 3, 1)),
        ("2023年3月15日", date(2023, 3, 15)),
        ("2023-03-15", date(2023, 3, 15)),
        ("2023/3/15", date(2023, 3, 15)),
        ("2023.3", date(2023, 3, 1)),
        ("2023.3.15", date(2023, 3, 15)),
        ("20230315", date(2023, 3, 15)),
        ("二〇二三年三月十五日", date(2023, 3, 15)),
        ("2023年3月至今", date(2023, 3, 1)),
        ("2022年", date(2022, 1, 1)),
        ("去年3月", date(2023, 3, 1)),
        ("去年三月十号", date(2023, 3, 10)),
        ("今年5月", date(2024, 5, 1)),
        ("前年", date(2022, 1, 1)),
        ("上个月", date(2024, 5, 1)),
        ("今天", TODAY),
        ("还在上班，至今", TODAY),
        ("昨天", date(2024, 6, 9)),
        ("3月15号", date(2024, 3, 15)),     # already past this year
        ("8月1号", date(2023, 8, 1)),       # would be in the future: last year
        ("15号", date(2024, 5, 15)),        # this month's 15th is still ahead
        ("还在干", TODAY),                   # still employed: as of today
        ("still employed", TODAY),
        ("3天前", date(2024, 6, 7)),
        ("两周前", date(2024, 5, 27)),
        ("10个月前", date(2023, 8, 10)),
        ("离职10个月了", date(2023, 8, 10)),
        ("半年前", date(2023, 12, 10)),
        ("left 2 years ago", date(2022, 6, 10)),
        ("前年3月", date(2022, 3, 1)),       # a calendar month, not "3 months ago"
        ("去年3月离职", date(2023, 3, 1)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text, today=TODAY) == expected


def test_parse_date_leap_day_said_in_a_non_leap_year():
    assert parse_date("2月29号", today=date(2025, 3, 1)) == date(2024, 2, 29)


@pytest.mark.parametrize("text", ["", "不记得", "xyz", "2023年2月30日", "2023-13-01", "i don't know", None])
def test_parse_date_rejects(text):
    assert parse_date(text, today=TODAY) is None


@pytest.mark.parametrize(
    "text, expected",
    [("3年", "36"), ("两年半", "30"), ("1年8个月", "20"), ("18个月", "18"), ("半年", "6"), ("一年半", "18"),
     ("8个半月", "8.5"), ("3年零2个月", "38"), ("30年", "360"), ("18", "18"), ("半个月", "0.5"), ("2.5年", "30")],
)
def test_parse_months(text, expected):
    value = parse_months(text)
    assert value == Decimal(expected)
    assert "E" not in str(value)


@pytest.mark.parametrize("text", ["", "很久", "-3年", None])
def test_parse_months_rejects(text):
    assert parse_months(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [("10", "10"), ("10小时", "10"), ("两个半小时", "2.5"), ("2小时30分钟", "2.5"), ("90分钟", "1.5"),
     ("1.5h", "1.5"), ("三小时", "3"), ("半小时", "0.5"), ("每天工作5个小时", "5"), ("没有", "0"), ("0", "0")],
)
def test_parse_hours(text, expected):
    assert parse_hours(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "好多", "-2小时", "100000小时", None])
def test_parse_hours_rejects(text):
    assert parse_hours(text) is None


@pytest.mark.parametrize("text, expected", [("15", 15), ("十五", 15), ("15天", 15), ("第3次", 3), ("一百二十", 120)])
def test_parse_int(text, expected):
    assert parse_int(text) == expected


@pytest.mark.parametrize("text", ["", "几个", "-4", "1.5", None])
def test_parse_int_rejects(text):
    assert parse_int(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [("15", 15), ("15天", 15), ("两周", 14), ("半个月", 15), ("月结", 30), ("每月发一次", 30), ("日结", 1),
     ("一个月", 30), ("每周", 7), ("10日", 10)],
)
def test_parse_days(text, expected):
    assert parse_days(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("是", True), ("是的", True), ("对", True), ("有", True), ("yes", True), ("Yes", True), ("签了", True),
     ("嗯", True), ("已经离职了", True), ("否", False), ("没有", False), ("没签", False), ("no", False),
     ("不是", False), ("还没", False), ("No, never", False), ("还在职", False)],
)
def test_parse_bool(text, expected):
    assert parse_bool(text) is expected


@pytest.mark.parametrize("text", ["", "不知道", "不清楚", "也许吧？", "blue", None])
def test_parse_bool_rejects(text):
    assert parse_bool(text) is None


def test_parse_choice():
    choices = ("arrears", "other")
    assert parse_choice(choices, "arrears") == "arrears"
    assert parse_choice(choices, "OTHER") == "other"
    assert parse_choice(choices, "1") == "arrears"
    assert parse_choice(choices, "2") == "other"
    assert parse_choice(choices, "拖欠工资") == "arrears"
    assert parse_choice(choices, "加班费没给") == "arrears"
    assert parse_choice(choices, "其他争议") == "other"
    assert parse_choice(choices, "3") is None
    assert parse_choice(choices, "随便") is None


def test_parse_input_dispatches_by_kind():
    spec = {s.name: s for c in CALCULATORS.values() for s in c.inputs}
    assert parse_input(spec["monthly_wage"], "8千", today=TODAY) == Decimal("8000.00")
    assert parse_input(spec["start_date"], "去年3月", today=TODAY) == date(2023, 3, 1)
    assert parse_input(spec["weekday_hours"], "两个半小时", today=TODAY) == Decimal("2.5")
    assert parse_input(spec["pay_cycle_days"], "月结", today=TODAY) == 30
    assert parse_input(spec["employer_applied"], "没有", today=TODAY) is False
    assert parse_input(spec["dispute_type"], "欠薪", today=TODAY) == "arrears"
    assert parse_input(InputSpec("n", "int"), "十五", today=TODAY) == 15
    assert parse_input(InputSpec("m", "months"), "两年半", today=TODAY) == Decimal(30)
    assert parse_input(spec["monthly_wage"], "不知道", today=TODAY) is None


@pytest.mark.parametrize(
    "text, expected",
    [("干了13年", "156"), ("入职8个月", "8"), ("入职8个月了", "8"), ("工作了两年半", "30"), ("13 years", "156"),
     ("8 months", "8"), ("3年零2个月", "38")],
)
def test_parse_tenure(text, expected):
    assert parse_tenure(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["2013年", "2013年3月", "3月", "去年3月", "13", "离职10个月了", "10个月前", "很久",
                                  None])
def test_parse_tenure_rejects_dates_bare_numbers_and_times_since(text):
    assert parse_tenure(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [("离职10个月了", "10"), ("10个月前", "10"), ("走了半年", "6"), ("被辞退三个月了", "3"), ("两年前", "24"),
     ("left 10 months ago", "10"), ("10 months ago", "10")],
)
def test_parse_time_since(text, expected):
    assert parse_time_since(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["干了13年", "前年3月", "去年3月离职", "3月离职", "离职了", "2023年离职", None])
def test_parse_time_since_rejects_tenures_and_calendar_dates(text):
    assert parse_time_since(text) is None


@pytest.mark.parametrize("text, expected", [("还在干", True), ("还在上班", True), ("在职", True), ("没离职", True),
                                            ("I'm still working there", True), ("离职了", False), ("今天", False)])
def test_parse_still_employed(text, expected):
    assert parse_still_employed(text) is expected


def test_still_employed_is_a_no_to_has_the_job_ended():
    ended = CALCULATORS["arbitration_deadline"].spec("employment_ended")
    assert parse_input(ended, "还在干", today=TODAY) is False
    assert parse_input(ended, "still employed", today=TODAY) is False
    assert parse_bool("社保还在交") is None  # elsewhere 还在 is no "no"


def _hours(weekday, rest_day, holiday):
    return OvertimeHours(*(None if v is None else Decimal(v) for v in (weekday, rest_day, holiday)))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("平时每月36小时，周末2天，国庆加班3天", _hours(36, 16, 24)),
        ("weekdays 20 hours, 2 Sundays, no holidays", _hours(20, 16, 0)),
        ("20 hours on weekdays and 8 hours on holidays", _hours(20, None, 8)),
        ("平时0，周末1天半，节假日0", _hours(0, 12, 0)),
        ("国庆加班3天", _hours(None, None, 24)),            # holiday-only overtime
        ("春节加班半天", _hours(None, None, 4)),
        ("周六加班4小时，平时没有", _hours(0, 4, None)),
        ("周末16", _hours(None, 16, None)),                 # a lone number beside a kind: hours
        ("平时加班，每月36小时", _hours(36, None, None)),   # the kind named in a clause of its own
        ("月薪6000，平时加班36小时，周末没有", _hours(36, 0, None)),  # the wage is not overtime
        ("平时没给加班费，每月加班36小时", _hours(36, None, None)),  # 没给 is not "no overtime"
        ("3个节假日", _hours(None, None, 24)),
        ("0", _hours(0, 0, 0)),
        ("没有", _hours(0, 0, 0)),
        ("都没有", _hours(0, 0, 0)),
        ("weekdays 36 hours, rest days 16 hours, holidays 24 hours", _hours(36, 16, 24)),
    ],
)
def test_parse_overtime(text, expected):
    assert parse_overtime(text) == expected


@pytest.mark.parametrize("text", ["", "36小时", "加了两个周末", "2 weekends", "很多", "-3小时", None])
def test_parse_overtime_rejects_what_it_cannot_tell(text):
    assert parse_overtime(text) is None


def test_overtime_reads_back_from_its_text():
    value = parse_overtime("平时每月36小时，周末2天，国庆加班3天")
    assert parse_overtime(str(value)) == value


@pytest.mark.parametrize("text", ["不知道", "不清楚", "don't know", "Not sure", "skip", "unknown"])
def test_parse_unknown(text):
    assert parse_unknown(text)


def test_parse_input_reads_durations_for_dates_and_unknown_where_allowed():
    calc = CALCULATORS["economic_compensation"]
    assert parse_input(calc.spec("start_date"), "干了13年", today=TODAY) == Duration(Decimal(156))
    assert parse_input(calc.spec("start_date"), "2013年3月", today=TODAY) == date(2013, 3, 1)
    since = parse_input(calc.spec("end_date"), "离职10个月了", today=TODAY)
    assert since == Duration(Decimal(10), since=True)
    assert parse_input(calc.spec("end_date"), str(since), today=TODAY) == since  # survives being kept as text
    assert parse_input(calc.spec("end_date"), "还在干", today=TODAY) == TODAY
    assert parse_input(calc.spec("local_avg_wage"), "不知道", today=TODAY) is UNKNOWN
    assert parse_input(calc.spec("monthly_wage"), "不知道", today=TODAY) is None  # the wage cannot be skipped
    overtime = CALCULATORS["overtime_pay"].spec("overtime")
    assert parse_input(overtime, "国庆加班3天", today=TODAY) == _hours(None, None, 24)


# ---------------------------------------------------------------------------------------------
# Absurd values: refused, and with the reason a worker is told when asked again


@pytest.mark.parametrize("text", ["2099年13月", "2023年3月", "2023-03-15", "1e309", "1E5", "8e3", "inf", "NaN",
                                  "一万亿亿", "1亿", "9" * 30, "干了999999个月", "3个月", "0.001", "35岁"])
def test_parse_money_refuses_dates_exponents_and_absurd_amounts(text):
    # "2099年13月" was read as a wage of 2,099 yuan, "1e309" as 1 yuan, "一万亿亿" as 10,000.
    assert parse_money(text) is None


@pytest.mark.parametrize("text, expected", [("８，０００", "8000"), ("８０００．５", "8000.50"), ("１万２", "12000"),
                                            ("2023年工资8000", "8000"), ("3月份8000", "8000"),
                                            ("8000，2023年入职", "8000")])
def test_parse_money_reads_full_width_punctuation_and_skips_dates(text, expected):
    assert parse_money(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["999999", "999999个月", "2099年13月", "51年", "601个月", "1e309", "9" * 30])
def test_parse_months_refuses_more_than_a_working_life(text):
    assert parse_months(text) is None


def test_parse_months_keeps_a_working_life():
    assert parse_months("50年") == Decimal(600)


@pytest.mark.parametrize("text", ["1900年3月", "1949年12月31日", "2099年3月", "9999年", "0001-01-01", "2024年2月30日",
                                  "2024-13-01", "13月32日"])
def test_parse_date_refuses_dates_that_do_not_exist_or_are_far_off(text):
    assert parse_date(text, today=TODAY) is None


def test_parse_date_reads_a_contract_end_a_few_years_ahead():
    assert parse_date("2028年12月31日", today=TODAY) == date(2028, 12, 31)
    assert parse_date("１９５０年１月１日", today=TODAY) == date(1950, 1, 1)


@pytest.mark.parametrize("text", ["999999个月", "99999天", "9" * 30])
def test_parse_days_refuses_absurd_counts(text):
    assert parse_days(text) is None


def _spec(name: str) -> InputSpec:
    return next(s for c in CALCULATORS.values() for s in c.inputs if s.name == name)


@pytest.mark.parametrize(
    "name, text, code",
    [
        ("monthly_wage", "2099年13月", "date_not_amount"),
        ("monthly_wage", "2023-03-15", "date_not_amount"),
        ("monthly_wage", "1e309", "not_a_plain_number"),
        ("monthly_wage", "inf", "not_a_plain_number"),
        ("monthly_wage", "NaN", "not_a_plain_number"),
        ("monthly_wage", "一万亿亿", "amount_out_of_range"),
        ("monthly_wage", "2千万", "amount_out_of_range"),
        ("monthly_wage", "0", "amount_out_of_range"),
        ("monthly_wage", "9" * 30, "amount_out_of_range"),
        ("start_date", "我在厂里干了999999个月了", "duration_out_of_range"),
        ("start_date", "2099年13月", "date_not_real"),
        ("start_date", "2024年2月30日", "date_not_real"),
        ("start_date", "1900年3月", "date_out_of_range"),
        ("end_date", "离职999999个月了", "duration_out_of_range"),
        ("end_date", "2099年3月", "date_out_of_range"),
        ("service_months", "999999", "duration_out_of_range"),
        ("months_since_end", "2099年13月", "duration_out_of_range"),
        ("weekday_hours", "100000小时", "hours_out_of_range"),
        ("pay_cycle_days", "99999天", "number_out_of_range"),
    ],
)
def test_parse_input_says_why_it_refuses_a_readable_but_absurd_answer(name, text, code):
    value = parse_input(_spec(name), text, today=TODAY)
    assert isinstance(value, Refused) and value.code == code, value
    assert str(value) == text  # kept as text, it is refused again with its reason
    assert parse_input(_spec(name), str(value), today=TODAY) == value


def test_parse_input_still_returns_none_for_what_it_cannot_read():
    assert parse_input(_spec("monthly_wage"), "很多", today=TODAY) is None
    assert parse_input(_spec("start_date"), "很久以前", today=TODAY) is None


@pytest.mark.parametrize("text", ["８０００", "８千", "月薪８，０００元"])
def test_full_width_answers_read_like_half_width(text):
    assert parse_input(_spec("monthly_wage"), text, today=TODAY) == Decimal("8000.00")
    assert parse_input(_spec("start_date"), "２０２３年３月１日", today=TODAY) == date(2023, 3, 1)
    assert parse_input(_spec("start_date"), "干了１３年", today=TODAY) == Duration(Decimal(156))
