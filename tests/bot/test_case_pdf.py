"""The case PDF as a lawyer reads it: the text pypdf extracts from the pages, whitespace removed
(line wrapping puts breaks in the middle of names and amounts)."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from reportlab.lib import textsplit
from reportlab.platypus import paragraph

from bot.casefile import DRAFT_BANNER, case_pdf, claims, commission, evidence_items
from bot.cases import CaseEvent, CaseMessage, CaseView

T0 = datetime(2025, 3, 1, 2, 30, tzinfo=UTC)
TODAY = date(2025, 3, 5)
DRAFT_FOOTER = "仲裁申请书（草稿）"


def make_case(**changes) -> CaseView:
    case = CaseView(
        id=12, number="LA-2025-00012", status="claimed", priority="urgent",
        priority_reasons=["deadline", "group_arrears"], topic="arrears", language="zh", worker_chat_id=1001,
        worker_name="王小明", phone="13812345678",
        facts={"employer": "深圳市宏达电子有限公司", "city": "深圳", "job": "流水线操作工", "start_date": "2023-03-01",
               "end_date": "2025-01-15", "monthly_wage": "6000", "amount_owed": "18000", "written_contract": "no",
               "social_insurance": "unknown", "evidence": "工资条、考勤记录，微信聊天记录 工牌"},
        question="老板拖欠我三个月工资一共18000元，一直说下个月发，我已经离职了，怎么办？",
        answer_text="根据《劳动合同法》第三十条，用人单位应当及时足额支付劳动报酬。\n你可以申请劳动仲裁。",
        citations=["《劳动合同法》第三十条", "《劳动争议调解仲裁法》第二十七条"],
        calculations=[
            {"calculator": "double_wages", "title": "未签书面劳动合同的二倍工资", "amount": "66000", "deadline": None,
             "days_left": None, "summary": "按月工资6000元计算11个月的另一倍工资。",
             "basis": ["《劳动合同法》第八十二条"]},
            {"calculator": "arbitration_deadline", "title": "劳动仲裁时效", "amount": None, "deadline": "2026-01-15",
             "days_left": 316, "summary": "劳动关系终止之日起一年内申请仲裁。",
             # as the assistant stores a basis: the catalogued title and the article key
             "basis": [{"law": "中华人民共和国劳动争议调解仲裁法", "article": "27"}]},
        ],
        assignee_id=3, assignee_name="李律师", staff_chat_id=None, staff_thread_id=None, packet_message_id=None,
        created_at=T0, updated_at=T0, claimed_at=T0 + timedelta(hours=1), first_response_at=None, closed_at=None,
        outcome=None, feedback=None, anonymized=False,
    )
    return replace(case, **changes)


MESSAGES = [
    CaseMessage(1, T0, "worker", None, "history", "老板拖欠我三个月工资怎么办？😢", T0),
    CaseMessage(2, T0, "bot", None, "history", "你可以申请劳动仲裁。", T0),
    CaseMessage(3, T0 + timedelta(hours=2), "staff", "李律师", "console", "请把工资条拍照发给我 <b>&</b>", T0),
    CaseMessage(4, T0 + timedelta(hours=3), "note", "李律师", "console", "同厂约30人被欠薪，考虑集体仲裁。", None),
]
EVENTS = [
    CaseEvent(T0, "worker", "created", {"priority": "urgent", "reasons": ["deadline", "group_arrears"]}),
    CaseEvent(T0 + timedelta(hours=1), "staff:3", "claimed", {"by": "李律师"}),
    CaseEvent(T0 + timedelta(hours=3), "staff:3", "fact_changed",
              {"fact": "monthly_wage", "old": "5500", "new": "6000", "by": "李律师"}),
]


def pages(pdf: bytes) -> list[str]:
    return [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def render(case: CaseView, messages: list[CaseMessage] = MESSAGES, events: list[CaseEvent] = EVENTS) -> list[str]:
    pdf = case_pdf(case, messages, events, topic_name="欠薪", today=TODAY)
    assert pdf.startswith(b"%PDF")
    return pages(pdf)


def split(texts: list[str]) -> tuple[str, str]:
    """The packet's text and the draft's text."""
    return ("".join(t for t in texts if DRAFT_FOOTER not in t), "".join(t for t in texts if DRAFT_FOOTER in t))


def test_packet_holds_the_case_as_staff_know_it():
    packet, _ = split(render(make_case()))
    for expected in ("案件材料LA-2025-00012", "导出日期2025-03-05", "处理中", "紧急（时效30天内届满、集体欠薪）",
                     "类别欠薪", "承办人李律师", "王小明", "13812345678", "深圳市宏达电子有限公司", "被欠金额18000元",
                     "书面劳动合同没有", "社会保险不知道", "老板拖欠我三个月工资一共18000元",
                     "金额：人民币66000元", "期限：2026-01-15（距导出日还有316天）", "依据：《劳动合同法》第八十二条",
                     "引用条文：《劳动合同法》第三十条、《劳动争议调解仲裁法》第二十七条",
                     "2025-03-0110:30·当事人（转交前对话）老板拖欠我三个月工资怎么办？",
                     "请把工资条拍照发给我<b>&</b>",
                     "内部备注（仅供工作人员，不得提交或转给当事人）", "同厂约30人被欠薪",
                     "李律师认领", "李律师修改事实月工资：5500元→6000元", "第1/"):
        assert expected in packet, expected
    assert DRAFT_BANNER not in packet


def test_draft_application_restates_the_facts_and_claims():
    _, draft = split(render(make_case()))
    for expected in (DRAFT_BANNER, "劳动人事争议仲裁申请书", "申请人", "王小明", "联系电话13812345678",
                     "被申请人", "名称深圳市宏达电子有限公司", "住所地［待补］", "身份证号［待补］", "性别［待补］",
                     "1.请求裁决被申请人支付拖欠的工资人民币18000元",
                     "2.请求裁决被申请人支付未签订书面劳动合同二倍工资差额人民币66000元",
                     "［请律师根据证据核实、补充请求事项］",
                     "申请人于2023年3月1日入职被申请人深圳市宏达电子有限公司，在深圳从事流水线操作工工作，月工资人民币6000元。",
                     "工作至2025年1月15日", "被申请人未与申请人签订书面劳动合同。", "是否为申请人缴纳社会保险［待补］",
                     "1工资条［待补］2考勤记录［待补］3微信聊天记录［待补］4工牌［待补］",
                     "此致深圳市劳动人事争议仲裁委员会", "申请人（签名）", "日期："):
        assert expected in draft, expected
    assert "同厂约30人被欠薪" not in draft  # internal notes never reach the application


def test_draft_cites_only_what_the_case_cites():
    _, draft = split(render(make_case()))
    cited = set(re.findall(r"《[^》]+》第[一二三四五六七八九十百零]+条", draft))
    assert cited == {"《劳动合同法》第三十条", "《劳动争议调解仲裁法》第二十七条", "《劳动合同法》第八十二条"}
    _, bare = split(render(make_case(citations=[], calculations=[])))
    assert "《" not in bare
    assert "根据［待补］（法律依据）等规定" in bare


def test_draft_banner_is_on_every_page_of_the_draft():
    long_question = "老板一直拖欠工资，" * 400  # pushes the application over several pages
    texts = render(make_case(question=long_question, facts={**make_case().facts, "evidence": "、".join(
        f"证据{i}" for i in range(60))}))
    draft_pages = [t for t in texts if DRAFT_FOOTER in t]
    assert len(draft_pages) >= 2
    assert all(DRAFT_BANNER in t for t in draft_pages)
    assert texts.index(draft_pages[0]) > 0 and all(DRAFT_FOOTER in t for t in texts[texts.index(draft_pages[0]):])


def test_unknown_facts_are_left_to_fill_in_not_invented():
    case = make_case(worker_name=None, phone=None, citations=[], calculations=[], question=None, answer_text=None,
                     facts={"employer": "unknown", "city": "skipped", "amount_owed": "unknown",
                            "written_contract": "no", "end_date": "ongoing"})
    _, draft = split(render(case, messages=[], events=[]))
    for expected in ("姓名［待补］", "联系电话［待补］", "名称［待补］", "支付拖欠的工资人民币［待核算］元",
                     "未签订书面劳动合同二倍工资差额人民币［待核算］元",
                     "申请人于［待补］入职被申请人［待补］，在［待补］从事［待补］工作", "月工资人民币［待补］元",
                     "至今仍在被申请人处工作", "证据名称证明目的1［待补］", "此致［］劳动人事争议仲裁委员会"):
        assert expected in draft, expected
    assert "unknown" not in draft and "skipped" not in draft


def test_anonymized_case_shows_only_what_remains():
    case = make_case(anonymized=True, status="closed", outcome="withdrawn", closed_at=T0 + timedelta(days=1),
                     worker_name=None, phone=None, facts={}, question=None, answer_text=None, calculations=[])
    forgotten = [replace(m, text=None) for m in MESSAGES]  # as CaseService.forget leaves them
    scrubbed = {"fact": "monthly_wage", "old": None, "new": None, "by": "李律师"}
    events = [*EVENTS[:2], replace(EVENTS[2], detail=scrubbed)]
    text = "".join(render(case, messages=forgotten, events=events))
    assert "当事人已要求删除其个人数据" in text and "LA-2025-00012" in text and "已结案" in text
    assert "共3条消息，内容已应当事人要求删除" in text and "共1条备注，内容已随当事人数据删除" in text
    assert "李律师修改事实月工资（内容已删除）" in text and "5500" not in text
    assert "王小明" not in text and "13812345678" not in text and "138" not in text
    assert DRAFT_BANNER not in text  # no application is drafted for a worker who withdrew


def test_anonymized_flag_hides_personal_data_even_if_some_is_left():
    text = "".join(render(make_case(anonymized=True)))
    assert "王小明" not in text and "13812345678" not in text and "深圳市宏达电子有限公司" not in text


def test_very_long_transcript_renders_on_many_pages():
    messages = [CaseMessage(i, T0 + timedelta(minutes=i), "worker" if i % 2 else "bot", None, "telegram",
                            f"第{i}条" + "工资" * 250, T0) for i in range(200)]
    messages.append(CaseMessage(999, T0, "worker", None, "telegram", "一条特别长的消息。" * 3000, T0))
    texts = render(make_case(), messages=messages)
    assert len(texts) > 30
    assert all(f"第{i}/{len(texts)}页" in t for i, t in enumerate(texts, 1))
    assert "第199条" in "".join(texts)
    assert DRAFT_BANNER in texts[-1]


@pytest.mark.parametrize(("city", "name"), [
    ("深圳", "深圳市劳动人事争议仲裁委员会"),
    ("深圳市", "深圳市劳动人事争议仲裁委员会"),
    (" 东莞 ", "东莞市劳动人事争议仲裁委员会"),
    ("恩施州", "恩施州劳动人事争议仲裁委员会"),
    ("unknown", "［　　］劳动人事争议仲裁委员会"),
    (None, "［　　］劳动人事争议仲裁委员会"),
])
def test_commission_is_the_workers_city(city, name):
    assert commission(city) == name


def test_dismissal_and_overtime_claims_come_from_the_calculations():
    case = make_case(topic="dismissal", facts={"employer": "某公司", "written_contract": "yes"}, calculations=[
        {"calculator": "economic_compensation", "title": "经济补偿", "amount": "12000.5", "basis": []},
        {"calculator": "unlawful_dismissal", "title": "违法解除劳动合同赔偿金", "amount": "24001", "basis": []},
        {"calculator": "overtime_pay", "title": "加班工资", "amount": None, "basis": []},
        {"calculator": "double_wages", "title": "二倍工资", "amount": "1000", "basis": []},  # contract signed: no claim
    ])
    assert claims(case) == [
        "请求裁决被申请人支付违法解除劳动合同赔偿金人民币24001元（如不构成违法解除，则支付解除劳动合同经济补偿人民币12000.50元）",
        "请求裁决被申请人支付加班费人民币［待核算］元",
    ]


def test_evidence_is_split_into_items():
    assert evidence_items("工资条、考勤记录，微信聊天记录 工牌; 录音") == [
        "工资条", "考勤记录", "微信聊天记录", "工牌", "录音"]
    assert evidence_items("unknown") == [] and evidence_items(None) == []


def test_no_line_starts_with_a_chinese_closing_mark():
    question = "，".join("拖欠工资" * (k % 7 + 1) + "三" * (k % 3) for k in range(80)) + "。"
    pdf = case_pdf(make_case(question=question), [], [], topic_name="欠薪", today=TODAY)
    lines = [line for page in PdfReader(io.BytesIO(pdf)).pages for line in page.extract_text().split("\n")]
    assert sum(line.count("，") for line in lines) >= 79  # every comma is printed ...
    assert not [line for line in lines if line.startswith("，")]  # ... hanging at a line's end, never starting one


def test_rendering_leaves_reportlab_as_it_was():
    render(make_case())
    pristine = "".join(textsplit.CANNOT_START_LINE)  # what reportlab derives its rule from
    assert textsplit.ALL_CANNOT_START == pristine and paragraph.ALL_CANNOT_START == pristine  # other PDFs unchanged
