"""Calculators' words come from the locales: each result worded in Chinese and English, none in the calculators."""

from __future__ import annotations

import ast
import re
from datetime import date
from decimal import Decimal

import pytest

from bot.locales import calculator_text, calculator_title, input_prompt, invalid_message, render_calculation
from knowledge.calculators import CALCULATORS, InvalidInput, run
from knowledge.calculators import laws as calculator_laws
from tests.helpers.paths import REPO_ROOT

TODAY = date(2024, 6, 10)
_CJK = re.compile(r"[\u3400-\u9fff]")


def test_a_calculation_reads_the_same_in_chinese_and_english_through_the_locales():
    r = run("double_wages", {"monthly_wage": Decimal(6000), "start_date": date(2023, 3, 1),
                             "end_date": date(2023, 12, 31)}, today=TODAY)
    zh, en = render_calculation(r, "zh"), render_calculation(r, "en")
    assert zh.title == "未签书面劳动合同的二倍工资"
    assert en.title == "Double wages for working without a written contract"
    assert zh.summary == ("按月工资6,000.00元计算，2023-04-01至2023-12-31未签书面劳动合同，"
                          "可主张的二倍工资差额约为54,000.00元（9个月）。")
    assert en.summary == ("At a monthly wage of 6,000.00 yuan, for 2023-04-01 to 2023-12-31 without a written "
                          "contract you can claim about 54,000.00 yuan in extra (double) wages (9 months).")
    assert zh.formula == ("二倍工资期间 2023-04-01 至 2023-12-31：9个整月 = 9个月；"
                          "加付工资 = 月工资 6,000.00 × 9 = 54,000.00元")
    assert en.formula == ("Double-wage period 2023-04-01 to 2023-12-31: 9 whole months = 9 months; "
                          "extra wage = monthly wage 6,000.00 × 9 = 54,000.00 yuan")
    assert len(zh.notes) == len(en.notes) == 4
    assert len(zh.caveats) == len(en.caveats) == 1
    # The time bar, in both languages: counted as a whole, the claim runs to 2024-12-31.
    assert "2024-12-31" in zh.caveats[0] and "2024-12-31" in en.caveats[0]
    assert render_calculation(r, "fr") == zh  # an unknown language falls back to Chinese


def test_nested_phrases_are_worded_in_the_language_of_the_sentence():
    r = run("economic_compensation", {"monthly_wage": "6000", "start_date": "2020-01-01",
                                      "end_date": "2020-03-11"}, today=TODAY)
    assert "工作年限2个月11天" in render_calculation(r, "zh").summary
    assert "2 months 11 days of service" in render_calculation(r, "en").summary
    assert "Service 2 months 11 days" in render_calculation(r, "en").formula


def test_questions_titles_and_errors_come_from_the_locales():
    assert input_prompt("overtime_pay", "monthly_wage", "zh") == "您的月工资（加班费计算基数）是多少元？"
    assert input_prompt("double_wages", "monthly_wage", "en") == "What is your monthly wage in yuan (before tax)?"
    assert calculator_title("part_time_check", "en") == "Part-time work check"
    with pytest.raises(InvalidInput) as exc:
        run("economic_compensation", {"monthly_wage": "很多", "start_date": "2020-01-01", "end_date": "2021-01-01"},
            today=TODAY)
    assert invalid_message(exc.value, "zh") == "无法识别“很多”，请重新输入。"
    assert invalid_message(exc.value, "en") == "Could not read '很多'; please try again."


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_calculator_is_worded_in_every_language(lang):
    text = calculator_text(lang)
    assert text.phrases.keys() == calculator_text("zh").phrases.keys()
    assert text.errors.keys() == calculator_text("zh").errors.keys()
    for name, calc in CALCULATORS.items():
        assert text.titles[name]
        assert set(text.prompts[name]) == {spec.name for spec in calc.inputs}, name


def _string_constants(tree: ast.Module) -> list[str]:
    """Every string literal of a module except docstrings."""
    docstrings = {id(body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
                  and (body := node.body) and isinstance(body[0], ast.Expr)
                  and isinstance(body[0].value, ast.Constant)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_no_calculator_module_holds_chinese_words_for_the_worker():
    # The law titles are identifiers the basis is looked up by, not sentences.
    law_titles = {v for k, v in vars(calculator_laws).items() if k.isupper() and isinstance(v, str)}
    modules = sorted((REPO_ROOT / "knowledge" / "calculators").glob("*.py"))
    assert len(modules) >= 8
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        chinese = [s for s in _string_constants(tree) if _CJK.search(s) and s not in law_titles]
        assert not chinese, f"{path.name} holds worded text: {chinese}"


def test_the_english_words_hold_no_chinese():
    """An English-speaking worker reads the whole result in English, formulas and notes included."""
    tree = ast.parse((REPO_ROOT / "bot" / "locales" / "calculators_en.py").read_text(encoding="utf-8"))
    chinese = [s for s in _string_constants(tree) if _CJK.search(s)]
    assert not chinese, chinese


def test_caveats_are_worded_apart_from_background_notes():
    # Wage 40000, 14 years 5 months, local average unknown: the uncapped figure with the cap explained first.
    r = run("economic_compensation", {"monthly_wage": "40000", "start_date": "2010-01-01", "end_date": "2024-05-31",
                                      "local_avg_wage": "不知道"}, today=TODAY)
    zh, en = render_calculation(r, "zh"), render_calculation(r, "en")
    assert len(zh.caveats) == len(en.caveats) == 1
    assert zh.caveats[0].startswith("上面的金额没有封顶") and en.caveats[0].startswith("The figure above is not capped")
    assert not any("封顶" in n for n in zh.notes)


def test_overtime_asks_its_three_kinds_in_one_question():
    expected = {"zh": ("平时", "周末", "法定节假日", "0"), "en": ("working days", "weekends", "holidays", "0")}
    for lang, words in expected.items():
        prompt = input_prompt("overtime_pay", "overtime", lang)
        assert all(w in prompt for w in words), prompt


# The five calculators added for issue 10: each worded in both languages with its figure and every caveat.
_NEW_CASES = [
    # (calculator, inputs, figure in the summary, one phrase of each caveat: zh, en)
    ("work_injury_benefits", {"monthly_wage": "5000", "disability_grade": "9"}, "45,000.00",
     [("第六十四条", "art. 64"), ("一次性伤残就业补助金", "disability employment subsidy"),
      ("第六十二条", "art. 62")]),
    ("work_injury_benefits", {"monthly_wage": "5000", "disability_grade": "9", "leaving": "是", "province": "浙江",
                              "province_avg_wage": "6000", "employer_insured": "否", "local_avg_wage": "6000"},
     "24,000.00",
     [("单位没有参加工伤保险", "did not take out work-injury insurance"), ("递减20%", "falls by 20%")]),
    ("work_injury_benefits", {"monthly_wage": "5000"}, "5,000.00",
     [("还没有评伤残等级", "No disability grade yet")]),
    ("wage_deduction_cap", {"monthly_wage": "3000", "deduction": "3000"}, "600.00",
     [("本人原因", "you personally caused it"), ("2,400.00", "2,400.00")]),
    ("probation_wage_floor", {"agreed_wage": "4500", "probation_wage": "3000", "contract_months": "1年",
                              "probation_months": "3个月"}, "1,200.00",  # the lawful two months
     [("第八十三条", "arts. 19, 83"), ("约定工资4,500.00元", "agreed wage of 4,500.00 yuan")]),
    ("annual_leave_pay", {"monthly_wage": "6525", "work_months": "3年", "leaving": "否", "unused_leave_days": "5"},
     "3,000.00",
     [("书面提出不休", "declined it in writing"), ("一年仲裁时效", "one-year")]),
    ("annual_leave_pay", {"monthly_wage": "6525", "service_months": "30", "leaving": "是", "leave_date": "2024-06-30",
                          "taken_leave_days": "0"}, "1,200.00",
     [("以前单位", "previous employers"), ("书面提出不休", "declined it in writing"), ("一年仲裁时效", "one-year")]),
    ("maternity_allowance", {"monthly_wage": "7000", "insured": "不知道"}, "22,866.67",
     [("估算", "estimate"), ("产假前工资", "pre-leave wage"), ("延长的生育假", "extended childbirth leave"),
      ("÷ 30", "divide the monthly average by 30")]),
]


@pytest.mark.parametrize("name, values, figure, caveats", _NEW_CASES)
def test_new_calculators_show_the_figure_and_every_caveat_in_both_languages(name, values, figure, caveats):
    r = run(name, values, today=TODAY)
    zh, en = render_calculation(r, "zh"), render_calculation(r, "en")
    assert figure in zh.summary and figure in en.summary
    assert len(zh.caveats) == len(en.caveats) == len(caveats), zh.caveats
    for (zh_words, en_words), zh_caveat, en_caveat in zip(caveats, zh.caveats, en.caveats, strict=True):
        assert zh_words in zh_caveat and en_words in en_caveat
    assert zh.title != en.title and zh.notes and len(zh.notes) == len(en.notes)
    assert not _CJK.search(" ".join((en.title, en.summary, en.formula, *en.caveats, *en.notes)))


def test_new_calculators_ask_in_the_worker_language():
    assert input_prompt("work_injury_benefits", "monthly_wage", "zh").startswith("受伤前12个月")
    assert "12 months before the injury" in input_prompt("work_injury_benefits", "monthly_wage", "en")
    assert "生育保险" in input_prompt("maternity_allowance", "insured", "zh")
    assert "leaving" in input_prompt("annual_leave_pay", "leaving", "en")
    assert calculator_title("probation_wage_floor", "zh") == "试用期工资下限"
    assert calculator_title("wage_deduction_cap", "en") == "Limit on deductions from wages for a loss"


def test_every_calculator_is_offered_under_an_answer_on_some_topic():
    from bot.chat import TOPIC_CALCULATORS
    offered = {name for names in TOPIC_CALCULATORS.values() for name in names}
    assert offered == set(CALCULATORS)
    assert "maternity_allowance" in TOPIC_CALCULATORS["women"]
    assert "work_injury_benefits" in TOPIC_CALCULATORS["injury"]


_SAMPLES = {
    "service_period_penalty": {"training_cost": "60000", "service_period_months": "60", "served_months": "36",
                               "agreed_penalty": "100000"},
    "wage_shortfall": {"monthly_shortfall": "500", "shortfall_months": "16"},
    "wage_arrears": {"monthly_wage": "6000", "owed_months": "3"},
    "double_wages": {"monthly_wage": "6000", "start_date": "2023-03-01", "end_date": "2023-12-31"},
    "economic_compensation": {"monthly_wage": "6000", "start_date": "2020-01-01", "end_date": "2024-03-11"},
    "unlawful_dismissal": {"monthly_wage": "6000", "start_date": "2020-01-01", "end_date": "2024-03-11"},
    "work_injury_benefits": {"monthly_wage": "5000"},
    "work_injury_benefits@grade": {"monthly_wage": "5000", "disability_grade": "5", "leaving": "是",
                                   "province": "zhejiang", "province_avg_wage": "6000"},
    "work_injury_benefits@grade10": {"monthly_wage": "5000", "disability_grade": "10"},  # names art. 37, not 36
    "wage_deduction_cap": {"monthly_wage": "4000", "deduction": "3000"},
    "probation_wage_floor": {"agreed_wage": "4500", "probation_wage": "3000", "contract_months": "12",
                             "probation_months": "3"},
    "maternity_allowance": {"monthly_wage": "7000", "insured": "否"},
    "annual_leave_pay": {"monthly_wage": "6525", "work_months": "72", "leaving": "否", "unused_leave_days": "5"},
    "annual_leave_pay@leaving": {"monthly_wage": "6525", "work_months": "72", "leaving": "是",
                                 "leave_date": "2024-06-30", "taken_leave_days": "1"},
}


@pytest.mark.parametrize("name", sorted(_SAMPLES))
def test_every_article_a_calculation_names_is_in_its_basis(name):
    """The answer lists a calculation's basis as its citations: an article its words name but its basis lacks
    would reach the worker as a citation nobody looked up."""
    from knowledge.citations import CitationExtractor
    from knowledge.numerals import article_key, parse_article_key
    from knowledge.vocabulary import load_vocabulary

    calc = CALCULATORS[name.split("@")[0]]
    values = {k: v for k, v in _SAMPLES[name].items() if k in {s.name for s in calc.inputs}}
    try:
        result = run(calc.name, values, today=TODAY)
    except Exception as exc:  # the sample misses an input this calculator needs: say which
        pytest.fail(f"{name}: sample inputs incomplete: {exc}")
    basis = {(b.law, article_key(*parse_article_key(b.article))) for b in result.basis}
    titles = {b.law for b in result.basis} | {v for v in vars(calculator_laws).values()
                                              if isinstance(v, str) and not v.startswith("_") and len(v) > 3}
    extractor = CitationExtractor(titles, load_vocabulary().law_names)
    for lang in ("zh", "en"):
        worded = render_calculation(result, lang)
        text = "\n".join([worded.summary, worded.formula, *worded.caveats, *worded.notes])
        for c in extractor.extract(text):
            # A short name the extractor cannot resolve ("《解释（二）》") would reach the worker unlooked-up too.
            assert c.law and not c.law.startswith("?"), f"{name} ({lang}) names an unknown source: {c.law} {c.key}"
            assert (c.law, c.key) in basis, f"{name} ({lang}) names {c.law} {c.key} outside its basis"


def test_held_out_37_in_a_court_bankruptcy_the_arrears_lose_the_inspectorates_notes():
    # 法院受理破产清算: the claims go on the administrator's list; the year to arbitrate and the 85th article's surcharge
    # after an inspectorate's order were told all the same
    from datetime import date
    from decimal import Decimal

    from bot.assistant import _NOT_IN_BANKRUPTCY, _without_notes
    from knowledge.calculators.wage_arrears import wage_arrears

    owed = wage_arrears(monthly_wage=Decimal(5500), owed_months=Decimal(2), today=date(2026, 11, 27))
    kept = _without_notes(owed, _NOT_IN_BANKRUPTCY)
    assert [c.code for c in owed.caveats] == ["wage_arrears.note.time_limit", "wage_arrears.note.order"]
    assert kept.caveats == () and kept.summary == owed.summary


def test_held_out_41_the_surcharge_after_an_order_is_put_in_the_worker_s_figures():
    from datetime import date
    from decimal import Decimal

    from knowledge.calculators.wage_arrears import wage_arrears

    owed = wage_arrears(monthly_wage=Decimal(4800), owed_months=Decimal(5), today=date(2026, 11, 27))
    zh = "\n".join(render_calculation(owed, "zh").caveats)
    assert "按24,000.00元算，约12,000.00至24,000.00元" in zh
    assert "about 12,000.00 to 24,000.00 yuan" in "\n".join(render_calculation(owed, "en").caveats)
