"""The calculators' words in Chinese: titles, questions, errors, and every phrase of a result.

A phrase is a ``str.format`` template, or a function of the phrase's parameters where the
sentence changes shape with them. Figures arrive formatted ("8,000.00", "2023-04-01"); nested
phrases (a duration, the days left) arrive already worded.
"""

from __future__ import annotations

from bot.locales.base import CalculatorText

_AVG_WAGE = "解除或终止前12个月的平均月工资是多少元？（含奖金、津贴、补贴）"
_START = "您从哪天开始上班（用工之日）？例如 2023年3月1日；记不清日期也可以说干了多久，例如“干了3年”"
_END = "劳动合同哪天解除或终止（最后工作日）？还在上班就回复“今天”；也可以说“离职10个月了”"
_LOCAL_AVG = ("您所在城市上年度职工月平均工资是多少元？（月工资超过它的三倍时，补偿按三倍封顶、最多算12年；"
              "可在当地人社局网站查或打12333问；不知道就回复“不知道”）")
_SERVICE = "（选填）您在这家单位一共干了多久？例如“干了13年”“8个月”"
_SINCE_END = "（选填）离职多久了？例如“10个月”"
_COMPENSATION_PROMPTS = {"monthly_wage": _AVG_WAGE, "start_date": _START, "end_date": _END,
                         "local_avg_wage": _LOCAL_AVG, "service_months": _SERVICE, "months_since_end": _SINCE_END}


def duration(years: int, months: int, days: int) -> str:
    parts = [f"{years}年" if years else "", f"{months}个月" if months else "", f"{days}天" if days else ""]
    return "".join(parts) or "0天"


def days_left(days: int) -> str:
    if days > 0:
        return f"距今还有{days}天"
    if days == 0:
        return "今天是最后一天"
    return f"已过期{-days}天"


def _counted_from_tenure(service: str) -> str:
    return f"工作年限按你说的工作时长（{service}）计算；如果实际年限不同，告诉我入职和离职日期，我重新算。"


def _estimated_start(date: str, service: str = "") -> str:
    how = f"按你说的工作时长（{service}）" if service else "按你说的工作时长"
    return f"入职日期是{how}推算的：{date}。如果不准，告诉我准确日期，我重新算。"


def _compensation_wage(wage: str, capped: bool, base: str) -> str:
    if capped:
        return f"月工资{wage}元（超过当地职工月平均工资三倍，按{base}元封顶、年限最多计12年）"
    return f"月工资{wage}元"


def _months_rule(service: tuple[int, int, int], remainder: str, counted: str, months: str, capped_years: bool) -> str:
    rest = {"year": "余数满6个月按1年计", "half": "余数不满6个月计半个月", "none": "无余数"}[remainder]
    cap = f"，封顶为{months}个月" if capped_years else ""
    return f"工作年限{duration(*service)}：满{service[0]}年计{service[0]}个月，{rest}，共{counted}个月{cap}"


def _compensation_formula(*, capped: bool, base: str, months: str, amount: str, **rule) -> str:
    cap = "（三倍封顶，年限最多12个月）" if capped else ""
    return f"{_months_rule(months=months, **rule)}；经济补偿 = 月工资基数 {base}{cap} × {months} = {amount}元"


def _dismissal_formula(*, capped: bool, base: str, months: str, compensation: str, amount: str, **rule) -> str:
    cap = "（三倍封顶，年限最多12个月）" if capped else ""
    return (f"{_months_rule(months=months, **rule)}；"
            f"赔偿金 = 2 × 月工资基数 {base}{cap} × {months} = 2 × {compensation} = {amount}元")


def _double_wages_formula(*, first_day: str, last_day: str, capped: bool, whole: int, partial: str, months: str,
                          wage: str, amount: str) -> str:
    return (f"二倍工资期间 {first_day} 至 {last_day}{'（已封顶于用工满一年的前一日）' if capped else ''}："
            f"{whole}个整月{f' + {partial}' if partial else ''} = {months}个月；"
            f"加付工资 = 月工资 {wage} × {months} = {amount}元")


def _whole_claim(whole_deadline: str) -> str:
    if whole_deadline:
        return f"有的地方从二倍工资期间结束次日起整体计算，最迟到{whole_deadline}"
    return "有的地方从二倍工资期间结束次日起整体计算，期间结束后一年内都来得及"


def _double_wages_limitation(*, next_bar: str, whole_deadline: str) -> str:
    return ("时效：加付的二倍工资一般不算劳动报酬，在职期间也适用一年仲裁时效（《劳动争议调解仲裁法》第二十七条）。"
            f"按逐月计算，最早一个月的差额将于{next_bar}后超过一年；{_whole_claim(whole_deadline)}。"
            "请尽早申请仲裁，书面催要或投诉可以让时效中断、重新计算。")


def _double_wages_partly_barred(*, barred_until: str, barred_months: str, barred_amount: str, open_months: str,
                                open_amount: str, next_bar: str, whole_deadline: str) -> str:
    return (f"时效：按逐月计算一年仲裁时效，{barred_until}及以前的{barred_months}个月（约{barred_amount}元）"
            f"已超过一年，可能拿不回来；仍在时效内的是{open_months}个月、约{open_amount}元，"
            f"下一个月的部分将于{next_bar}后过时效。{_whole_claim(whole_deadline)}（按这种算法全部都还来得及）。"
            "如果曾书面催要、投诉或单位同意支付，时效可能已中断重新计算。请尽快申请仲裁"
            "（《劳动争议调解仲裁法》第二十七条）。")


def _capped_note(*, wage: str, local_avg_wage: str, base: str, counted: str, months: str, capped_years: bool) -> str:
    years = (f"；计算月数由{counted}个月减为{months}个月（最多计12年）" if capped_years
             else "，年限最多计12年（本例未超过）")
    return (f"已按三倍封顶：月工资{wage}元高于当地上年度职工月平均工资{local_avg_wage}元的三倍，"
            f"基数按三倍即{base}元计算{years}（《劳动合同法》第四十七条第二款）。")


def _may_be_capped(*, wage: str, threshold: str, counted: str, capped_years: bool, dismissal: bool) -> str:
    what = "赔偿金" if dismissal else "经济补偿"
    years = f"，而且年限最多计12年（你的{counted}个月将按12个月计）" if capped_years else "，年限最多计12年"
    return (f"上面的金额没有封顶，可能偏高：如果当地上年度职工月平均工资低于{threshold}元"
            f"（你月工资{wage}元的三分之一），"
            f"{what}的基数按当地平均工资的三倍计算{years}（《劳动合同法》第四十七条第二款）。"
            "当地平均工资可在人社局网站查或打12333问，告诉我后我按封顶重新算。")


_NOT_STATED_EXAMPLE = {"平时（工作日延时）": "平时每月20小时", "休息日（周末）": "周末加班2天", "法定节假日": "国庆3天"}


def _not_stated(kinds: tuple[str, ...]) -> str:
    example = _NOT_STATED_EXAMPLE.get(kinds[0], "周末加班2天") if kinds else "周末加班2天"
    return f"你没有说{'、'.join(kinds)}加班的时长，这部分按0计算；如果有，告诉我时长（例如“{example}”），我重新算。"


def _overtime_formula(*, wage: str, paid_days: str, daily: str, hourly: str, weekday_hours: str, weekday: str,
                      rest_day_hours: str, rest_day: str, comp_time: bool, holiday_hours: str, holiday: str,
                      amount: str) -> str:
    rest = (f"休息日 {rest_day_hours}h 已安排补休 → 0.00" if comp_time
            else f"休息日 {rest_day_hours}h × {hourly} × 200% = {rest_day}")
    return (f"日工资 = 月工资 {wage} ÷ {paid_days} = {daily}；"
            f"小时工资 = 日工资 ÷ 8 = {hourly}；"
            f"工作日延时 {weekday_hours}h × {hourly} × 150% = {weekday}；"
            f"{rest}；"
            f"法定节假日 {holiday_hours}h × {hourly} × 300% = {holiday}；"
            f"合计 {amount}元（小时工资按未取整值计算）")


def _over_limits(*, daily: str, weekly: str, too_long_day: bool, too_long_week: bool) -> str:
    why = "、".join(x for x in (f"平均每天{daily}小时（超过4小时）" if too_long_day else "",
                               f"每周{weekly}小时（超过24小时）" if too_long_week else "") if x)
    return (f"您{why}，超出非全日制用工的标准，不属于非全日制用工，应按全日制用工对待：单位应订立书面劳动合同"
            "（未签的可主张二倍工资），解除或终止时依法支付经济补偿，不能随时无偿终止。")


def _part_time_formula(*, daily: str, weekly: str, too_long_day: bool, too_long_week: bool, not_part_time: bool,
                       days: int, late_pay: bool) -> str:
    return (f"日均 {daily}h {'>' if too_long_day else '≤'} 4h；周 {weekly}h "
            f"{'>' if too_long_week else '≤'} 24h → {'不是' if not_part_time else '符合'}非全日制（《劳动合同法》第六十八条）；"
            f"结算周期 {days} 天 {'>' if late_pay else '≤'} 15 天 → "
            f"{'违反' if late_pay else '符合'}《劳动合同法》第七十二条第二款")


# --- work-injury benefits, wage deductions, probation pay, annual leave, maternity allowance ---

_INJURY_PAYER = {"fund": "由工伤保险基金", "employer": "单位没参保，由单位",
                 "fund_unless_uninsured": "由工伤保险基金（单位没参保的由单位）"}


def _injury_leaving_when(grade: int) -> str:
    return "你本人提出解除或终止劳动关系时" if grade <= 6 else "劳动合同期满终止或你本人提出解除时"


def _injury_subsidies(*, zhejiang: bool, months: int, province_avg_wage: str, amount: str, total: str) -> str:
    what = "一次性工伤医疗补助金（工伤保险基金支付）和一次性伤残就业补助金（单位支付）"
    if zhejiang and amount:
        return (f"{what}，浙江省各为{months}个月的上年度全省职工月平均工资："
                f"{months} × {province_avg_wage} = 各{amount}元，两项合计{total}元")
    if zhejiang:
        return (f"{what}，浙江省各为{months}个月的上年度全省职工月平均工资"
                "（告诉我上年度全省职工月平均工资，我算出金额）")
    return f"{what}，具体标准由你工作所在的省规定（可打12333查询）"


def _injury_part_grant(*, grade: int, months: int, base: str, amount: str, payer: str) -> str:
    return (f"一次性伤残补助金：{grade}级为{months}个月的本人工资，{months} × {base} = {amount}元，"
            f"{_INJURY_PAYER[payer]}一次性支付")


def _injury_allowance_1_4(*, percent: str, amount: str, payer: str) -> str:
    return (f"保留劳动关系、退出工作岗位，每月伤残津贴为本人工资的{percent}%，即每月{amount}元，"
            f"{_INJURY_PAYER[payer]}按月支付")


def _injury_allowance_5_6(*, percent: str, amount: str, payer: str) -> str:
    return (f"保留劳动关系，由单位安排适当工作；难以安排工作的，单位按月发伤残津贴，为本人工资的{percent}%，"
            f"即每月{amount}元，并为你缴纳各项社会保险费")


def _injury_part_leaving(*, grade: int, insured: bool | None, **subsidies) -> str:
    return f"{_injury_leaving_when(grade)}另有{_injury_subsidies(**subsidies)}"


def _injury_if_leaving(*, grade: int, insured: bool | None, said_staying: bool, **subsidies) -> str:
    lead = "你说暂不离开单位；以后离开单位（" if said_staying else "如果离开单位（"
    return (f"{lead}{_injury_leaving_when(grade)}），还可以领{_injury_subsidies(**subsidies)}"
            f"（《工伤保险条例》第{'三十六' if grade <= 6 else '三十七'}条）。单位给的“一次性了结”少于这些的，可以不签。")


def _injury_formula(*, grade: int, wage: str, base: str, clamp: str, grant_months: int, grant: str, share: str,
                    allowance: str, subsidy_months: int, province_avg_wage: str, subsidy: str) -> str:
    how = {"floor": f"月工资 {wage} 低于当地平均工资60%，按60%计", "cap": f"月工资 {wage} 高于当地平均工资300%，按300%计",
           "none": "在当地平均工资60%~300%之间", "unknown": "按你说的月工资，未核对60%~300%的封底封顶"}[clamp]
    parts = [f"本人工资 {base}（{how}）", f"一次性伤残补助金 = {base} × {grant_months} = {grant}"]
    if share:
        parts.append(f"伤残津贴 = {base} × {share}% = {allowance}/月")
    if subsidy_months:
        parts.append(f"浙江离职补助金每项 = 上年度全省职工月平均工资 {province_avg_wage or '?'} × {subsidy_months}"
                     + (f" = {subsidy}" if subsidy else ""))
    return "；".join(parts)


def _injury_base_clamped(*, wage: str, local_avg_wage: str, base: str, clamp: str) -> str:
    how = "低于" if clamp == "floor" else "高于"
    rate = "60%" if clamp == "floor" else "300%"
    return (f"本人工资已按封底封顶计算：你的月工资{wage}元{how}当地职工平均工资{local_avg_wage}元的{rate}，"
            f"按{rate}即{base}元计算（《工伤保险条例》第六十四条）。")


def _injury_allowance_minimum(*, amount: str, employer: bool) -> str:
    who = "单位" if employer else "工伤保险基金"
    article = "第三十六条" if employer else "第三十五条"
    return (f"伤残津贴每月{amount}元可能低于当地最低工资标准：低于的，由{who}补足差额"
            f"（《工伤保险条例》{article}）。当地标准可在人社局网站查或打12333问。")


def _deduction_summary(*, wage: str, cap: str, allowed: str, deduction: str, whole: str, whole_told: bool,
                       months: int, over: str, over_any: bool, floor_bites: bool, minimum_wage: str, left: str) -> str:
    limit = (f"{allowed}元（扣后剩下的工资不得低于当地最低工资{minimum_wage}元）" if floor_bites
             else f"{allowed}元（当月工资的20%）")
    taken = (f"如果单位一个月就扣了{deduction}元，多扣的{over}元属于克扣工资，应当退还。" if over_any
             else f"单位一个月扣{deduction}元没有超过这个上限。")
    pace = "" if months <= 1 else (f"{whole}元的损失按这个上限至少要分{months}个月扣完。" if whole_told
                                   else f"{deduction}元按这个上限要分{months}个月扣完。")
    return f"按月工资{wage}元，单位每月最多只能从工资里扣{limit}赔偿损失；{pace}{taken}"


def _deduction_formula(*, wage: str, cap: str, allowed: str, deduction: str, whole: str, whole_told: bool,
                       months: int, over: str, over_any: bool, floor_bites: bool, minimum_wage: str, left: str) -> str:
    parts = [f"每月上限 = 月工资 {wage} × 20% = {cap}"]
    if floor_bites:
        parts.append(f"扣后不得低于最低工资 {minimum_wage}：{wage} − {minimum_wage} = {allowed}")
    if months:
        parts.append(f"{whole} ÷ {allowed} → {months}个月")
    if over_any:
        parts.append(f"一个月多扣 = {deduction} − {allowed} = {over}")
    return "；".join(parts)


_PROBATION_BINDING = {"agreed": "约定工资的80%", "post": "本单位相同岗位最低档工资的80%", "minimum": "当地最低工资标准"}


def _probation_summary(*, agreed: str, paid: str, floor: str, binding: str, eighty: str, post: str, minimum: str,
                       shortfall: str, short: bool, months: str, total: str) -> str:
    head = f"按约定工资{agreed}元，试用期工资最低为{floor}元（{_PROBATION_BINDING[binding]}）。"
    if not short:
        return head + f"你现在每月{paid}元，没有低于这个下限。"
    whole = f"，{months}个月试用期共少发{total}元" if total else ""
    return head + f"你现在每月{paid}元，每月少发{shortfall}元{whole}，可以要求单位补足。"


def _probation_formula(*, agreed: str, paid: str, floor: str, binding: str, eighty: str, post: str, minimum: str,
                       shortfall: str, short: bool, months: str, total: str) -> str:
    parts = [f"约定工资 {agreed} × 80% = {eighty}"]
    if post:
        parts.append(f"同岗位最低档工资 × 80% = {post}")
    if minimum:
        parts.append(f"当地最低工资 {minimum}")
    parts.append(f"下限取最高者 {floor}")
    parts.append(f"差额 = {floor} − {paid} = {shortfall}/月" if short else f"{paid} ≥ {floor}，无差额")
    if total:
        parts.append(f"× {months}个月 = {total}")
    return "；".join(parts)


def _probation_term(contract: str, limit: int) -> str:
    if limit == 0:
        return f"劳动合同期限{contract}个月，不满三个月，依法不得约定试用期"
    return f"劳动合同期限{contract}个月，试用期最长{limit}个月"


def _probation_too_long(*, contract: str, limit: int, probation: str, excess: str, damages: str, agreed: str) -> str:
    return (f"{_probation_term(contract, limit)}，约定的{probation}个月超出了{excess}个月：超出的期间已经履行的，"
            f"单位应按试用期满月工资{agreed}元向你支付赔偿金，超出的{excess}个月全部履行的话为{damages}元"
            "（《劳动合同法》第十九条、第八十三条）。")


def _probation_limit(*, contract: str, limit: int) -> str:
    return (f"{_probation_term(contract, limit)}（《劳动合同法》第十九条）；超出的试用期已经履行的，"
            "单位要按试用期满月工资支付赔偿金（《劳动合同法》第八十三条）。")


def _leave_work(annual: int, work: str) -> str:
    return f"累计工作{work}，每年年假{annual}天"


def _leave_summary(*, wage: str, paid_days: str, daily: str, work: str, annual: int, days: int, extra: str,
                   total: str, leaving: bool, **rest) -> str:
    if leaving:
        return (f"{_leave_work(annual, work)}；到{rest['leave_date']}离职，今年应休未休{days}天。日工资{daily}元，"
                f"未休年假每天按300%计、其中100%的正常工资已随工资发放，单位还应另付{extra}元"
                f"（{days}天 × {daily} × 200%）。")
    return (f"按月工资{wage}元，日工资为{daily}元；{days}天未休年假按日工资的300%计共{total}元，"
            f"其中100%的正常工资已随工资发放，单位还应另付{extra}元。{_leave_work(annual, work)}。")


def _leave_summary_none(*, work: str, annual: int, days: int, leaving: bool, **rest) -> str:
    if annual == 0:
        return f"累计工作{work}，还不满12个月，没有带薪年休假，所以没有未休年假工资。"
    if leaving:
        return (f"{_leave_work(annual, work)}；到{rest['leave_date']}离职，今年折算后没有应休未休的年假"
                "（不足1整天的不计），没有未休年假工资。")
    return f"{_leave_work(annual, work)}；没有未休的天数，所以没有未休年假工资。"


def _leave_formula(*, wage: str, paid_days: str, daily: str, days: int, extra: str, total: str, **rest) -> str:
    return (f"日工资 = 月工资 {wage} ÷ {paid_days} = {daily}；未休 {days} 天 × {daily} × 200% = {extra}"
            f"（连同已发的100%共300% = {total}；日工资按未取整值计算）")


def _leave_formula_leaving(*, wage: str, paid_days: str, daily: str, annual: int, days: int, extra: str,
                           leave_date: str, counted_from: str, elapsed: int, taken: int, exact: str, **rest) -> str:
    return (f"今年在本单位已过日历天数：{counted_from} 至 {leave_date} = {elapsed}天；"
            f"{elapsed} ÷ 365 × {annual} − 已休 {taken} = {exact}，不足1整天的不计 → {days}天；"
            f"日工资 = {wage} ÷ {paid_days} = {daily}；{days} × {daily} × 200% = {extra}")


_MATERNITY_BASE = {"employer_avg": "单位上年度职工月平均工资{base}元", "own_uninsured": "你产假前的工资{base}元",
                   "own_estimate": "你的月工资{base}元（估算）"}
_MATERNITY_PAYER = {"fund": "由生育保险基金支付", "employer": "单位没参加生育保险，由单位支付",
                    "unknown": "单位参加了生育保险的由生育保险基金支付，没参加的由单位支付"}


def _maternity_summary(*, base: str, source: str, days: int, amount: str, payer: str, **rest) -> str:
    return (f"按{_MATERNITY_BASE[source].format(base=base)}、产假{days}天计算，生育津贴约为{amount}元"
            f"（{base} ÷ 30 × {days}），{_MATERNITY_PAYER[payer]}。")


def _leave_days(national_days: int, difficult: bool, babies: int) -> str:
    """The national maternity leave as its sum: 98 + 15（难产） + 15 × 1（多胞胎） = 128天."""
    leave = "98" + (" + 15（难产）" if difficult else "") + (f" + 15 × {babies - 1}（多胞胎）" if babies > 1 else "")
    return f"{leave} = {national_days}天" if leave != "98" else "98天"


def _maternity_formula(*, base: str, daily: str, days: int, amount: str, national_days: int, difficult: bool,
                       babies: int, given_days: bool, **rest) -> str:
    leave = _leave_days(national_days, difficult, babies)
    if given_days:
        leave = f"按你说的{days}天（国家规定 {leave}）"
    return f"日生育津贴 = {base} ÷ 30 = {daily}；产假 {leave}；生育津贴 = {base} ÷ 30 × {days} = {amount}"


def _maternity_leave_summary(*, days: int, national_days: int, difficult: bool, babies: int, start: str, end: str,
                             from_birth: bool, given_days: bool) -> str:
    head = (f"按国家规定你的产假至少{national_days}天（{_leave_days(national_days, difficult, babies)}）"
            "，不止98天。" if national_days > 98 else "按国家规定你的产假是98天（其中产前可以休15天）。")
    if given_days:
        head += f"加上当地的延长天数，按你说的一共{days}天。"
    if end:
        since = "从生产当天" if from_birth else "从休假第一天"
        head += f"{since}（{_day_zh(start)}）起连续计算{days}天，到{_day_zh(end)}结束。"
    return head


def _maternity_leave_formula(*, days: int, national_days: int, difficult: bool, babies: int, start: str, end: str,
                             **rest) -> str:
    leave = _leave_days(national_days, difficult, babies)
    return f"产假 {leave}" + (f"；{_day_zh(start)} + {days} − 1 天 = {_day_zh(end)}" if end else "")


def _day_zh(iso: str) -> str:
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"


_NEW_TITLES = {
    "unemployment_period": "失业保险金领取期限",
    "maternity_leave": "产假天数",
    "probation_excess": "试用期超过法定上限的赔偿金",
    "work_injury_benefits": "工伤待遇",
    "wage_deduction_cap": "赔偿损失扣工资的上限",
    "probation_wage_floor": "试用期工资下限",
    "annual_leave_pay": "未休年假工资",
    "maternity_allowance": "生育津贴",
    "wage_shortfall": "少发的工资差额",
    "wage_arrears": "拖欠的工资",
    "service_period_penalty": "提前离职的培训服务期违约金上限",
}

_NEW_PROMPTS = {
    "probation_excess": {
        "monthly_wage": "转正后（试用期满）的月工资是多少元？",
        "contract_months": "劳动合同签了多长时间？例如“2年”“3年”（无固定期限的回复“3年”，试用期上限相同）",
        "probation_months": "合同约定的试用期是多长？例如“6个月”",
        "start_date": "（选填）哪天入职的？例如“2026年6月20日”",
        "end_date": "（选填）如果已经被辞退或离职，最后一天是哪天？还在干的可以跳过",
        "probation_wage": "（选填）试用期每月实际发了多少元？可以跳过",
        "service_months": _SERVICE,
    },
    "service_period_penalty": {
        "training_cost": "单位为这次培训实际花了多少钱（培训费、培训期间差旅费等有凭证的费用）？",
        "service_period_months": "培训协议约定的服务期是多长？例如“5年”",
        "served_months": "服务期已经履行了多长时间（从服务期开始算到你离职）？例如“3年”",
        "agreed_penalty": "（选填）培训协议约定的违约金是多少元？",
    },
    "wage_shortfall": {
        "monthly_shortfall": "每个月比应得的少发多少元？",
        "shortfall_months": "少发了几个月？例如“16个月”",
    },
    "wage_arrears": {
        "monthly_wage": "每个月的工资是多少元？",
        "owed_months": "欠了几个月的工资没发？例如“3个月”",
        "workers": "（选填）你们一共几个人被欠了工资？",
        "amount_owed": "（选填）一共被欠了多少元？",
    },
    "work_injury_benefits": {
        "monthly_wage": "受伤前12个月您的平均月工资（社保缴费工资）是多少元？",
        "disability_grade": "（选填）劳动能力鉴定评了几级伤残？（一级到十级；还没评就不用填）",
        "leaving": "（选填）您是否要离开单位（合同到期不续或本人提出解除）？不知道就回复“不知道”",
        "employer_insured": "（选填）单位给您缴了工伤保险吗？不知道就回复“不知道”",
        "local_avg_wage": "（选填）当地（统筹地区）上年度职工月平均工资是多少元？不知道就回复“不知道”",
        "province": "（选填）您在哪个省工作？例如“浙江”",
        "province_avg_wage": ("浙江省上年度全省职工月平均工资是多少元？（两项离职补助金按它计算；"
                              "可在浙江省人社厅网站查或打12333问；不知道就回复“不知道”）"),
    },
    "wage_deduction_cap": {
        "monthly_wage": "您当月的工资是多少元？（应发工资）",
        "deduction": "单位要从工资里扣（或已经扣了）多少元来赔偿损失？",
        "minimum_wage": "（选填）当地月最低工资标准是多少元？不知道就回复“不知道”",
        "loss": "（选填）单位说的损失一共是多少元（比如维修费）？不知道就回复“不知道”",
    },
    "probation_wage_floor": {
        "agreed_wage": "劳动合同约定的（转正后的）月工资是多少元？",
        "probation_wage": "试用期每月实际发多少元？",
        "minimum_wage": "（选填）当地月最低工资标准是多少元？不知道就回复“不知道”",
        "post_lowest_wage": "（选填）单位同一岗位最低档的月工资是多少元？不知道就回复“不知道”",
        "contract_months": "（选填）劳动合同期限多长？例如“1年”“3年”（无固定期限的回复“3年”，试用期上限相同）",
        "probation_months": "（选填）试用期约定了多长？例如“3个月”",
    },
    "annual_leave_pay": {
        "monthly_wage": "您前12个月的平均月工资是多少元？（不含加班费）",
        "work_months": "您累计工作了多久？（包括在以前单位的工作时间，例如“12年”“8个月”）",
        "leaving": "这是离职（解除或终止劳动合同）时结算今年的年假吗？是/否",
        "unused_leave_days": "有几天年假单位没安排您休？例如“5天”",
        "leave_date": "劳动合同哪天解除或终止（最后工作日）？例如 2024年6月30日",
        "taken_leave_days": "今年已经休了几天年假？没有请回复 0",
        "start_date": "（选填）您哪天入职这家单位？今年才入职的请告诉我，折算天数从入职日算起",
        "service_months": _SERVICE,
    },
    "unemployment_period": {
        "insured_months": "您累计缴了多久失业保险（社保）？以前单位缴的也算，例如“6年”“8个月”",
    },
    "maternity_leave": {
        "difficult_birth": "（选填）是难产吗？",
        "babies": "（选填）这一胎生了几个孩子？单胎回复1，双胞胎回复2",
        "leave_start": "（选填）产假哪天开始休的？例如 2026年10月20日",
        "birth_date": "（选填）孩子哪天出生？例如 2026年11月4日",
        "leave_days": "（选填）按当地规定您的产假一共多少天？例如“158天”",
    },
    "maternity_allowance": {
        "monthly_wage": "您产假前的月工资是多少元？",
        "insured": "单位给您缴了生育保险吗？不知道就回复“不知道”",
        "employer_avg_wage": ("单位上年度职工月平均工资是多少元？（生育津贴按它计算，可以问单位或社保经办机构；"
                              "不知道就回复“不知道”，我先按您自己的工资估算）"),
        "difficult_birth": "（选填）是难产吗？",
        "babies": "（选填）这一胎生了几个孩子？单胎回复1，双胞胎回复2",
        "leave_days": "（选填）按当地规定您的产假一共多少天？例如“158天”",
    },
}

_NEW_ERRORS = {
    "grade_out_of_range": "伤残等级是一级到十级，请核对。",
    "babies_out_of_range": "一胎的婴儿数应在1到9之间，请核对。",
    "no_leave_days": "产假天数应大于0。",
}

_NEW_PHRASES = {
    # --- work-injury benefits ---
    "work_injury_benefits.summary": lambda grade, parts: f"按{grade}级伤残计算：" + "；".join(parts) + "。",
    "work_injury_benefits.summary.recovery": lambda recovery: (
        f"{recovery}。评定伤残等级后停发原待遇，改按等级领伤残待遇；告诉我伤残等级，我算出一次性伤残补助金等。"),
    "work_injury_benefits.part.recovery": (
        "停工留薪期内原工资福利待遇不变，由单位按月照发原工资每月{wage}元（一般不超过{months}个月，"
        "伤情严重或情况特殊经设区的市级劳动能力鉴定委员会确认可以延长，延长不超过12个月）"),
    "work_injury_benefits.part.grant": _injury_part_grant,
    "work_injury_benefits.part.allowance_1_4": _injury_allowance_1_4,
    "work_injury_benefits.part.allowance_5_6": _injury_allowance_5_6,
    "work_injury_benefits.part.leaving": _injury_part_leaving,
    "work_injury_benefits.formula": _injury_formula,
    "work_injury_benefits.formula.recovery": (
        "停工留薪期工资 = 原工资 {wage}元/月 × 停工留薪月数（一般不超过{months}个月，延长后合计不超过24个月）"),
    "work_injury_benefits.note.no_grade": (
        "还没有评伤残等级，以上只算了停工留薪期工资。评定伤残等级后，还有一次性伤残补助金"
        "（十级7个月至一级27个月的本人工资），一至六级另有伤残津贴，五至十级离职时还有两项补助金；"
        "告诉我伤残等级，我再算（《工伤保险条例》第三十五条至第三十七条）。"),
    "work_injury_benefits.note.base_unknown": (
        "以上按你说的月工资{wage}元作为“本人工资”计算。本人工资指受伤前12个月的平均月缴费工资，"
        "低于统筹地区职工平均工资60%的按60%计算、高于300%的按300%计算（《工伤保险条例》第六十四条），"
        "金额会随之变化；告诉我当地职工月平均工资，我按封底封顶重算。"),
    "work_injury_benefits.note.base_clamped": _injury_base_clamped,
    "work_injury_benefits.note.base_checked": (
        "本人工资在当地职工平均工资{local_avg_wage}元的60%（{floor}元）至300%（{cap}元）之间，不封底也不封顶。"),
    "work_injury_benefits.note.allowance_minimum_wage": _injury_allowance_minimum,
    "work_injury_benefits.note.if_leaving": _injury_if_leaving,
    "work_injury_benefits.note.zhejiang_near_retirement": (
        "浙江省：两项补助金以解除或终止劳动关系时上年度全省职工月平均工资为基数；离法定退休年龄不足五年的，"
        "一次性伤残就业补助金按每增加一周岁递减20%支付（《浙江省工伤保险条例》第二十七条）。"),
    "work_injury_benefits.note.province_unknown": (
        "一次性工伤医疗补助金和一次性伤残就业补助金的具体标准由各省规定；告诉我你在哪个省工作。"),
    "work_injury_benefits.note.grade_1_4_keep_job": (
        "一级至四级伤残保留劳动关系、退出工作岗位，按月领伤残津贴，达到退休年龄后改领养老保险待遇"
        "（低于伤残津贴的由基金补足）；不按离职领一次性补助金（《工伤保险条例》第三十五条）。"),
    "work_injury_benefits.note.uninsured": (
        "单位没有参加工伤保险：以上本该由工伤保险基金支付的各项，全部由单位按同样的项目和标准支付"
        "（《工伤保险条例》第六十二条第二款）；单位不支付的，可以申请从工伤保险基金先行支付，再由单位偿还"
        "（《社会保险法》第四十一条）。"),
    "work_injury_benefits.note.insurance_unknown": (
        "如果单位没有给你缴工伤保险，以上全部由单位按同样的项目和标准支付（《工伤保险条例》第六十二条）；"
        "单位不支付的，可以申请从工伤保险基金先行支付（《社会保险法》第四十一条）。"),
    "work_injury_benefits.note.recovery": (
        "停工留薪期工资由单位按月支付；评定伤残等级后停发原待遇，改领伤残待遇；停工留薪期满后仍需治疗的，"
        "继续享受工伤医疗待遇（《工伤保险条例》第三十三条）。"),
    "work_injury_benefits.note.nursing": (
        "生活不能自理的，停工留薪期内的护理由单位负责；评残后经鉴定需要生活护理的，另由工伤保险基金按月支付生活护理费。"),
    # --- deductions for a loss ---
    "wage_deduction_cap.summary": _deduction_summary,
    "wage_deduction_cap.summary.nothing": (
        "按月工资{wage}元，扣完后会低于当地最低工资标准{minimum_wage}元，所以每月一分都不能扣；"
        "单位扣的{deduction}元应当退还。"),
    "wage_deduction_cap.formula": _deduction_formula,
    "wage_deduction_cap.note.proof": (
        "先要单位证明：确有实际经济损失、损失是你本人原因造成的、你应当承担的份额，而且劳动合同对赔偿有约定；"
        "证明不了的，一分都不能扣（《工资支付暂行规定》第十六条；因减少劳动报酬发生的争议由单位负举证责任，"
        "《最高人民法院关于审理劳动争议案件适用法律问题的解释（一）》第四十四条）。"),
    "wage_deduction_cap.note.minimum_wage_unknown": (
        "扣完后剩下的工资不得低于当地月最低工资标准：按20%扣后剩{left}元，如果当地最低工资更高，每月能扣的更少。"
        "告诉我当地最低工资，我重新算（可在人社局网站查或打12333问）。"),
    "wage_deduction_cap.note.minimum_wage_rule": "扣后剩余的工资不得低于当地月最低工资标准（《工资支付暂行规定》第十六条）。",
    "wage_deduction_cap.note.what_may_be_deducted": (
        "除了赔偿损失，单位只能代扣个人所得税、个人应缴的社会保险费、法院判决裁定要求代扣的抚养费赡养费等法定项目"
        "（《工资支付暂行规定》第十五条）；迟到、违纪的罚款不是赔偿损失，不能按这条扣。"),
    "wage_deduction_cap.note.recover": (
        "多扣的部分属于克扣工资（《劳动法》第五十条），可以向劳动保障监察投诉或申请劳动仲裁要回。"),
    # --- probation pay ---
    "probation_wage_floor.summary": _probation_summary,
    "probation_wage_floor.formula": _probation_formula,
    "probation_wage_floor.note.too_long": _probation_too_long,
    "probation_wage_floor.note.limit": _probation_limit,
    "probation_wage_floor.note.excess_pay": (
        "超出上限的{excess}个月已经不是试用期，这段时间应按约定工资{agreed}元发放，你只拿到{paid}元，每月少发{gap}元，"
        "共{gap_total}元；连同试用期内的差额，一共可以要求补发约{grand}元（《劳动合同法》第十九条）。"),
    "probation_wage_floor.note.post_reading": (
        "下限按同岗位最低档工资的80%（{post}元）计算，高于约定工资的80%（{eighty}元）。法条写的是“不得低于本单位"
        "相同岗位最低档工资或者劳动合同约定工资的百分之八十”，也有仲裁机构理解为满足其一即可，这部分可能有争议。"),
    "probation_wage_floor.note.minimum_wage_unknown": (
        "试用期工资还不得低于当地最低工资标准（《劳动合同法》第二十条）：如果当地最低工资高于{floor}元，"
        "下限就是最低工资。告诉我当地最低工资，我重新算（可在人社局网站查或打12333问）。"),
    "probation_wage_floor.note.rule": (
        "试用期工资不得低于本单位相同岗位最低档工资的80%或者劳动合同约定工资的80%，并不得低于用人单位所在地的"
        "最低工资标准（《劳动合同法》第二十条、《劳动合同法实施条例》第十五条）。"),
    "probation_wage_floor.note.post_unknown": "如果本单位同岗位最低档工资的80%更高，下限按它算；知道的话告诉我。",
    # --- probation longer than the law allows ---
    "probation_excess.summary": (
        "{contract}个月的合同试用期最长{limit}个月，约定{probation}个月超出{excess}个月；超出部分已履行{served}个月，"
        "单位应按转正后月工资{wage}元付赔偿金约{amount}元（《劳动合同法》第十九条、第八十三条）。"),
    "probation_excess.summary.with_pay": (
        "一共可以要回约{grand}元：{contract}个月的合同试用期最长{limit}个月，约定{probation}个月超出{excess}个月，已履行的"
        "{served}个月按转正后月工资{wage}元付赔偿金{amount}元（《劳动合同法》第十九条、第八十三条）；另外少发的工资{pay}元"
        "（《劳动合同法》第二十条）。"),
    "probation_excess.summary.within": (
        "{contract}个月的合同试用期最长{limit}个月，约定的{probation}个月没有超过上限（《劳动合同法》第十九条）。"),
    "probation_excess.formula": "赔偿金 = 转正后月工资 {wage} × 超出且已履行的 {served} 个月 = {amount}",
    "probation_excess.note.pay_owed": (
        "另外还有少发的工资：法定试用期内的{lawful_served}个月，工资不得低于约定工资的80%即{floor}元（也不得低于当地"
        "最低工资），你只拿到{paid}元，少发{short_lawful}元；超出上限的{served}个月已经不是试用期，应按{wage}元发放，"
        "少发{short_excess}元。工资差额共{pay}元，连同赔偿金一共可以主张约{grand}元（《劳动合同法》第十九条、第二十条、"
        "第八十三条）。"),
    "probation_excess.note.lawful_end": (
        "按法定上限，你的试用期最晚到{lawful_end}结束；此后即使合同还写着“试用期”，也已是正式用工，"
        "单位不能再以“试用期不符合录用条件”为由解除。"),
    "probation_excess.note.dismissed_after": (
        "你在{end}被以试用期为由辞退时，法定试用期已于{lawful_end}结束：这已不是试用期解除，单位须另有法定理由"
        "（如严重违纪）并举证，否则属于违法解除，可以要求恢复工作或按2N要赔偿金（《劳动合同法》第二十一条、"
        "第三十九条、第八十七条）。这笔赔偿金和上面的超期试用赔偿金可以一起主张。"),
    "probation_excess.note.served_from_tenure": (
        "你没说哪天入职，这里按你说的干了{service}个月计算：超出法定上限的部分已履行{served}个月；告诉我入职日期，"
        "我按实际日期算。"),
    "probation_excess.note.served_assumed": (
        "你没说哪天入职，这里按超出的{excess}个月已经全部履行计算；告诉我入职日期（和离开的日期），我按实际履行的算。"),
    "probation_excess.note.limits": (
        "试用期上限：合同三个月以上不满一年的不超过一个月，一年以上不满三年的不超过两个月，三年以上固定期限和无固定期限的"
        "不超过六个月；同一单位只能约定一次试用期（《劳动合同法》第十九条）。"),
    "probation_excess.note.claim": (
        "可以向劳动保障监察投诉，由其责令改正；要赔偿金的，向劳动争议仲裁委员会申请仲裁，时效一年。"),
    "probation_wage_floor.note.claim": (
        "少发的差额属于拖欠劳动报酬，可以向劳动保障监察投诉或申请劳动仲裁；在职期间不受一年时效限制，"
        "离职后应在一年内提出。"),
    # --- annual leave pay ---
    "annual_leave_pay.summary": _leave_summary,
    "annual_leave_pay.summary.none": _leave_summary_none,
    "annual_leave_pay.formula": _leave_formula,
    "annual_leave_pay.formula.leaving": _leave_formula_leaving,
    "annual_leave_pay.note.daily_wage": (
        "日工资按月工资 ÷ 月计薪天数{paid_days}天折算；月工资指支付未休年假工资报酬前12个月剔除加班工资后的"
        "月平均工资，不满12个月的按实际月份平均（《企业职工带薪年休假实施办法》第十一条）。"),
    "annual_leave_pay.note.work_from_service": (
        "累计工作年限是按你在本单位的工作时长（{service}）算的；在以前单位的工作时间也算累计工作时间"
        "（《企业职工带薪年休假实施办法》第四条），满10年、满20年的年假分别为10天、15天。"
        "告诉我一共工作了多久，我重新算。"),
    "annual_leave_pay.note.from_new_year": (
        "今年的天数从{year}年1月1日算起；如果你是今年才入职的，应从入职日算起，折算的天数会更少。"),
    "annual_leave_pay.note.taken_more": (
        "今年已休{taken}天，多于折算的应休天数；多休的不再扣回（《企业职工带薪年休假实施办法》第十二条第三款）。"),
    "annual_leave_pay.note.more_than_a_year": (
        "未休{days}天多于每年的{annual}天：年休假一般不跨年度安排，确有必要的可以跨1个年度（《职工带薪年休假条例》"
        "第五条），更早年度的天数主张起来可能有困难，也可能已过仲裁时效。"),
    "annual_leave_pay.note.not_yet_entitled": (
        "累计工作{work}，不满12个月：职工连续工作满12个月以上才享受带薪年休假"
        "（《企业职工带薪年休假实施办法》第三条）。"),
    "annual_leave_pay.note.declined_in_writing": (
        "单位安排了年假、你因本人原因书面提出不休的，单位可以只付正常工资，不付这200%"
        "（《企业职工带薪年休假实施办法》第十条第二款）。"),
    "annual_leave_pay.note.limitation": (
        "不少地方把未休年假工资当作福利待遇而不是劳动报酬，适用一年仲裁时效（《劳动争议调解仲裁法》第二十七条），"
        "一般从应休年度结束（可以跨年安排的从次年结束）起算，在职期间也可能过时效，请及时主张。"),
    "annual_leave_pay.note.cumulative": (
        "年假天数按累计工作时间定：满1年不满10年5天，满10年不满20年10天，满20年15天，在不同单位的工作时间都算；"
        "国家法定休假日、休息日不计入年假（《职工带薪年休假条例》第三条）。"),
    "annual_leave_pay.note.exclusions": (
        "请事假累计20天以上且单位按规定不扣工资的，或请病假累计达到2至4个月（按累计工作年限）的，"
        "不享受当年的年假（《职工带薪年休假条例》第四条）。"),
    # --- unemployment benefit period ---
    "unemployment_period.summary": (
        "按你说的累计缴费{insured}，失业保险金最长可以领{months}个月（缴费满1年不满5年最长12个月，满5年不满10年最长18个月，"
        "10年以上最长24个月）。"),
    "unemployment_period.summary.none": "按你说的累计缴费{insured}，还不满1年，领不了失业保险金（要累计缴满1年）。",
    "unemployment_period.formula": "累计缴费{insured} → 最长{months}个月（《社会保险法》第四十六条）",
    "unemployment_period.note.conditions": (
        "领取还要符合：非因本人意愿中断就业（被辞退、合同到期单位不续、因单位过错被迫辞职等，自己主动辞职的不行），"
        "并办理失业登记、有求职要求（《社会保险法》第四十五条）；带上终止或解除劳动合同的证明去办。"),
    "unemployment_period.note.cumulative": (
        "缴费时间在不同单位累计计算，以社保缴费记录为准；重新就业后再失业的，缴费时间重新计算，和上次没领完的期限合并，"
        "最长不超过24个月。"),
    "unemployment_period.note.amount": (
        "每月领多少由各省规定，不低于当地城市居民最低生活保障标准（《社会保险法》第四十七条），可以打12333查询。"),
    # --- maternity leave ---
    "maternity_leave.summary": _maternity_leave_summary,
    "maternity_leave.formula": _maternity_leave_formula,
    "maternity_leave.note.caesarean": "剖宫产是否按难产增加15天，看当地规定，多数地方按难产算；以医院的诊断证明为准。",
    "maternity_leave.note.local_days": (
        "这是国家规定的天数（《女职工劳动保护特别规定》第七条），当地延长的生育假按当地人口与计划生育条例另算：告诉我当地一共多少天，我重新算结束日。"),
    "maternity_leave.note.local_days_given": (
        "国家规定的是{national_days}天（《女职工劳动保护特别规定》第七条），其余是当地规定的延长天数。"),
    "maternity_leave.note.start_unknown": "告诉我产假哪天开始（或孩子哪天出生），我帮你算到哪天结束。",
    # --- maternity allowance ---
    "maternity_allowance.summary": _maternity_summary,
    "maternity_allowance.formula": _maternity_formula,
    "maternity_allowance.note.estimate": (
        "生育津贴按单位上年度职工月平均工资计发，不是按你本人工资：这里用你的月工资{wage}元估算，"
        "实际金额随单位平均工资高低而不同。单位平均工资可以问单位或社保经办机构，告诉我后我重新算。"),
    "maternity_allowance.note.insurance_unknown": (
        "单位参加了生育保险的，由生育保险基金按单位上年度职工月平均工资支付；没参加的，由单位按你产假前工资"
        "{wage}元的标准支付（《女职工劳动保护特别规定》第八条）。社保缴费记录里可以查有没有生育保险。"),
    "maternity_allowance.note.local_days": (
        "这里按国家规定的产假{days}天计算。各省还规定了延长的生育假（天数各地不同），延长的天数是否也发生育津贴、"
        "怎么发，按你工作所在地的规定；请查当地的人口与计划生育条例或打12333，告诉我产假一共多少天，我重新算。"),
    "maternity_allowance.note.local_days_given": (
        "这里按你说的产假{days}天计算（国家规定的产假是{national_days}天，其余是当地规定的延长天数）；"
        "延长的天数是否也发生育津贴，按当地规定。"),
    "maternity_allowance.note.top_up": (
        "单位上年度职工月平均工资{base}元低于你的工资{wage}元，按你的工资算会多{gap}元。"
        "这个差额要不要由单位补足，国家没有统一规定，不少地方规定由单位补足，可以打12333查当地规定。"),
    "maternity_allowance.note.per_day": (
        "按天折算时，多数地方按月平均工资 ÷ 30天计算；各地计发办法不完全相同，以当地社保经办机构核定为准。"),
    "maternity_allowance.note.leave": (
        "国家规定产假98天（产前可以休15天），难产的增加15天，生育多胞胎的每多生育1个婴儿增加15天"
        "（《女职工劳动保护特别规定》第七条）；按国家规定你的产假是{days}天。"),
    "maternity_allowance.note.claim": "生育津贴向社保（医保）经办机构申领；拨到单位账户的，单位应当转发给你，不得截留。",
    "maternity_allowance.note.no_pay_cut": (
        "单位不得因怀孕、生育、哺乳降低你的工资、辞退你或者与你解除劳动合同（《女职工劳动保护特别规定》第五条）。"),
    # --- wages not paid ---
    "wage_arrears.summary": "按月工资{wage}元、欠{months}个月算，欠发的工资约为{total}元，可以全部要求支付。",
    "wage_arrears.formula": "欠发工资 = 每月{wage}元 × {months}个月 = {total}元",
    "wage_arrears.summary.told": ("你说被欠的工资一共{total}元，可以全部要求支付：提成、奖金等也是工资；只按每月{wage}元算，"
                                  "{months}个月是{base}元，多出的部分要用提成记录、聊天记录等证明。"),
    "wage_arrears.formula.told": "你说的欠薪合计 {total}元（其中按每月{wage}元 × {months}个月 = {base}元）",
    "wage_arrears.note.time_limit": (
        "还在职的，被拖欠的工资申请仲裁不受一年时效限制；已经离职的，要在离职之日起一年内申请"
        "（《劳动争议调解仲裁法》第二十七条）。"),
    "wage_arrears.note.order": (
        "向劳动保障监察投诉后，单位在责令的期限内仍不支付的，还要按应付金额50%以上100%以下加付赔偿金"
        "（按{total}元算，约{half}至{total}元；《劳动合同法》第八十五条）。"),
    "wage_arrears.note.group": (
        "你们{workers}个人如果都是每月{wage}元、欠{months}个月，合计约{group}元；一起申请仲裁或投诉时，每个人的工资和欠发"
        "数额要分别列清楚。"),
    "wage_arrears.note.proof": "工资条、银行流水、考勤和催要工资的聊天记录都留好，用来证明每月工资和欠发的月份。",
    # --- pay short of what is owed ---
    "wage_shortfall.summary": "每月少发{short}元、共{months}个月，可以要求补发的差额约为{total}元。",
    "wage_shortfall.formula": "差额 = 每月{short}元 × {months}个月 = {total}元",
    "wage_shortfall.note.months": (
        "月数按你说的时间算；如果少发是从中间某个月才开始的，或者期间有的月份没少，按实际少发的月份算。"),
    "wage_shortfall.note.time_limit": (
        "还在职的，被少发的工资申请仲裁不受一年时效限制；已经离职的，要在离职之日起一年内申请"
        "（《劳动争议调解仲裁法》第二十七条）。"),
    "wage_shortfall.note.proof": (
        "工资条、银行流水、同岗位同事的工资对比和考勤都留好；工资发放记录由单位掌握的，单位应当提供"
        "（《劳动争议调解仲裁法》第六条）。"),
    # --- leaving before a training service period ends ---
    "service_period_penalty.summary": (
        "培训费{cost}元、服务期{period}个月、已履行{served}个月：单位最多只能要你付{cap}元违约金"
        "（服务期没做完的{unserved}个月分摊的培训费）。"),
    "service_period_penalty.formula": "上限 = 培训费{cost}元 × 未履行{unserved}个月 ÷ 服务期{period}个月 = {share}元",
    "service_period_penalty.note.agreed_above": (
        "协议写的违约金{agreed}元超过了这个上限，超出的部分不用付（《劳动合同法》第二十二条）。"),
    "service_period_penalty.note.agreed_within": "协议约定的违约金{agreed}元没有超过上限，最多按约定付{agreed}元。",
    "service_period_penalty.note.served_out": "服务期已经履行完，提前离职的违约金无从谈起，不用付。",
    "service_period_penalty.note.cost": (
        "培训费只算单位为专业技术培训支付的有凭证的培训费、培训期间的差旅费和其他直接费用，入职培训、日常岗位培训不算"
        "（《劳动合同法实施条例》第十六条）；可以要求单位出示凭证。"),
    "service_period_penalty.note.forced": (
        "如果你是因为单位拖欠工资、不缴社保等依照《劳动合同法》第三十八条辞职的，不属于违反服务期约定，一分违约金也不用付"
        "（《劳动合同法实施条例》第二十六条）。"),
    "service_period_penalty.note.served_from": "已履行的时间按协议约定的服务期起算日算到你离职之日；协议没写的，一般从培训结束后起算。",
}


CALCULATORS = CalculatorText(
    titles={
        "double_wages": "未签书面劳动合同的二倍工资",
        "economic_compensation": "经济补偿",
        "unlawful_dismissal": "违法解除劳动合同赔偿金",
        "overtime_pay": "加班工资",
        "arbitration_deadline": "劳动仲裁时效",
        "injury_application_deadline": "工伤认定申请期限",
        "part_time_check": "非全日制用工核查",
        **_NEW_TITLES,
    },
    prompts={
        "double_wages": {
            "monthly_wage": "您的月工资是多少元？（税前应发工资）",
            "start_date": _START,
            "end_date": "劳动关系哪天结束？还在上班就回复“今天”；也可以说“离职10个月了”。",
            "contract_signed_date": "（选填）如果后来补签了书面劳动合同，是哪天签的？",
            "service_months": _SERVICE,
            "months_since_end": _SINCE_END,
        },
        "economic_compensation": _COMPENSATION_PROMPTS,
        "unlawful_dismissal": _COMPENSATION_PROMPTS,
        "overtime_pay": {
            "monthly_wage": "您的月工资（加班费计算基数）是多少元？",
            "overtime": ("平时（工作日下班后）、休息日（周末）、法定节假日（如春节、国庆）各加班了多少？"
                         "一条消息说完就行，例如“平时每月36小时，周末2天，国庆3天”；没有的写0（按天说的每天算8小时）"),
            "weekday_hours": "工作日下班后延长工作了多少小时？没有请回复 0",
            "rest_day_hours": "休息日（周末）加班多少小时？没有请回复 0",
            "holiday_hours": "法定节假日（如春节、国庆）加班多少小时？没有请回复 0",
            "comp_time_given_for_rest_days": "（选填）休息日加班后，单位安排补休了吗？",
            "overtime_paid": "（选填）这些加班单位已经付了多少元（加班费、加班补贴）？没有请回复 0",
            "hours_are_total": "（选填）你说的加班时长是到现在的总数（不是每个月）吗？",
            "overtime_months": "（选填）这样的加班一共持续了几个月？（例如：10个月）",
            "stretch_days": "（选填）这些加班如果是连续多少天一天没休的，共几天？（例如：28天）",
            "day_clock_hours": "（选填）按上下班时间算、中间没说休息的，一天从上班到下班共几个小时？（例如：10小时）",
            "base_wage": "（选填）工资里含加班费的，合同写明的基本工资（正常工时工资）每月多少元？（例如：2600元）",
            "wage_includes_overtime": "（选填）合同里写了工资已经包含加班费（包薪）吗？",
            "piece_rate": "（选填）你是计件拿工资的吗？",
            "minimum_wage": "（选填）当地月最低工资标准是多少元？（可打12333问）",
        },
        "arbitration_deadline": {
            "knew_date": "您是哪天知道（或应当知道）自己的权利被侵害的？例如工资应发而未发的日子",
            "dispute_type": "争议是哪一类？1. 拖欠工资/加班费等劳动报酬  2. 其他争议",
            "employment_ended": "您已经离职（劳动关系已结束）了吗？",
            "end_date": "劳动关系是哪天结束的？也可以说“离职10个月了”",
            "months_since_end": _SINCE_END,
            "demand_date": "（选填）您最后一次向单位讨要、向有关部门投诉，或单位答应给钱，是哪天？",
        },
        "injury_application_deadline": {
            "accident_date": "事故是哪天发生的？（职业病填被诊断、鉴定之日）",
            "employer_applied": "（选填）单位已经申请工伤认定了吗？",
        },
        "part_time_check": {
            "daily_hours": "您平均每天工作几小时？",
            "weekly_hours": "每周一共工作几小时？",
            "pay_cycle_days": "工资多少天结算一次？（日结回复1，周结7，月结30）",
        },
        **_NEW_PROMPTS,
    },
    errors={
        "unreadable": "无法识别“{raw}”，请重新输入。",
        "amount_out_of_range": "金额应大于0且不超过一千万元。",
        "negative": "不能为负数。",
        "end_before_start": "结束日期早于开始上班的日期，请核对。",
        "no_overtime": "请至少说出一种加班时长（大于0），例如“平时每月36小时，周末2天，节假日0”。",
        "no_service": "工作时长应大于0。",
        "future_date": "这个日期还没到，请核对。",
        "too_many_hours_a_day": "每天不可能超过24小时，请核对。",
        "too_many_hours_a_week": "每周不可能超过168小时，请核对。",
        "pay_cycle_too_short": "结算周期至少为1天。",
        "not_a_plain_number": "请直接写数字，例如 8000、8千 或 1.5万（不要用 1e5、inf 这类写法）。",
        "date_not_amount": "“{raw}”看起来是日期，不是金额；请写金额，例如 8000。",
        "duration_out_of_range": "时长超过了50年，不太可能，请核对（例如“干了3年”“8个月”）。",
        "date_not_real": "这个日期不存在（月份是1到12，日子不超过当月天数），请核对。",
        "date_out_of_range": "日期应在{earliest}到{latest}之间，请核对。",
        "hours_out_of_range": "小时数太大（超过一万小时），请核对。",
        "number_out_of_range": "这个数字太大，不太可能，请核对。",
        **_NEW_ERRORS,
    },
    phrases={
        "duration": duration,
        "days_left": days_left,
        "estimated_start": _estimated_start,
        "counted_from_tenure": _counted_from_tenure,
        "estimated_end": "离职日期是按你说的（离职{since}）推算的：{date}。如果不准，告诉我准确日期，我重新算。",
        # --- double wages ---
        "double_wages.summary": ("按月工资{wage}元计算，{first_day}至{last_day}未签书面劳动合同，"
                                 "可主张的二倍工资差额约为{amount}元（{months}个月）。"),
        "double_wages.summary.none": (
            "用工未满一个月即已签订书面劳动合同（或劳动关系不足一个月），依法不产生二倍工资差额；"
            "单位仍应支付实际工作期间的工资。"),
        "double_wages.formula": _double_wages_formula,
        "double_wages.formula.none": (
            "二倍工资自 {first_day} 起算；截止日 {last_day} 早于起算日：0个月；加付工资 = 0.00元"),
        "double_wages.note.base": (
            "二倍工资只加付一倍：您已领取的当月工资不重复计算，这里算的是每月再多付的一个月工资（差额）。"
            "计算基数一般为正常工作时间的月工资（通常不含加班费），各地裁审口径不一。"),
        "double_wages.note.prorated": (
            "二倍工资按月计算，不满一个月的按该月实际工作日计算（《解释（二）》第六条）；这里按日历天数比例估算"
            "（覆盖天数 ÷ 该月天数），也有仲裁委按 月工资 ÷ {paid_days} × 实际工作日 折算，结果会略有差异。"),
        "double_wages.note.period": (
            "二倍工资期间从用工满一个月的次日起算，至补订书面劳动合同的前一日止，最长不超过用工满一年的前一日，"
            "即最多11个月（《劳动合同法实施条例》第六条、第七条）。"),
        "double_wages.note.open_ended": (
            "用工满一年仍未订立书面劳动合同，视为自{one_year}起已与你订立无固定期限劳动合同"
            "（《劳动合同法》第十四条第三款）：此后不再有二倍工资（《解释（二）》第九条），但你可以要求单位补签书面合同；"
            "单位不能随意解除，违法解除可以主张赔偿金。"),
        "double_wages.note.open_ended_ahead": (
            "你现在还不算无固定期限合同：如果到{one_year}（用工满一年）仍未签书面劳动合同，视为已与你订立无固定期限劳动合同"
            "（《劳动合同法》第十四条第三款），之后不再计二倍工资；一直不签的话，二倍工资最多算到{cap_day}，共11个月，约{most}元。"),
        "double_wages.note.eleven_months": (
            "二倍工资最多算11个月：本例已封顶，只计{first_day}至{last_day}"
            "（《劳动合同法实施条例》第七条）。"),
        "double_wages.note.exceptions": (
            "单位能证明是因不可抗力、或因你本人故意或重大过失才没签合同的，不支付二倍工资（《解释（二）》第七条）。"),
        "double_wages.note.limitation": _double_wages_limitation,
        "double_wages.note.partly_time_barred": _double_wages_partly_barred,
        "double_wages.note.before_2008": (
            "用工始于2008年1月1日《劳动合同法》施行之前：本计算自2008年1月1日起算，单位应自施行之日起"
            "一个月内订立书面合同（《劳动合同法》第九十七条第二款）。"),
        "double_wages.note.time_barred": (
            "时效：二倍工资期间已于{last_day}结束，一年仲裁时效无论逐月计算还是整体计算都已于{deadline}届满，"
            "可能已过仲裁时效；除非曾书面催要、投诉或单位同意支付（时效中断），或有不可抗力等原因（时效中止），"
            "请尽快咨询（《劳动争议调解仲裁法》第二十七条）。"),
        # --- economic compensation and unlawful dismissal ---
        "compensation.wage": _compensation_wage,
        "economic_compensation.summary": (
            "按{wage}、工作年限{service}计算，可主张的经济补偿约为{amount}元（{months}个月工资）。"),
        "economic_compensation.formula": _compensation_formula,
        "unlawful_dismissal.summary": ("按{wage}、工作年限{service}计算，违法解除的赔偿金为经济补偿的"
                                       "二倍，约为{amount}元（{months}个月工资）。"),
        "unlawful_dismissal.summary.if_ended_at_expiry": ("合同还没到期：到期时单位不和你续订、就此终止的，属于违法终止，按{wage}、"
                                                          "工作年限{service}计算，赔偿金为经济补偿的二倍，约为{amount}元（{months}个月工资）。"),
        "unlawful_dismissal.summary.if_dismissed": ("你现在还没有被辞退：单位真把你辞退、属于违法解除的，按{wage}、工作年限{service}"
                                                    "计算，赔偿金为经济补偿的二倍，约为{amount}元（{months}个月工资）。"),
        "unlawful_dismissal.formula": _dismissal_formula,
        "compensation.note.monthly_wage": (
            "月工资指解除或终止前十二个月的平均应得工资，包括计时或计件工资以及奖金、津贴和补贴等货币性收入；"
            "低于当地最低工资标准的按最低工资标准计算；工作不满十二个月的按实际工作月数平均"
            "（《劳动合同法实施条例》第二十七条）。"),
        "compensation.note.capped": _capped_note,
        "compensation.note.may_be_capped": _may_be_capped,
        "compensation.note.cap_checked": (
            "月工资{wage}元不高于当地上年度职工月平均工资{local_avg_wage}元的三倍（{limit}元），不封顶。"),
        "compensation.note.cap_unlikely": (
            "月工资高于当地上年度职工月平均工资三倍的，基数按三倍封顶、年限最多计12年（《劳动合同法》第四十七条第二款）；"
            "月工资不超过{limit}元的，各地都不会触及这个上限。"),
        "compensation.note.minimum_wage": (
            "你的月工资{wage}元可能低于当地最低工资标准：低于的，补偿按当地最低工资标准计算"
            "（《劳动合同法实施条例》第二十七条），少发的工资差额也可以另外主张（《劳动法》第四十八条）。"
            "当地标准可在人社局网站查或打12333问。"),
        "economic_compensation.note.if_unlawful": (
            "这是单位依法解除、应当支付经济补偿时的金额（N）；如果单位解除没有法定理由或程序不合法，属于违法解除，你可以要求继续履行合同，"
            "或者要求二倍的赔偿金（2N），按同样的工资和年限约为{amount}元（《劳动合同法》第八十七条）。"),
        "economic_compensation.note.next_step": (
            "以上按干到今天算（约{now}元）。最后工作日在{day}或之后的，工作年限满{service}，补偿按{months}个月算，约{amount}元："
            "辞职或解除的日期定在这一天或之后更有利（《劳动合同法》第四十七条）。"),
        "economic_compensation.note.when_owed": (
            "经济补偿只在法定情形下支付，例如单位提出并协商一致解除、单位因你病后或不能胜任、客观情况变化或经济性裁员而解除、"
            "你因单位欠薪或未缴社保等而解除、合同到期单位不续签等（《劳动合同法》第四十六条）。"),
        "economic_compensation.note.before_2008": (
            "2008年1月1日《劳动合同法》施行前的工作年限，是否及如何支付经济补偿按当时的有关规定执行"
            "（《劳动合同法》第九十七条第三款）；本计算按现行标准连续计算，仅供参考。"),
        "unlawful_dismissal.note.not_both": (
            "赔偿金不与经济补偿同时主张：单位支付了赔偿金的，不再支付经济补偿（《劳动合同法实施条例》第二十五条）。"),
        "unlawful_dismissal.note.only_pushed": (
            "上面是单位真把你辞退、属于违法解除时的数。不要自己签辞职，自己辞职一般拿不到补偿；单位降薪、"
            "欠薪或不交社保，你以此书面解除合同的，可以要经济补偿N，约{half}元（《劳动合同法》第三十八条、第四十六条）。"),
        "compensation.note.paid_short": "单位已经付了{paid}元，可以从这个数里扣除，还可以再主张约{rest}元。",
        "compensation.note.paid_covers": "单位已经付的{paid}元不少于这个数；如果认为解除违法，可以按二倍的赔偿金主张差额（《劳动合同法》第八十七条）。",
        "unlawful_dismissal.note.paid_covers": "单位已经付的{paid}元不少于这个数，按这个数算没有差额可以再要。",
        "unlawful_dismissal.note.slow_business": (
            "生意差、效益不好是单位自己的经营风险，不是直接让人走的理由：因生产经营发生严重困难减人，要按裁员程序提前三十日向工会"
            "或者全体职工说明情况、听取意见，并向劳动行政部门报告（《劳动合同法》第四十一条）；客观情况发生重大变化的，要先协商"
            "变更合同，协商不成再提前三十日书面通知（《劳动合同法》第四十条）。一句“明天别来了”就让你走，属于违法解除。"),
        "unlawful_dismissal.note.reinstatement": (
            "如希望回去上班，也可以要求继续履行劳动合同；不要求或已不能继续履行的，才按本金额支付赔偿金"
            "（《劳动合同法》第四十八条）。"),
        "unlawful_dismissal.note.before_2008": (
            "赔偿金的计算年限自用工之日起计算，包括2008年1月1日之前的工作年限"
            "（《劳动合同法实施条例》第二十五条）；但三倍封顶等规则在实践中可能分段适用。"),
        # --- overtime pay ---
        "overtime_pay.summary": lambda wage, hourly, parts, amount: (
            f"按月工资{wage}元（小时工资约{hourly}元）计算，{'、'.join(parts)}，应付加班工资约为{amount}元。"),
        "overtime_pay.summary.months": lambda wage, hourly, parts, month, months, amount: (
            f"按月工资{wage}元（小时工资约{hourly}元）计算，每月{'、'.join(parts)}，每月应付加班工资约{month}元，"
            f"{months}个月共约{amount}元。"),
        "overtime_pay.summary.piece_rate": lambda wage, hourly, total_hours, parts, amount: (
            f"计件也有加班费：按这个月的计件工资{wage}元、总工时约{total_hours}小时算，每小时约{hourly}元；加班那些小时的计件钱"
            f"已经拿了，还差加班的加价部分，{'、'.join(parts)}，应补加班工资约{amount}元。"),
        "overtime_pay.summary.piece_rate_months": lambda wage, hourly, total_hours, parts, amount, months, total: (
            f"计件也有加班费：按一个月的计件工资{wage}元、总工时约{total_hours}小时算，每小时约{hourly}元；加班那些小时的计件钱"
            f"已经拿了，还差加班的加价部分，每月{'、'.join(parts)}，每月应补约{amount}元，{months}个月共约{total}元。"),
        "overtime_pay.formula.piece_rate": (
            "每小时计件工资 = {wage} ÷（标准工时{standard}h + 加班{overtime_hours}h）= {hourly}；工作日延时 {weekday_hours}h × "
            "{hourly} × 50% = {weekday}；休息日 {rest_day_hours}h × {hourly} × 100% = {rest_day}；法定节假日 {holiday_hours}h × "
            "{hourly} × 200% = {holiday}；合计应补 {amount}元（按每小时产量相同估算）"),
        "overtime_pay.note.piece_rate": (
            "计件工资完成定额后加班的，要按不低于计件单价的150%（工作日）、200%（休息日）、300%（法定节假日）付"
            "（《工资支付暂行规定》第十三条）；加班那些小时按原单价已经拿到的钱不重复算，这里算的是还差的加价部分，"
            "按每小时产量相同估算，有各天产量记录的按记录算。正常工时那部分工资（约{standard}元）不得低于当地最低工资；"
            "定额高到8小时内根本完不成的，可以主张超出8小时的都按加班算。"),
        "overtime_pay.part.weekday": "工作日延时{hours}小时",
        "overtime_pay.part.rest_day": lambda hours, comp_time: f"休息日{hours}小时{'（已补休）' if comp_time else ''}",
        "overtime_pay.part.holiday": "法定节假日{hours}小时",
        "overtime_pay.formula": _overtime_formula,
        "overtime_pay.formula.package": (
            "包薪：{wage}元 = 正常工时工资 ×（1 + 加班费占比）；加班费占比 =（1.5×{weekday_hours} + 2×{rest_day_hours} + "
            "3×{holiday_hours}）÷（{paid_days}×8）= {share}%；正常工时工资约{base}元，包在里面的加班费约{overtime}元"),
        "overtime_pay.formula.package_base": (
            "合同约定的正常工时工资{base}元 ÷ {paid_days}天 ÷ 8小时 = 小时工资{hourly}元；法定加班费 = {hourly}元 ×（1.5×"
            "{weekday_hours} + 2×{rest_day_hours} + 3×{holiday_hours}）= {overtime}元；每月应得 = {base}元 + {overtime}元 = "
            "{due}元，实发包薪{wage}元"),
        "overtime_pay.summary.package_base_short": (
            "合同里写明正常工时工资{base}元，加班费要按它算：按你说的时长每月法定加班费约{overtime}元，"
            "连同{base}元每月应得{due}元，而包薪只有{wage}元，每月少发约{short}元，可以追讨。"),
        "overtime_pay.summary.package_base_covered": (
            "合同里写明正常工时工资{base}元，按它算你说的加班每月法定加班费约{overtime}元，连同{base}元共{due}元，"
            "没有超过包薪{wage}元：这些加班已经包含在内（超出的加班另算）。"),
        "overtime_pay.summary.package_unknown": (
            "把加班费从你的{wage}元包薪里倒推出来，正常工时的工资每月只剩约{base}元（其余约{overtime}元算加班费）。"
            "这{base}元如果低于当地最低工资标准，包薪约定就不能抵掉法定加班费：要按最低工资重新算，差额可以追讨。"
            "告诉我当地月最低工资（可打12333问），我帮你算出每月差多少。"),
        "overtime_pay.summary.package_short": (
            "把加班费从你的{wage}元包薪里倒推出来，正常工时的工资每月只剩约{base}元，低于最低工资{minimum}元，"
            "包薪约定抵不掉法定加班费：按最低工资算，连同这些加班你每月至少应得{due}元，每月少发约{short}元，可以追讨。"),
        "overtime_pay.summary.package_covered": (
            "把加班费从你的{wage}元包薪里倒推出来，正常工时的工资每月约{base}元，不低于最低工资{minimum}元："
            "这样的包薪约定一般有效，按你说的加班时长，加班费已经包含在内（超出约定的加班另算）。"),
        "overtime_pay.note.package_rule": (
            "工资里约定“含加班费”（包薪）要合法：拆出法定加班费后，正常工时的工资不得低于当地最低工资标准"
            "（《劳动法》第四十四条、第四十八条）；包薪只包约定的那些加班，每月超过36小时的加班本身就违法。"),
        "overtime_pay.note.paid_days": (
            "日工资、小时工资按月计薪天数{paid_days}天折算：(365天 − 104个休息日) ÷ 12个月 = 21.75天，"
            "法定节假日照常计薪所以不扣除（《关于职工全年月平均工作时间和工资折算问题的通知》劳社部发〔2008〕3号，"
            "《劳动法》第五十一条）。"),
        "overtime_pay.note.on_top": (
            "这里算的是正常月工资之外应另付的加班工资；法定节假日本身照发工资，加班另付300%。"
            "计算基数一般为劳动合同约定的本人工资标准（《工资支付暂行规定》第十三条），各地对基数的认定不一。"),
        "overtime_pay.note.total": "按你说的加班总时长{hours}小时算，这是这些加班一共应付的加班费，不是每个月的数。",
        "overtime_pay.note.stretch": lambda days, hours, over_cap: (
            f"按你说的连续上班{days}天算（其中休息日按每7天2天估算），这是这{days}天应付的加班费，不是每个月的数；"
            "连续上班不安排休息日，违反了每周至少休息一日的规定（《劳动法》第三十八条）"
            + (f"，这{days}天加班共{hours}小时，也超过了每月不超过36小时的上限（《劳动法》第四十一条）"
               if over_cap else "")
            + "，可以向劳动保障监察投诉；已经加的班，加班费照样要付。"),
        "overtime_pay.note.per_month": (
            "平时和休息日的加班按一个月的时长算（按天说、没说每天几小时的，每天算8小时），算出的是一个月的加班费；"
            "拖欠了几个月，就按月数累计。"),
        "overtime_pay.note.package_months": (
            "按你说的每月加班时长、共{months}个月算，包薪少发的共约{total}元（每月约{short}元）；各月时长不一样的，按考勤逐月核算。"),
        "overtime_pay.note.meal_hour": (
            "每天的工时按你说的上下班时间（共{clock}小时）扣除1小时吃饭休息，按{day}小时算；中间没有吃饭休息、一直在岗的，"
            "告诉我，我按{clock}小时重新算。"),
        "overtime_pay.note.months": (
            "按你说的每月加班时长、共{months}个月算（每月约{month}元）；各月时长不一样的，按考勤逐月核算。"),
        "overtime_pay.note.time_off": "休息日加班能安排补休的，可以不付200%的加班工资；法定节假日加班不能以补休代替。",
        "overtime_pay.note.package_occasional": (
            "合同写了工资{wage}元“已包含加班费”，但包薪只能包进约定的、经常固定发生的加班，而且拆出的正常工时工资不得低于最低工资；"
            "你每月拿的都是这个数，法定节假日这几天的加班并没有多给钱，不能算已经包含在内，应按你的工资另算另付"
            "（《劳动法》第四十四条、第四十八条；人社部、最高法包薪制典型案例）。"),
        "overtime_pay.note.package_holiday_on_top": (
            "法定节假日加班{hours}小时不在包薪里：包薪只能包进经常固定发生的加班，你每月拿的都是{wage}元，节日那几天并没有多给，"
            "应按工资另付300%，约{pay}元（《劳动法》第四十四条第三项；人社部、最高法包薪制典型案例）。上面倒推的正常工时工资只按平时和休息日的加班算。"),
        "overtime_pay.note.holiday_300": (
            "法定节假日加班{hours}小时按300%计算（{pay}元）：即使单位安排了补休，也不能代替这笔加班费"
            "（《劳动法》第四十四条第三项）。"),
        "overtime_pay.note.rest_day_200": (
            "休息日加班{hours}小时按200%计算，前提是单位没有安排同等时间的补休；已经补休的，这部分可以不付"
            "（《劳动法》第四十四条第二项）。"),
        "overtime_pay.note.rest_day_time_off": (
            "休息日加班{hours}小时已安排补休，按规定可以不再支付200%的加班费，所以这部分按0计算"
            "（《劳动法》第四十四条第二项）；如果补休时间少于加班时间，差额部分仍可主张。"),
        "overtime_pay.note.not_stated": _not_stated,
        "overtime_pay.kind.weekday": "平时（工作日延时）",
        "overtime_pay.kind.rest_day": "休息日（周末）",
        "overtime_pay.kind.holiday": "法定节假日",
        "overtime_pay.note.minimum_wage": (
            "你的月工资{wage}元可能低于当地最低工资标准：低于的，少发的差额可以另外主张（《劳动法》第四十八条），"
            "多地还规定加班费的计算基数不得低于最低工资标准，那样加班费会更高。当地标准可在人社局网站查或打12333问。"),
        "overtime_pay.note.paid": "单位已经付了{paid}元（加班费或加班补贴），还应补发约{rest}元。",
        "overtime_pay.note.over_cap": (
            "一个月加班共{hours}小时，超过了每月不超过36小时的上限（《劳动法》第四十一条，抢险救灾等紧急情况除外），"
            "可以向劳动保障监察投诉；已经加的班，加班费照样要付。"),
        "overtime_pay.note.limits": (
            "延长工作时间一般每日不超过1小时，特殊原因每日不超过3小时、每月不超过36小时（《劳动法》第四十一条）。"),
        "overtime_pay.note.limitation": (
            "加班费属于劳动报酬：在职期间被拖欠不受一年仲裁时效限制，离职后应在一年内申请仲裁；请保留考勤、排班、"
            "聊天记录等加班证据。"),
        # --- arbitration deadline ---
        "arbitration_deadline.summary.no_limitation": (
            "劳动关系存续期间因拖欠劳动报酬（工资、加班费等）发生的争议，在职期间申请仲裁不受一年时效限制；"
            "但劳动关系终止后，应自终止之日起一年内申请。"),
        "arbitration_deadline.formula.no_limitation": (
            "拖欠劳动报酬 + 劳动关系存续 → 不受一年时效限制（《劳动争议调解仲裁法》第二十七条第四款）"),
        "arbitration_deadline.formula.interrupted": (
            "{start} 您讨要、投诉或单位答应支付，时效中断，从中断时起重新计算一年（《劳动争议调解仲裁法》第二十七条第二款）："
            "截止 {deadline}；距 {today} 剩余 {days_left} 天"),
        "arbitration_deadline.start.interrupted": "最后一次讨要、投诉或单位答应支付（时效中断）之日",
        "arbitration_deadline.start.end": "劳动关系终止之日",
        "arbitration_deadline.start.knew": "知道或应当知道权利被侵害之日",
        "arbitration_deadline.formula.end": (
            "拖欠劳动报酬，劳动关系于 {start} 终止：终止之日起一年（《劳动争议调解仲裁法》第二十七条第四款）："
            "截止 {deadline}；距 {today} 剩余 {days_left} 天"),
        "arbitration_deadline.formula.knew": (
            "自知道或应当知道权利被侵害之日 {start} 起一年（《劳动争议调解仲裁法》第二十七条第一款）："
            "截止 {deadline}；距 {today} 剩余 {days_left} 天"),
        "arbitration_deadline.summary": (
            "仲裁时效自{rule}（{start}）起算一年，申请劳动仲裁的最后期限约为{deadline}，{days_left}。"),
        "arbitration_deadline.summary.passed": (
            "仲裁时效自{rule}（{start}）起算一年，已于{deadline}届满"
            "（{days_left}）；如曾催要、投诉或单位同意支付，时效可能已中断重新计算，请尽快咨询。"),
        "arbitration_deadline.note.interruption": (
            "时效中断：您向单位主张权利（如书面催要）、向劳动监察等部门投诉求助，或单位同意履行的，时效中断，"
            "从中断时起重新计算一年（《劳动争议调解仲裁法》第二十七条第二款）。请保留催要和投诉的书面、聊天记录。"),
        "arbitration_deadline.note.suspension": (
            "时效中止：因不可抗力或其他正当理由不能申请的，时效中止，原因消除后继续计算（《劳动争议调解仲裁法》第二十七条第三款）。"),
        "arbitration_deadline.note.counting": (
            "期间从次日起算，到期年份的对应日为最后一日；最后一日是法定节假日的，顺延至假期结束的次日"
            "（《民法典》第二百零一条至第二百零三条）。不要拖到最后几天。"),
        # --- work-injury application deadline ---
        "injury_application_deadline.summary.applied": (
            "单位已提出工伤认定申请。单位的申请期限为{employer_deadline}"
            "（事故或确诊之日起30日）；如需您本人或家属、工会申请，最迟为{worker_deadline}"
            "（{worker_left}）。请向社保部门确认申请已受理。"),
        "injury_application_deadline.summary": (
            "单位应在{employer_deadline}前（事故或确诊之日起30日内，"
            "{employer_left}）申请工伤认定；单位不申请的，您本人、近亲属或工会可在"
            "{worker_deadline}前（1年内，{worker_left}）直接向社保部门申请。"),
        "injury_application_deadline.formula": (
            "单位：{accident_date} + 30日 = {employer_deadline}（剩余 {employer_left} 天）；"
            "职工/近亲属/工会：{accident_date} + 1年 = {worker_deadline}（剩余 {worker_left} 天）"),
        "injury_application_deadline.note.disease": "职业病从被诊断、鉴定为职业病之日起算。",
        "injury_application_deadline.note.employer_late": (
            "单位有特殊情况经社保部门同意可适当延长；单位未在30日内申请的，此期间发生的工伤待遇等费用由单位负担"
            "（《工伤保险条例》第十七条第一款、第四款）。"),
        "injury_application_deadline.note.documents": (
            "申请需提交工伤认定申请表、劳动关系证明（包括事实劳动关系）、医疗诊断证明或职业病诊断证明"
            "（《工伤保险条例》第十八条）。请保存病历、考勤、工资记录和证人联系方式。"),
        "injury_application_deadline.note.counting": (
            "期间从次日起算（《民法典》第二百零一条、第二百零二条）；不要拖到最后几天。"),
        # --- part-time check ---
        "part_time_check.summary": lambda parts: "".join(parts),
        "part_time_check.over_limits": _over_limits,
        "part_time_check.within_limits": (
            "平均每天{daily}小时、每周{weekly}小时，在非全日制用工的工时标准之内（每天不超过4小时、每周不超过24小时）。"),
        "part_time_check.pay_cycle.too_long_anyway": (
            "即使按非全日制用工看，工资{days}天结算一次也超过了最长15日的结算周期（《劳动合同法》第七十二条第二款）。"),
        "part_time_check.pay_cycle.too_long": (
            "但工资{days}天结算一次，超过非全日制用工最长15日的结算周期，违反《劳动合同法》第七十二条第二款。"),
        "part_time_check.pay_cycle.ok": "工资{days}天结算一次，符合不超过15日的要求。",
        "part_time_check.formula": _part_time_formula,
        "part_time_check.note.rules": (
            "非全日制用工可以订立口头协议，不得约定试用期，双方可随时通知终止且单位不付经济补偿"
            "（《劳动合同法》第六十九条至第七十一条）——这些只适用于真正的非全日制用工。"),
        "part_time_check.note.minimum_wage": "小时工资不得低于当地最低小时工资标准（《劳动合同法》第七十二条第一款）。",
        **_NEW_PHRASES,
    },
)
