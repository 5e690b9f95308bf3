from datetime import date

from bot.intake import SKIPPED, UNKNOWN, facts_to_ask, mask_phone, normalize_phone, read_answer

TODAY = date(2026, 11, 21)


def test_answers_are_read_into_stored_values():
    assert read_answer("start_date", "2024年3月", today=TODAY) == "2024-03-01"
    assert read_answer("end_date", "还在干", today=TODAY) == "ongoing"
    assert read_answer("monthly_wage", "六千", today=TODAY) == "6000"
    assert read_answer("amount_owed", "1万2", today=TODAY) == "12000"
    assert read_answer("written_contract", "没签", today=TODAY) == "no"
    assert read_answer("social_insurance", "交了", today=TODAY) == "yes"
    assert read_answer("city", "不知道", today=TODAY) == UNKNOWN
    assert read_answer("employer", "不想说", today=TODAY) == SKIPPED
    assert read_answer("monthly_wage", "很多", today=TODAY) is None  # asked again
    assert read_answer("start_date", "很久以前", today=TODAY) is None


def test_phone_numbers():
    assert normalize_phone("+86 138-1234-5678") == "13812345678"
    assert normalize_phone("12345") is None and normalize_phone("23812345678") is None
    assert normalize_phone("１３９１２３４５６７８") == normalize_phone("＋８６ １３９－１２３４－５６７８") == "13912345678"  # full width
    assert mask_phone("13812345678") == "138****5678"


def test_only_missing_facts_that_matter_are_asked():
    asked = facts_to_ask("arrears", {"monthly_wage": "6000", "start_date": "2025-03-01"})
    assert "amount_owed" in asked and "monthly_wage" not in asked and "start_date" not in asked
    assert "amount_owed" not in facts_to_ask("overtime_hours", {})
