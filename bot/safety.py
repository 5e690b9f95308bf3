"""What a message signals beyond its legal question: crisis, requests to refuse, manipulation, abuse, urgency.

Pattern lists, not a model: they are explainable, testable and err toward caring (a false crisis
alarm costs a kind message; a missed one can cost a life).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.facts import FIGURE_OF_SPEECH

_CRISIS = re.compile(
    r"自杀|轻生|跳楼|跳下去|从.{0,8}(楼顶|楼上|桥上).{0,4}跳|不想活|活不下去|活着没意思|一了百了|寻短见|结束(自己的?)?生命|"
    r"割腕|喝农药|吃安眠药|想死|去死算了|死了算了|不如死了|"
    # 不知道活着还有什么意思, 昨晚在天台站了很久: no word of dying, and the same danger
    r"活着(还|又)?有(什么|啥|个啥)(意思|意义|用)|不知道(为什么|为啥)?(还)?(要)?活着|"
    r"在(天台|楼顶|顶楼|桥上|河边|江边)(上)?(站|坐|待|呆|徘徊)了?(很久|好久|半天|一夜|一晚上|好几个小时|一会儿?)|"
    r"\b(what'?s|what is) the point (of|in) (living|going on|being alive)\b|\bno point (in )?(living|going on)\b|"
    r"\bsuicid|\bkill myself\b|\bend my life\b|\bdon'?t want to (live|be alive)\b|\bwant to die\b|"
    r"\b(everyone|everybody|they|my family)( would)? (be )?better off without me\b|\bbetter off dead\b|"
    r"\btake my (own )?life\b|\bno reason to live\b|\bend(ing)? it all\b|\bnot worth living\b|"
    r"\bthinking about (dying|suicide)\b|\bdo ?n'?t want to be (here|around) any ?more\b",
    re.IGNORECASE,
)
# "要跳楼的心都有了", "气得我都想跳楼了": a common way of saying how hard or infuriating things are, not a plan to
# die. The legal answer is given, with a line on where to talk (a plain "想跳楼" or "不想活了" is still a crisis).
_IDIOM = FIGURE_OF_SPEECH
# Sorrow or strain said outright (真的想哭, 快崩溃了, 心里好难受, 整夜睡不着, I want to cry): answered, with the same line.
_SORROW = re.compile(r"(?:真的|都|好|快)?想哭|哭了好几(?:天|次|回|晚)|天天(?:在)?哭|(?:快|要|已经)?崩溃了|心里(?:好|很|特别|真)?(?:难受|难过|堵)|"
                     r"(?:整夜|天天|好几天)睡不着|\bwant to cry\b|\bcan'?t stop crying\b|\b(?:at|near) breaking point\b|"
                     r"\bfalling apart\b", re.IGNORECASE)
# Anger said as wanting to smash or beat (真想去把他店砸了, 气得想去打他一顿, I want to smash his shop): a line on why not.
_VENTING = re.compile(r"(?:想|要)(?:去|过去|冲过去)?把[^，,。！!？?]{0,8}?(?:砸了|砸烂|砸掉|给砸了|一把火烧了|烧了)|"
                      r"(?:想|要)(?:去|过去)?砸(?:了|烂)?(?:他|她|老板|他们)的|"
                      r"(?:想|要)(?:去|过去)?(?:把他|把老板|找他|找老板)?(?:狠狠)?(?:打|揍)(?:他|老板)?一顿|"
                      r"(?:想|要)(?:去)?(?:堵|砸)(?:他|老板|他们)?的?(?:门|店|车|工作室|公司)|"
                      r"\b(?:want|going) to (?:smash|trash|wreck|burn) (?:his|her|their|the boss'?s?) |"
                      r"\b(?:want|going) to (?:beat|punch) (?:him|her|the boss) up\b", re.IGNORECASE)
_INJECTION = re.compile(
    r"ignore (all |any )?(the )?(previous|prior|above|earlier) (instructions|prompts?|rules)|disregard (all |the )?(previous|above)|"
    r"system prompt|developer mode|jailbreak|\bDAN\b|reveal (your|the) (prompt|instructions|config)|api[ _-]?key|"
    r"忽略(之前|以上|前面|上面|所有)的?(所有)?(指令|指示|规则|设定|要求|提示)|(系统|后台)(提示词?|配置|设定|prompt)|"
    r"提示词|你现在是|从现在开始你是|扮演.{0,10}(不受|没有).{0,6}(限制|规则)|不受任何规则|开发者模式|越狱|密钥|知识库文件",
    re.IGNORECASE,
)
# --- requests the bot refuses -------------------------------------------------------------------
# Each kind needs the worker's own intent: "the boss threatened me" or "the company forged my
# signature" is a question to answer, "how do I scare my boss" is a request to refuse.

# Someone other than the speaker, as the subject of a clause ("老板拿出一份假合同").
_OTHER_PARTY = re.compile(
    r"公司|老板|单位|HR|人事|他们|对方|厂里|厂方|平台|包工头|工头|经理|主管|领导|站长|用人单位|医院|"
    r"\b(?:boss|employer|company|manager|supervisor|they|he|she)\b",
    re.IGNORECASE,
)
# The speaker accused of what the term names ("公司说我假装生病").
_ACCUSED = re.compile(
    r"(说|认为|怀疑|指责|诬陷|诬告|冤枉|污蔑|认定|以为|告)(我|是|我的)|被(说|认为|怀疑|指责|当成|说成)|"
    r"\b(?:accus|claims? (?:i|that i)|says? (?:i|that i)|thinks? (?:i|that i))",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[，。！？；,;!?\n]")

_FRAUD_TERM = re.compile(
    r"伪造|造假|做假|弄假|作假|伪证|假证|串供|捏造|编造|虚构|虚报|谎报|冒充|骗保|骗取|装病|装伤|小病大养|"
    r"(?<![请休病事年婚产放])假的?(?:劳动|工伤|医院|医疗|伤情|病假|用工|聘用|一份|一个|一张)?(证明|证据|病历|诊断|合同|"
    r"工资条|工资单|考勤|打卡|记录|发票|票据|签名|证人|证词|口供|伤情|鉴定|病假条|假条|"
    r"收据|欠条|借条|聊天记录|截图|录音|工牌)|假装|"
    r"夸大(伤情|病情|伤势|损失|伤残)?|(把|将)(轻伤|小伤|伤情|伤势|病情|伤).{0,6}(说|写|弄|搞|报|鉴定)(成|得)?(更)?(重|"
    r"严重|大)|"
    r"(伤残)?等级.{0,4}(弄|搞|做|鉴定)(高|重)|"
    r"(改|修改|篡改|P|p|PS|ps|编辑|删改|涂改)(一下|掉|了|过)?.{0,6}(聊天记录|截图|考勤|打卡记录|日期|金额|合同|工资条|"
    r"病历|诊断|签名)|"
    r"倒签|多开(几天|点|一些)?(病假|假条|病假条|药)|(让|找|叫|请)(个|几个)?(工友|同事|朋友|人|别人)(帮我)?(作证|"
    r"证明).{0,16}(其实|实际上|虽然)|"
    r"P图|p图|不会被发现|不被发现|查不出来|"
    r"\bfake\b|\bfaked\b|\bforge|\bfabricat|\bpretend\b|\bphotoshop|\bbackdat|\bexaggerat|"
    r"\binflate (?:my|the|our) (?:injury|injuries|claim|hours|medical)|\bdoctor(?:ed)? (?:the|my|a|these|some) |"
    r"\balter(?:ed)? (?:the|my|a) (?:chat|messages?|screenshots?|records?|contract|timesheet|attendance|date)|"
    r"\bedit(?:ed)? (?:the |my |these )?(?:chat |wechat )?(?:screenshots?|logs?|history|messages|records|timesheet)|"
    r"\bmake up (?:a|an|some|the) (?:witness|record|injury|accident|story|evidence)|"
    r"\bfalse (?:witness|testimony|statement|records?|certificate|evidence)|"
    r"\blie (?:to|in|at|for me (?:at|in)) (?:the )?(?:arbitrat|court|tribunal|inspect|insur|hearing)|\bto lie (?:for|"
    r"at|in)\b",
    re.IGNORECASE,
)
# A paper the employer puts to the worker to sign (拿了份劳动合同让我签, asked me to sign).
_PUT_TO_SIGN = re.compile(r"(?:让|要|叫|逼|催)(?:我|我们)(?:补)?签|\b(?:asked|asks|wants|told|made|pushing|pressur\w*) (?:me|us) "
                          r"to sign\b", re.IGNORECASE)
_HIDING = re.compile(
    r"不会被发现|不被发现|查不出来|\bwithout (?:being|getting) caught\b|\bnot get caught\b", re.IGNORECASE
)
_FRAUD_INTENT = re.compile(
    r"我想|我要|我打算|我准备|我得|帮我|教我|给我(弄|做|开|写|搞|改|P)|"
    r"怎么(弄|做|写|改|开|搞|P|p|才|样才|能|让|编|造|伪造|找|把)|怎样|如何|能不能|可不可以|行不行|有没有办法|才能|"
    r"\bhow (?:do|can|could|should|would) (?:i|we)\b|\bhelp me\b|\bcan (?:i|we|you)\b|\bi (?:want|need|plan) to\b|"
    r"\bi'?m (?:going|planning) to\b|\bshould i\b|\bis it (?:ok|okay) (?:to|if)\b",
    re.IGNORECASE,
)

_PERSON = (
    r"(?:他|她|他们|老板|老板娘|包工头|工头|经理|主管|领导|HR|人事|老总|厂长|站长|班长|组长|对方|那个人|那家伙|"
    r"他家里?人?|他老婆|他孩子|他全家|他家里人|他爸妈|家里人)"
)
_HARM = re.compile(
    r"(?:吓唬(?:吓唬)?|恐吓|威胁|教训|收拾|修理|揍|打|砍|捅|弄死|搞死|整死|杀了?|报复|绑架?|跟踪|堵)"
    r"(?:一下|一顿)?" + _PERSON + r"(?!的?(?:电话|手机|微信|视频|招呼|交道))"
    + r"|(?:去|到|找到|上)" + _PERSON
    + r"(?:的)?(?:家|家里|门口|公司|店|住处|小区)(?:去)?(?:堵|闹|砸|泼|烧)"
    + r"|(?:砸|烧|泼|划|扎)了?" + _PERSON + r"的?(?:车|店|家|门|房子|东西|玻璃|车胎)"
    + r"|泼(?:油漆|粪|汽油|硫酸)|放火|纵火|"
    + r"给" + _PERSON + r"(?:点|一点)颜色|让" + _PERSON + r"(?:不得好死|好看|见血|知道厉害)|"
    + r"(?:人肉|开盒)" + _PERSON
    + r"|把" + _PERSON + r"(?:的)?(?:家人|老婆|孩子|家里人)?的?(?:住址|地址|电话|照片|身份证)"
    r".{0,8}(?:发|挂|曝光|公开)",
    re.IGNORECASE,
)
# The speaker (or a "how/help me") within the clause before the act.
_HARM_INTENT = re.compile(
    r"(?:我|我们|咱|咱们)[^，。！？；,;!?\n]{0,4}(?:想|要|准备|打算|决定|干脆|得|会|就|去|再)|"
    r"怎么|如何|能不能|可不可以|可以|帮我|教我|找人|叫人|带人|喊人|找几个|叫几个|找社会上的人|找黑社会"
)
_HARM_EN = re.compile(
    r"\b(?:scare|frighten|intimidate|threaten|beat(?: up)?|hurt|harm|kill|attack|stab|rough up|get back at|"
    r"take revenge on|stalk|doxx?|burn|smash|vandali[sz]e|slash|punch|teach)\b[^.!?]{0,30}?"
    r"\b(?:boss|manager|supervisor|foreman|employer|owner|him|her|them|his|their|hr)\b"
    r"|\b(?:show up|turn up|go|come|wait) (?:at|to|outside) (?:his|her|their|my boss'?s?) (?:house|home|place|door|"
    r"family|kids)",
    re.IGNORECASE,
)
_HARM_INTENT_EN = re.compile(
    r"\bhow (?:do|can|could|should|would) (?:i|we)\b|\b(?:i|we)(?:'m| am|'re| are)? (?:going to|gonna|want to|wanna|"
    r"will|plan to|"
    r"intend to|about to|should|need to)\b|\b(?:i|we)'ll\b|\bhelp me\b|\bshould (?:i|we)\b|\bcan (?:i|we)\b|\blet'?s\b|"
    r"\b(?:best )?ways? to\b|\btips? (?:to|for|on)\b",
    re.IGNORECASE,
)
# "Threaten" with a lawful step is a demand, not a threat.
_LAWFUL_PRESSURE = re.compile(
    r"\bwith (?:arbitration|a lawsuit|legal action|court|a complaint)|"
    r"\bto (?:sue|report|file|complain|go to arbitration|take)|"
    r"(?:说|告诉他|跟他说).{0,6}(?:去)?(?:仲裁|起诉|投诉|举报|告他|走法律)",
    re.IGNORECASE,
)
_LAWFUL_STEP = re.compile(r"仲裁|起诉|投诉|告他|走法律|劳动监察|法院|12333")
_HARM_WORD_EN = re.compile(r"\b(?:scare|frighten|hurt|harm|kill|beat|stab)\b", re.IGNORECASE)

_EXTORT_WORD = re.compile(
    r"敲诈|勒索|封口费|要挟|讹(?:他|老板|一笔|点钱)|\bblackmail|\bextort|\bhush money\b", re.IGNORECASE
)
_EXTORT_DOUBT = re.compile(
    r"(算不算|算是|是不是|会不会|构成|属于|说我|告我|污蔑|诬陷|被当成|被认为|被说成|当成|以为我|怕被).{0,6}(敲诈|勒索|"
    r"要挟)|"
    r"(敲诈|勒索|要挟)(了)?(我|我们)|被.{0,4}(敲诈|勒索|要挟)|"
    # the employer's accusation, quoted: 把我的身份证发到群里，说我是“黑名单人员、敲诈公司”
    r"(?:说|骂|称|造谣|污蔑|诬陷|诬告|诽谤)(?:我|我们)[^。！？!?]{0,14}(?:敲诈|勒索|要挟)|"
    r"\b(?:is (?:it|this|that)|count as|considered|accus\w*(?: me)? of|call(?:ed|s)? (?:it|me))\b.{0,12}\b(?:blackmail|"
    r"extort)"
    r"|\b(?:blackmail|extort)\w* (?:me|us)\b",
    re.IGNORECASE,
)
_LEVERAGE = re.compile(
    r"出轨|婚外情|小三|情人|外遇|丑事|丑闻|隐私|把柄|黑料|裸照|私生活|偷税|漏税|逃税|偷漏税|假账|行贿|受贿|"
    r"\baffairs?\b|\bmistress\b|\bcheating on\b|\bsecrets?\b|\bnudes?\b|\bprivate (?:photos|pictures|life)\b|"
    r"\btax(?:es)? (?:fraud|evasion|dodging)\b|\bevad\w* tax|\bcooks? the books\b|\bbrib",
    re.IGNORECASE,
)
_BARGAIN = re.compile(
    r"不然|否则|要不然|要不就|要不我|除非|不(?:给|付|打|赔|还)(?:我)?[^，。！？]{0,8}?(?:的话)?[，,]?(?:我)?就|"
    r"给(?:我)?.{0,8}(?:就|我就)(?:不|替他|帮他|当没)|封口|保密|烂在肚子里|不说出去|"
    r"\bunless\b|\bor else\b|\botherwise\b|\bin exchange\b|\bkeep (?:quiet|it quiet|my mouth shut|silent)\b|"
    r"\bstay quiet\b|"
    r"\bif (?:he|she|they) (?:doesn'?t|don'?t|won'?t|refuses? to|does not|do not) pay",
    re.IGNORECASE,
)
_DISCLOSE = re.compile(
    r"曝光|公开|发到?网上|挂到?网上|发朋友圈|发抖音|告诉(?:他|你|她)?的?(?:老婆|妻子|家人|老公)|发给(?:他|你|"
    r"她)?的?(?:老婆|妻子|家人|老公)|"
    r"举报|捅出去|抖出来|说出去|告发|"
    r"\bexpose\b|\bpost\b|\bpublish\b|\bleak\b|\breport\b|\btell (?:his|her|their|your) (?:wife|husband|family|"
    r"partner)\b|\bgo public\b",
    re.IGNORECASE,
)
_EXTORT_INTENT = re.compile(
    r"我想|我要|我打算|我准备|我就|帮我|教我|怎么|如何|能不能|可不可以|写一?(?:封|个|段)|"
    r"\bhow\b|\bhelp me\b|\bcan (?:i|we|you)\b|\bi (?:want|need|plan|will)\b|\bi'?ll\b|\bwrite\b|\bdraft\b",
    re.IGNORECASE,
)

# Someone claiming a role the chat cannot check, asking for what only that role could see.
_ROLE_CLAIM = re.compile(
    r"我是[^，。！？,;!?\n]{0,12}(?:管理员|管理人员|工作人员|开发者|开发人员|程序员|客服|运营|站长|律师|法援|警察|民警|"
    r"公安|仲裁员|监察员)|"
    r"作为[^，。！？,;!?\n]{0,6}(?:管理员|律师|工作人员|警察|民警|开发者|仲裁员|客服)|"
    r"\bi(?:'m| am) (?:the|an|a|your|one of the|on the) [\w -]{0,20}?(?:admin|administrator|sysadmin|developer|staff|"
    r"moderator|"
    r"operator|owner|lawyer|attorney|police|officer|arbitrator|support team)|"
    r"\bas (?:an?|the|their) [\w -]{0,12}?(?:admin|administrator|developer|lawyer|attorney|police officer|staff member|"
    r"moderator)",
    re.IGNORECASE,
)
_OTHERS_DATA = re.compile(
    r"(?:其他|别的|所有|全部|其它|每个)的?(?:用户|人|工人|当事人|咨询者|来访者|求助者)的?.{0,6}"
    r"(?:聊天|对话|记录|信息|资料|案件|案子|电话|手机|号码|数据|问题|提问|名单|住址|身份证)|"
    r"用户(?:的)?(?:名单|列表|数据|资料|记录|聊天记录|对话|手机号|电话|信息|隐私)|"
    r"(?:后台|系统|数据库)(?:里|中)?(?:的|里的)?(?:记录|数据|聊天|对话|案件|用户)|"
    r"(?:某某|张三|李四|王五|别人|他人)的?(?:案件|案子|聊天|对话|记录|资料|信息|电话|手机号|隐私|咨询)|"
    r"\b(?:other|all|every|another) (?:users?|people|workers|clients)'?s?\b.{0,20}?"
    r"\b(?:chats?|conversations?|messages|records|data|cases?|files?|details|info|information|phone|numbers|history|"
    r"questions)\b|"
    r"\bsomeone else'?s\b|\buser (?:list|data|database|records)\b|\beveryone'?s (?:chats?|conversations?|messages|"
    r"records|cases?|data)\b|"
    r"\b(?:chats?|conversations?|messages|records|cases?|data) of (?:other|another|all) (?:users?|people|workers)\b",
    re.IGNORECASE,
)
# With a claimed role, a named person's records are asked for as well ("作为律师我要看他的案件").
_NAMED_DATA = re.compile(
    r"(?<!我)(?<!我们)(?:他|她|这个人|那个人|这位|[\u4e00-\u9fff]{2,3}(?=的))的(?:案件|案子|聊天记录|对话|咨询记录|"
    r"资料|个人信息|电话|手机号|记录)|"
    r"\b(?!my\b)[A-Za-z]+(?: [A-Z][a-z]+)?'s (?:case|case file|file|chats?|conversations?|records?|data|details|"
    r"phone(?: number)?|messages)\b|"
    r"\b(?:his|her|their) (?:case|case file|chats?|conversations?|records|data|phone number|messages)\b",
    re.IGNORECASE,
)
_REQUEST = re.compile(
    # 给我记过, 给我打了最低分: something done to the worker, not a request
    r"给我(?!记|扣|打|罚|安排|发了|加|减|降|调|穿|使|下|换|定)|发给我|发我|导出|调出|调取|帮我查|查一下|查查|告诉我|列出|转给我|共享给我|"
    r"我要看|我想看|我要查|我想查|"
    r"我要调|我需要看|让我看|"
    r"\bshow me\b|\bsend me\b|\bgive me\b|\blist\b|\bexport\b|\bpull up\b|\bi (?:need|want) to (?:see|read|access|view|"
    r"check)\b|"
    r"\blet me (?:see|read|access)\b|\bdump\b|\bshare\b|\btell me\b|\bforward\b|\bopen\b|\baccess\b",
    re.IGNORECASE,
)
_ADMIN_ACTION = re.compile(
    r"(?:管理|调试|维护|开发者|上帝|超级)模式|(?:关闭|解除|取消|关掉)(?:你的)?(?:限制|过滤|审核|规则|安全)|"
    r"删除.{0,8}(?:案件|记录|数据|用户)|"
    # asked for ("give me admin access"), not a job told ("I wrote CRUD APIs for the admin panel")
    r"\badmin mode\b|\b(?:give|grant|enable|enter|open|activate|unlock|switch|need|want|get)\b[^.?!;]{0,12}"
    r"\badmin (?:access|panel|rights)\b|\bdebug mode\b|\b(?:disable|turn off|bypass|override) (?:your |the )?"
    r"(?:filters?|safety|rules|restrictions)\b|\bdelete (?:all |the )?(?:cases|records|users|data)\b",
    re.IGNORECASE,
)

# --- what a person in crisis is living through (shapes the crisis reply's routes) ---------------

_CONFINED = re.compile(
    r"(?<!自己)(?<!感觉)(?<!觉得)(?<!好像)(?<!像是)(?:被|把我|把我们|将我)(?:人)?(?:关|锁|困)(?:在|起来|住)|(?:关|锁)(?:在|进)(?:宿舍|厂里|房间|屋里|工地|小黑屋|"
    r"仓库)|"
    r"不让(?:我|我们)?(?:出门|出去|离开(?:宿舍|厂区?|工地|房间|这里))|限制(?:了)?(?:我|我们)?的?人身自由|"
    r"强迫(?:我|我们)?(?:劳动|干活)|不干(?:活)?就(?:打|不给饭)|有人(?:看着|看守)(?:我|我们)|黑(?:砖窑|煤窑|工厂)|"
    # 晚上10点后宿舍院门被锁上, 被管事的推倒在地拖回宿舍
    r"(?:宿舍|院)[^,，。]{0,4}门[^,，。]{0,6}(?:被)?(?:从外面)?(?:锁上|反锁|锁住)|(?:拖|拽|押)回(?:了)?(?:宿舍|厂里|工地|车间)|"
    r"\bforced labou?r\b|\block(?:ed)? (?:me|us) (?:in|up)\b|\b(?:won'?t|don'?t|do not|will not) let (?:me|"
    r"us) (?:leave|go out|out)\b|"
    r"\bheld against (?:my|our) will\b|\btrapped (?:in|at) (?:the )?(?:factory|dorm|site|room|building)\b",
    re.IGNORECASE,
)
_ATTACKED = re.compile(
    r"(?:正在|现在|还在)(?:被)?[^。！？!?，,；;]{0,6}(?:打|砍|围|追|堵)(?:我|我们|人)|拿(?:着)?刀.{0,6}(?:追|砍|堵|在门口|威胁)|"
    r"(?:堵|围)在(?:我家?)?(?:门口|宿舍|楼下)|"
    r"\b(?:is|are) (?:beating|hitting|attacking|chasing) (?:me|us)\b|\bwith a knife\b|\boutside my (?:door|room|"
    r"house)\b",
    re.IGNORECASE,
)
# Bleeding told as a past event already treated (流了好多血，去医院缝了5针，歇了一个礼拜) is no emergency now;
# a person not breathing or calling for help is, whatever else the message tells.
_BLEEDING = re.compile(r"血流不止|大出血|流了好多血|\bbleeding (?:badly|heavily|a lot)\b", re.IGNORECASE)
_DYING = re.compile(r"救命|快不行了|人不行了|没(?:有)?呼吸|没气了|叫不醒|\bnot breathing\b|\bhelp,? (?:please|now)\b",
                    re.IGNORECASE)
_EMERGENCY = re.compile(f"{_DYING.pattern}|{_BLEEDING.pattern}", re.IGNORECASE)
# 救命 as an exclamation (救命，我快被逼疯了！！ about a penalty clause) is no emergency: it is one only beside something
# happening to a body or a danger (受伤, 流血, 晕倒, 医院, 120, 被打, 关起来 …).
_EXCLAIMED = re.compile(r"救命|\bhelp,? (?:please|now)\b", re.IGNORECASE)
_BODY_OR_DANGER = re.compile(
    r"受伤|流血|出血|(?<!心)血(?!汗)|晕|昏|倒(?:地|下)|摔|砸|压(?!力|榨)|烧|烫|触电|电到|中毒|呼吸|心脏|抽搐|医院|120|110|"
    r"抢救|急救|救护车|"
    r"被打|打我|打人|砍|刀|关(?:起来|在)|锁(?:在|起来)|困在|跳楼|自杀|不想活|着火|火灾|爆炸|塌|掉(?:下|进)|坠|跌|落水|淹|"
    r"卡住|夹住|压住|出事|出人命|不行了|没反应|醒不过来|不省人事|"
    r"\b(?:injur|hurt|bleed|blood|faint|unconscious|hospital|ambulance|attack|beat|knife|fire|fell|fallen|trapped|"
    r"collapsed|accident|dying)", re.IGNORECASE)
_TREATED = re.compile(
    r"缝了(?:\d+|[一二三四五六七八九十几两]+)针|包扎好了|住了(?:\d+|[一二三四五六七八九十几两]+)天院|出院|"
    r"歇了(?:\d+|[一二三四五六七八九十几两]+)?(?:个)?(?:天|礼拜|星期|周)|(?:伤|已经)(?:好了|痊愈)|"
    r"\bgot (?:\d+ )?stitches\b|\bwas (?:treated|discharged)\b",
    re.IGNORECASE,
)
# The injury told as past: 上个月10号, 上周, 前天 … (an ongoing "快送医院" is not).
_PAST_WHEN = re.compile(r"上个?月|上周|上个?(?:礼拜|星期)|前天|前几天|去年|\d+号|\d+日|last (?:week|month)|ago\b",
                        re.IGNORECASE)
# Treated today and told what the doctor said (缝了3针，医生说休息几天就好): seen to, not bleeding now.
# Seen to and back at work the same day (缝了3针，处理完当天就回来上班了): no longer bleeding either.
_SEEN_BY_DOCTOR = re.compile(r"医生说|大夫说|医生让|the doctor (?:said|told)|处理完|(?:回来|回去|回到[^,，。]{0,4})(?:上班|干活|工作)|"
                             r"(?:went|came|got) back to work|back at work", re.IGNORECASE)
_DESTITUTE = re.compile(
    # (not a group's lost income said in a figure: 一下子9个人都没饭吃了)
    r"(?<!都)(?<!就)(?<!快)(?<!要)(?:没|没有)(?:饭|钱)吃|吃不上饭|吃不起饭|饿了?(?:好|一|两|三|几)天|(?:一|两|三|几|好几)天没吃(?:饭|东西)|"
    r"(?:睡|住)(?:在)?(?:大街|街上|马路边?|路边|桥洞|桥底下|天桥|公园|车站|火车站|地下通道)|露宿|流落街头|无家可归|"
    r"没地方(?:住|睡)|连(?:饭|吃饭|回家)的?(?:钱|路费)都没|"
    r"\bcan'?t (?:afford|buy) (?:food|to eat)\b|\bhaven'?t eaten\b|\bnothing to eat\b|\bno money (?:for|to buy) food\b|"
    r"\bsleeping (?:on the streets?|outside|rough|in (?:the|a) park|at the station)\b|\bhomeless\b",
    re.IGNORECASE,
)
_HURT = re.compile(
    r"工伤|受伤|摔|砸|压断|烫伤|烧伤|骨折|事故|伤残|职业病|尘肺|中毒|断了|\binjur|\baccident|\bbroke (?:my|his|her)\b",
    re.IGNORECASE,
)
_THREATENED = re.compile(
    r"威胁|恐吓|打我|打人|被打|殴打|动手|砍|揍|黑社会|\bthreat|\bbeat\b|\bhit me\b|\bviolen", re.IGNORECASE
)
# Pay withheld (not any mention of a wage: "干了1年10个月，工资6000" tells the wage, and a worker coerced into resigning
# is no wage case)
_UNPAID = re.compile(
    r"欠薪|欠(?:了)?(?:我们?)?.{0,16}(?:工资|钱|工钱|薪)|拖欠|(?:不发|没发|没给|不给|拖着|扣着|压着)(?:.{0,6})(?:工资|钱|工钱)|"
    r"(?:工资|工钱|钱)[^。！？!?]{0,6}(?:没|不|未)(?:发|给|结|付)|讨薪|要工资|"
    r"\bunpaid\b|\bowe[sd]?\b|\bnot (?:been |being )?paid\b|\bhaven'?t (?:been )?paid|\bno (?:pay|salary|wages?)\b|"
    r"\bwithh[eo]ld",
    re.IGNORECASE,
)

_ABUSE = re.compile(r"破机器人|垃圾|废物|智障|傻[逼bB×]|sb|滚|废话|蠢|什么都不懂|没用的东西|\bstupid\b|\buseless\b|\bidiot\b", re.IGNORECASE)
_FAMILY = re.compile(r"离婚|结婚|彩礼|抚养权|抚养费|夫妻|遗产|继承|分家|婆婆|老公.{0,6}(房子|财产)|老婆.{0,6}(房子|财产)")

# Requests from domains outside labor rights; decisive only when no labor topic was detected.
_OTHER_DOMAIN = re.compile(
    # a trade is not a request (我是手语翻译, 在电影院上班, 旅游公司的导游): 翻译, 电影 and 旅游 count asked for
    r"股票|基金|A股|炒股|抄底|彩票|比特币|数字货币|天气|下雨|下雪|气温|写.{0,4}诗|作诗|对联|菜谱|做菜|星座|算命|运势|"
    r"(?:帮我|帮忙|请你?|给我)翻译|翻译(?:一下|成|下这|这句|这段)|(?:推荐|好看的|有什么|看什么)(?:的)?电影|电影推荐|"
    r"电视剧|游戏攻略|减肥|旅游(?:攻略|推荐|路线)|(?:去哪|哪里)(?:里)?(?:旅游|玩)|景点|考研|高考|恋爱|表白|房价|"
    r"\bpoem\b|\bweather\b|\bstocks?\b|\btranslate\b|\bcapital of\b",
    re.IGNORECASE,
)



# What the crisis reply speaks to, most pressing first; "self_harm" … "destitute" also start one.
CRISIS_KINDS = ("self_harm", "confined", "attacked", "emergency", "destitute")
SITUATIONS = ("confined", "attacked", "emergency", "destitute", "threatened", "injured", "unpaid")
REFUSALS = ("privileged", "extortion", "threat", "fabrication")


@dataclass(frozen=True, slots=True)
class Signals:
    """What a message signals besides its legal question.

    ``crisis`` names what puts the person's life or safety at risk now (empty: no crisis);
    ``refusal`` is the kind of request the bot refuses (one of :data:`REFUSALS`) or None.
    """

    crisis: tuple[str, ...] = ()
    refusal: str | None = None
    injection: bool = False
    abuse: bool = False
    family: bool = False
    other_domain: bool = False
    distress: bool = False  # despair said as a figure of speech (要跳楼的心都有了) or sorrow: answered, with a line of support
    venting: bool = False  # anger said as wanting to smash or beat (真想去把他店砸了): answered, with a line on why not


def read_signals(text: str) -> Signals:
    """Return what the message signals besides its legal content."""
    return Signals(
        crisis=_crisis_kinds(text),
        refusal=_refusal(text),
        injection=bool(_INJECTION.search(text)),
        abuse=bool(_ABUSE.search(text)),
        family=bool(_FAMILY.search(text)),
        other_domain=bool(_OTHER_DOMAIN.search(text)),
        distress=bool(_IDIOM.search(text) or _SORROW.search(text)),
        venting=bool(_VENTING.search(text)),
    )


def crisis_situations(text: str) -> tuple[str, ...]:
    """Return what a person in crisis is living through (of :data:`SITUATIONS`), most pressing first.

    The crisis reply picks its safety lines and legal routes from these: being locked in or attacked
    calls for 110, an emergency for 120, no food or shelter for relief and the wage routes, an injury
    for the work-injury routes."""
    found = [kind for kind in _crisis_kinds(text) if kind != "self_harm"]
    if _THREATENED.search(text):
        found.append("threatened")
    if _HURT.search(text):
        found.append("injured")
    if _UNPAID.search(text) or "destitute" in found:
        found.append("unpaid")
    return tuple(kind for kind in SITUATIONS if kind in found)


# A death told (送医院说是心梗已经不行了, 抢救无效): no ambulance to call now.
_GONE = re.compile(r"已经不行了|人(?:已经|就)?没了|去世|过世|身亡|抢救无效|没(?:能)?(?:抢救|救)(?:过来|回来)|\bdied\b|"
                   r"passed away")


def _crisis_kinds(text: str) -> tuple[str, ...]:
    checks = {
        "self_harm": _CRISIS, "confined": _CONFINED, "attacked": _ATTACKED, "emergency": _EMERGENCY,
        "destitute": _DESTITUTE,
    }
    text = _IDIOM.sub("", text)  # a figure of speech is not a plan
    found = tuple(kind for kind in CRISIS_KINDS if checks[kind].search(text))
    if "emergency" in found and _TREATED.search(text) and (_PAST_WHEN.search(text) or _SEEN_BY_DOCTOR.search(text)) \
            and not _DYING.search(text):
        found = tuple(kind for kind in found if kind != "emergency")  # bleeding already treated: told, not now
    if "emergency" in found and _PAST_WHEN.search(text) and _GONE.search(text):
        found = tuple(kind for kind in found if kind != "emergency")  # 10月20号…送医院已经不行了: a death told, past 120
    if "emergency" in found and not _EMERGENCY.search(_EXCLAIMED.sub("", text)) and not _BODY_OR_DANGER.search(text):
        found = tuple(kind for kind in found if kind != "emergency")  # 救命，我快被逼疯了: an exclamation
    return found


def _refusal(text: str) -> str | None:
    if _is_privileged(text):
        return "privileged"
    if _is_extortion(text):
        return "extortion"
    if _is_threat(text):
        return "threat"
    if _is_fabrication(text):
        return "fabrication"
    return None


def _is_privileged(text: str) -> bool:
    # Other people's records are never shown in a chat, whoever asks; a claimed role changes nothing
    # except that it makes "his case" a request for someone else's file.
    # asked for, next to the request (给我看看其他用户的记录, 把张三的聊天记录调出来), not told of (店长翻了我们每个人的手机)
    for m in _OTHERS_DATA.finditer(text):
        if _REQUEST.search(text[max(0, m.start() - 15):m.end() + 12]):
            return True
    if not _ROLE_CLAIM.search(text):
        return False
    return bool(_ADMIN_ACTION.search(text) or (_NAMED_DATA.search(text) and _REQUEST.search(text)))


def _is_extortion(text: str) -> bool:
    if _EXTORT_WORD.search(text) and not _EXTORT_DOUBT.search(text) and _EXTORT_INTENT.search(text):
        return True
    # Money for silence: a demand letter that threatens arbitration is lawful, one that threatens to
    # expose an affair or report tax fraud unless paid is not.
    return bool(_LEVERAGE.search(text) and _BARGAIN.search(text) and _DISCLOSE.search(text))


def _is_threat(text: str) -> bool:
    for m in _HARM.finditer(text):
        clause = _clause_before(text, m.start())
        if "被" in text[max(0, m.start() - 1):m.start()]:
            continue
        if _LAWFUL_STEP.search(text, m.end(), m.end() + 20) and m.group(0).startswith(("威胁", "吓唬", "恐吓")):
            continue  # "threatening" the boss with arbitration is a lawful demand
        if _HARM_INTENT.search(clause):
            return True
    if _LAWFUL_PRESSURE.search(text) and not _HARM_WORD_EN.search(text):
        return False
    return any(_HARM_INTENT_EN.search(text[: m.start()]) for m in _HARM_EN.finditer(text))


def _is_fabrication(text: str) -> bool:
    if not _FRAUD_INTENT.search(text):
        return False
    for m in _FRAUD_TERM.finditer(text):
        if _HIDING.fullmatch(m.group(0)):
            return True
        clause = _clause_before(text, m.start())
        # The employer forging, or the worker accused of faking, is a question to answer.
        if _OTHER_PARTY.search(clause) or _ACCUSED.search(clause) or clause.endswith("被"):
            continue
        if m.group(0).lower() in ("倒签", "backdat") and _PUT_TO_SIGN.search(text):
            continue  # 老板拿了份合同让我签…这个倒签日期的合同我能签吗: the employer's paper, the worker asks about it
        return True
    return False


def _clause_before(text: str, end: int) -> str:
    start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, end)), default=0)
    return text[start:end]
