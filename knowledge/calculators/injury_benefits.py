"""Work-injury benefits from the worker's own wage (工伤保险条例 33, 35–37, 62, 64).

Without a disability grade only the paid recovery period (停工留薪期, article 33) is computed: the
original wage, unchanged, paid monthly by the employer. With a grade: the one-off disability grant
(months of 本人工资 by grade), the monthly disability allowance of grades 1–6 and, for grades 5–10
leaving the job, the two one-off subsidies whose rates each province sets. The corpus holds only
Zhejiang's rates (浙江省工伤保险条例 27), so they are computed for a worker in Zhejiang and only
named for anyone else. 本人工资 is floored and capped at 60%–300% of the local average wage (64):
applied when the worker gives that average, a caveat otherwise.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from knowledge.calculators.figures import money, yuan
from knowledge.calculators.laws import (
    INJURY_REGULATION,
    MINIMUM_WAGE_CEILING,
    SOCIAL_INSURANCE_LAW,
    ZHEJIANG_INJURY_REGULATION,
    cite,
)
from knowledge.calculators.model import Basis, Calculation, Calculator, InputSpec, InvalidInput, Phrase

NAME = "work_injury_benefits"
BASIS = (*cite(INJURY_REGULATION, 33, 35, 36, 37, 62, 64), *cite(SOCIAL_INSURANCE_LAW, 38, 39, 41),
         *cite(ZHEJIANG_INJURY_REGULATION, 27))

# 工伤保险条例 35(1), 36(1), 37(1): the one-off disability grant in months of 本人工资, by grade.
GRANT_MONTHS = {1: 27, 2: 25, 3: 23, 4: 21, 5: 18, 6: 16, 7: 13, 8: 11, 9: 9, 10: 7}
# 35(2) (from the fund) and 36(2) (from the employer when it arranges no suitable work): the monthly
# disability allowance as a share of 本人工资.
ALLOWANCE_SHARE = {1: Decimal("0.90"), 2: Decimal("0.85"), 3: Decimal("0.80"), 4: Decimal("0.75"),
                   5: Decimal("0.70"), 6: Decimal("0.60")}
# 浙江省工伤保险条例 27(2): each of the two subsidies on leaving, in months of the previous year's
# provincial average monthly wage, by grade.
ZHEJIANG_SUBSIDY_MONTHS = {5: 30, 6: 25, 7: 10, 8: 7, 9: 4, 10: 2}
FLOOR_SHARE = Decimal("0.6")  # 64: 本人工资 below 60% of the local average counts as 60%
CAP_SHARE = Decimal(3)  # 64: above 300% counts as 300%
RECOVERY_MONTHS = 12  # 33: generally at most 12 months, extendable by at most 12
PROVINCES = ("zhejiang", "elsewhere")


def _base(monthly_wage: Decimal, local_avg_wage: Decimal | None) -> tuple[Decimal, str]:
    """本人工资 after the floor and cap of article 64, and which applied ("floor", "cap", "none", "unknown")."""
    if local_avg_wage is None:
        return monthly_wage, "unknown"
    floor, cap = money(local_avg_wage * FLOOR_SHARE), money(local_avg_wage * CAP_SHARE)
    if monthly_wage < floor:
        return floor, "floor"
    if monthly_wage > cap:
        return cap, "cap"
    return monthly_wage, "none"


def work_injury_benefits(*, monthly_wage: Decimal, disability_grade: int | None = None, leaving: bool | None = None,
                         employer_insured: bool | None = None, local_avg_wage: Decimal | None = None,
                         province: str | None = None, province_avg_wage: Decimal | None = None,
                         today: date) -> Calculation:
    """Return the work-injury benefits the worker's figures give (工伤保险条例 33, 35–37)."""
    wage = yuan(monthly_wage)
    recovery = Phrase("work_injury_benefits.part.recovery", {"wage": wage, "months": RECOVERY_MONTHS})
    caveats: list[Phrase] = []
    notes: list[Phrase] = [Phrase("work_injury_benefits.note.recovery")]
    basis: list[Basis] = [*cite(INJURY_REGULATION, 33), *cite(SOCIAL_INSURANCE_LAW, 39)]
    inputs = {"monthly_wage": wage}
    payer = {True: "fund", False: "employer", None: "fund_unless_uninsured"}[employer_insured]

    if disability_grade is None:
        caveats.append(Phrase("work_injury_benefits.note.no_grade"))
        basis += cite(INJURY_REGULATION, 35, 36, 37)  # the note names the benefits a grade would bring
        notes.append(Phrase("work_injury_benefits.note.nursing"))
        return Calculation(
            calculator=NAME, amount=None,
            summary=Phrase("work_injury_benefits.summary.recovery", {"recovery": recovery}),
            formula=Phrase("work_injury_benefits.formula.recovery", {"wage": wage, "months": RECOVERY_MONTHS}),
            inputs=inputs, basis=tuple(basis), notes=tuple(notes), caveats=tuple(caveats))

    grade = disability_grade
    base, clamp = _base(monthly_wage, local_avg_wage)
    grant_months = GRANT_MONTHS[grade]
    grant = money(base * grant_months)
    article = "35" if grade <= 4 else "36" if grade <= 6 else "37"
    basis[:0] = cite(INJURY_REGULATION, article, 64)
    parts: list[Phrase] = [Phrase("work_injury_benefits.part.grant", {
        "grade": grade, "months": grant_months, "base": yuan(base), "amount": yuan(grant), "payer": payer})]
    formula: dict[str, object] = {"grade": grade, "wage": wage, "base": yuan(base), "clamp": clamp,
                                  "grant_months": grant_months, "grant": yuan(grant),
                                  "share": "", "allowance": "", "subsidy_months": 0, "province_avg_wage": "",
                                  "subsidy": ""}
    inputs.update({"disability_grade": str(grade), "base_wage": yuan(base), "grant": yuan(grant)})
    amount = grant

    if clamp == "unknown":
        caveats.append(Phrase("work_injury_benefits.note.base_unknown", {"wage": wage}))
    elif clamp != "none":
        caveats.append(Phrase("work_injury_benefits.note.base_clamped", {
            "wage": wage, "local_avg_wage": yuan(local_avg_wage or 0), "base": yuan(base), "clamp": clamp}))
    else:
        notes.append(Phrase("work_injury_benefits.note.base_checked", {
            "local_avg_wage": yuan(local_avg_wage or 0), "floor": yuan((local_avg_wage or 0) * FLOOR_SHARE),
            "cap": yuan((local_avg_wage or 0) * CAP_SHARE)}))

    if grade <= 4 or (grade <= 6 and not leaving):  # 5–6: the allowance is for a worker who stays
        share = ALLOWANCE_SHARE[grade]
        allowance = money(base * share)
        percent = str(int(share * 100))
        parts.append(Phrase("work_injury_benefits.part.allowance_1_4" if grade <= 4
                            else "work_injury_benefits.part.allowance_5_6",
                            {"percent": percent, "amount": yuan(allowance), "payer": payer}))
        formula.update(share=percent, allowance=yuan(allowance))
        inputs["monthly_allowance"] = yuan(allowance)
        if allowance < MINIMUM_WAGE_CEILING:
            caveats.append(Phrase("work_injury_benefits.note.allowance_minimum_wage", {
                "amount": yuan(allowance), "employer": grade >= 5}))

    if grade >= 5:
        subsidy_months = ZHEJIANG_SUBSIDY_MONTHS[grade] if province == "zhejiang" else 0
        subsidy = money(province_avg_wage * subsidy_months) if subsidy_months and province_avg_wage else None
        leave = {"grade": grade, "zhejiang": province == "zhejiang", "months": subsidy_months,
                 "province_avg_wage": yuan(province_avg_wage) if province_avg_wage else "",
                 "amount": yuan(subsidy) if subsidy is not None else "",
                 "total": yuan(2 * subsidy) if subsidy is not None else "", "insured": employer_insured}
        if province == "zhejiang":
            basis.append(Basis(ZHEJIANG_INJURY_REGULATION, "27"))
            formula.update(subsidy_months=subsidy_months, province_avg_wage=leave["province_avg_wage"],
                           subsidy=leave["amount"])
        if leaving:
            parts.append(Phrase("work_injury_benefits.part.leaving", leave))
            if subsidy is not None:
                amount += 2 * subsidy
                inputs["subsidies_on_leaving"] = yuan(2 * subsidy)
        else:
            caveats.append(Phrase("work_injury_benefits.note.if_leaving", {**leave, "said_staying": leaving is False}))
        if province == "zhejiang":
            caveats.append(Phrase("work_injury_benefits.note.zhejiang_near_retirement"))
        elif province is None:
            notes.append(Phrase("work_injury_benefits.note.province_unknown"))
        basis.append(Basis(SOCIAL_INSURANCE_LAW, "38"))
    elif leaving:
        caveats.append(Phrase("work_injury_benefits.note.grade_1_4_keep_job"))

    if employer_insured is False:
        caveats.insert(0, Phrase("work_injury_benefits.note.uninsured"))
    elif employer_insured is None:
        caveats.append(Phrase("work_injury_benefits.note.insurance_unknown"))
    if employer_insured is not True:
        basis.extend((Basis(INJURY_REGULATION, "62"), Basis(SOCIAL_INSURANCE_LAW, "41")))
    parts.insert(0, recovery)
    notes.append(Phrase("work_injury_benefits.note.nursing"))
    return Calculation(
        calculator=NAME, amount=amount,
        summary=Phrase("work_injury_benefits.summary", {"grade": grade, "parts": tuple(parts)}),
        formula=Phrase("work_injury_benefits.formula", formula),
        inputs=inputs, basis=tuple(dict.fromkeys(basis)), notes=tuple(notes), caveats=tuple(caveats))


def check(calc: Calculator, values: dict[str, object], today: date) -> None:
    """Refuse a disability grade outside 1–10."""
    grade = values.get("disability_grade")
    if isinstance(grade, int) and not 1 <= grade <= 10:
        raise InvalidInput(calc.spec("disability_grade"), "grade_out_of_range", raw=str(grade))


CALCULATOR = Calculator(
    name=NAME,
    inputs=(
        InputSpec("monthly_wage", "money"),
        InputSpec("disability_grade", "int", required=False),
        InputSpec("leaving", "bool", required=False, may_be_unknown=True),
        InputSpec("employer_insured", "bool", required=False, may_be_unknown=True),
        InputSpec("local_avg_wage", "money", required=False, may_be_unknown=True),
        InputSpec("province", "choice", choices=PROVINCES, required=False),
        InputSpec("province_avg_wage", "money", required=False, may_be_unknown=True,
                  required_if=(("province", "zhejiang"), ("leaving", True))),
    ),
    compute=work_injury_benefits, basis=BASIS, check=check)
