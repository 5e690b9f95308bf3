"""What a message signals beyond its legal question: crisis, manipulation, fraud, abuse, urgency.

Pattern lists, not a model: they are explainable, testable and err toward caring (a false crisis
alarm costs a kind message; a missed one can cost a life).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_CRISIS = re.compile(
    r"自杀|轻生|跳楼|跳下去|从.{0,8}(楼顶|楼上|桥上).{0,4}跳|不想活|活不下去|活着没意思|一了百了|寻短见|结束(自己的?)?生命|"
    r"割腕|喝农药|吃安眠药|想死|去死算了|死了算了|不如死了|"
    r"\bsuicid|\bkill myself\b|\bend my life\b|\bdon'?t want to (live|be alive)\b|\bwant to die\b",
    re.IGNORECASE,
)
_INJECTION = re.compile(
    r"ignore (all |any )?(the )?(previous|prior|above|earlier) (instructions|prompts?|rules)|disregard (all |the )?(previous|above)|"
    r"system prompt|developer mode|jailbreak|\bDAN\b|reveal (your|the) (prompt|instructions|config)|api[ _-]?key|"
    r"忽略(之前|以上|前面|上面|所有)的?(所有)?(指令|指示|规则|设定|要求|提示)|(系统|后台)(提示词?|配置|设定|prompt)|"
    r"提示词|你现在是|从现在开始你是|扮演.{0,10}(不受|没有).{0,6}(限制|规则)|不受任何规则|开发者模式|越狱|密钥|知识库文件",
    re.IGNORECASE,
)
_FRAUD_TERM = re.compile(
    r"伪造|造假|做假|弄假|作假|假的?(证明|证据|病历|诊断|合同|工资条|工资单|考勤|记录|发票|票据|签名)|假装|编造|"
    r"冒充|骗保|骗取|P图|p图|不会被发现|不被发现|查不出来|\bfake\b|\bforge\b|\bfabricate\b|\bpretend\b",
    re.IGNORECASE,
)
_FRAUD_BY_OTHERS = re.compile(r"(公司|老板|单位|HR|他们|对方|厂里|平台|包工头)(给我)?(伪造|造假|做假|编造|假装|冒充)")
_FRAUD_INTENT = re.compile(r"我想|我要|我打算|帮我|教我|怎么|如何|能不能|可不可以|行不行|才能|\bhow\b|\bhelp me\b|\bcan i\b", re.IGNORECASE)
_ABUSE = re.compile(r"破机器人|垃圾|废物|智障|傻[逼bB×]|sb|滚|废话|蠢|什么都不懂|没用的东西|\bstupid\b|\buseless\b|\bidiot\b", re.IGNORECASE)
_FAMILY = re.compile(r"离婚|结婚|彩礼|抚养权|抚养费|夫妻|遗产|继承|分家|婆婆|老公.{0,6}(房子|财产)|老婆.{0,6}(房子|财产)")

# Requests from domains outside labor rights; decisive only when no labor topic was detected.
_OTHER_DOMAIN = re.compile(
    r"股票|基金|A股|炒股|抄底|彩票|比特币|数字货币|天气|下雨|下雪|气温|写.{0,4}诗|作诗|对联|翻译|菜谱|做菜|星座|算命|运势|"
    r"电影|电视剧|游戏攻略|减肥|旅游|景点|考研|高考|恋爱|表白|房价|\bpoem\b|\bweather\b|\bstocks?\b|\btranslate\b|\bcapital of\b",
    re.IGNORECASE,
)

_INJURY_CONTEXT = re.compile(r"受伤|摔|砸|压|撞|烫|烧伤|骨折|工伤|事故|伤|断|职业病|尘肺|中毒|\binjur|\baccident", re.IGNORECASE)
_SEVERE = re.compile(
    r"压断|切断|轧断|绞断|截肢|断指|手指.{0,3}断|断了.{0,3}(手|脚|腿|指)|瘫痪|昏迷|植物人|死亡|身亡|去世|死了|没了命|重伤|"
    r"颅脑|颅内|脊椎|脊柱|腰椎|颈椎|ICU|重症|抢救|躺在医院|还在医院|住院|烧伤|失明|尘肺|"
    r"amputat|paralys|coma|\bdied\b|\bdeath\b|\bICU\b|hospitali[sz]ed|in hospital",
    re.IGNORECASE,
)
_VANISHED = re.compile(
    r"跑路|失联|联系不上|人去楼空|玩失踪|逃匿|卷款|关机|"
    r"(老板|包工头|负责人|老板娘|站长|工头|老总|人)(也|都|已经)?(跑了|不见了|找不着了?|找不到了?)|"
    r"\b(boss|employer|owner)\b.{0,20}\b(vanished|disappeared|ran away|ran off|fled)\b",
    re.IGNORECASE,
)
_ARREARS = re.compile(r"欠薪|欠(了)?(我们?)?.{0,16}(工资|钱|工钱|薪)|拖欠|(不发|没发|没给|不给|拖着)(.{0,6})(工资|钱|工钱)|\bunpaid\b|\bowe", re.IGNORECASE)
_GROUP = re.compile(
    r"我们|大家|工友们|全厂|全体|所有人|集体|几十个|上百|一百多|好多人|很多人|[0-9]{2,}\s*多?个?人|"
    r"[二三四五六七八九十百]+多?个人|\bwe\b|\ball of us\b|\bworkers\b",
    re.IGNORECASE,
)
_VIOLENCE = re.compile(
    r"打我|打人|被打|殴打|动手打|威胁|恐吓|扬言|砍|揍|黑社会|限制人身自由|不让走|关起来|关在|拿刀|"
    r"\bthreat|\bbeat me\b|\bhit me\b|\bviolence\b",
    re.IGNORECASE,
)
_PREGNANT = re.compile(r"怀孕|孕期|怀了|孕妇|产假|哺乳期|\bpregnan", re.IGNORECASE)
_PUSHED_OUT = re.compile(
    r"辞退|开除|解除|让我走|走人|自动离职|劝退|裁员|裁掉|炒了|炒鱿鱼|不要我|逼我(辞职|离职)|让我辞职|"
    r"\bfired\b|\bdismiss|\blet go\b|\blaid off\b",
    re.IGNORECASE,
)
_DEADLINE_NEAR = re.compile(r"快(满)?一年|马上(就)?(满)?一年|还有\s*\d+\s*天就|时效快到|快过时效|快超过一年")


@dataclass(frozen=True, slots=True)
class Signals:
    crisis: bool = False
    injection: bool = False
    fabrication: bool = False
    abuse: bool = False
    family: bool = False
    other_domain: bool = False


def read_signals(text: str) -> Signals:
    """Return what the message signals besides its legal content."""
    return Signals(
        crisis=bool(_CRISIS.search(text)),
        injection=bool(_INJECTION.search(text)),
        fabrication=_is_fraud_request(text),
        abuse=bool(_ABUSE.search(text)),
        family=bool(_FAMILY.search(text)),
        other_domain=bool(_OTHER_DOMAIN.search(text)),
    )


def _is_fraud_request(text: str) -> bool:
    if not _FRAUD_TERM.search(text):
        return False
    if _FRAUD_BY_OTHERS.search(text) and not re.search(r"不会被发现|不被发现|查不出来", text):
        return False
    return bool(_FRAUD_INTENT.search(text))


@dataclass(slots=True)
class Urgency:
    """Reasons a legal-aid person should take the case now (codes of locales' escalation_reasons)."""

    reasons: list[str] = field(default_factory=list)

    def add(self, code: str) -> None:
        if code not in self.reasons:
            self.reasons.append(code)


def urgency(text: str, *, crisis: bool = False, days_to_deadline: int | None = None) -> Urgency:
    """Return the escalation reasons a message shows (crisis first)."""
    u = Urgency()
    if crisis:
        u.add("crisis")
    if _INJURY_CONTEXT.search(text) and _SEVERE.search(text):
        u.add("serious_injury")
    if _VIOLENCE.search(text):
        u.add("violence")
    if _PREGNANT.search(text) and _PUSHED_OUT.search(text):
        u.add("pregnancy_dismissal")
    if _VANISHED.search(text):
        u.add("vanished_employer")
    if _ARREARS.search(text) and _GROUP.search(text) and _group_is_many(text):
        u.add("group_arrears")
    if (days_to_deadline is not None and 0 <= days_to_deadline <= 30) or _DEADLINE_NEAR.search(text):
        u.add("deadline")
    return u


def _group_is_many(text: str) -> bool:
    # "我们" alone is often just the speaker's family or shift; require a sign of many people.
    return bool(re.search(
        r"工友|全厂|全体|所有人|集体|几十|上百|一百多|好多人|很多人|[0-9]{2,}\s*多?个?人|[二三四五六七八九十百]+多?个人|\ball of us\b|\bworkers\b",
        text, re.IGNORECASE,
    ))
