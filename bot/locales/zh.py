from bot.locales.base import CaseText, Strings, Ui

STRINGS = Strings(
    disclaimer="以上是法律信息，不是律师意见；具体情况可以找法律援助人员确认。",
    intro_with_topic="关于「{topic}」，法律是这样规定的：",
    intro_generic="和你的问题有关的法律规定：",
    law_says="",
    calculation_heading="帮你算一下：",
    formula="计算方法：{formula}",
    basis="依据：{basis}",
    steps_heading="接下来可以这样做：",
    evidence_heading="先把证据留好：",
    where_heading="可以去哪里：",
    deadlines_heading="注意期限：",
    ask_missing="{prompt}",
    ask_missing_progress="为了帮你计算「{title}」，还需要一个信息：",
    invalid_input="{message}\n{prompt}",
    escalate_heading="⚠️ 建议尽快请法律援助人员跟进",
    escalate_body="原因：{reason}。点下面的「转给法律援助人员」，我们的工作人员会跟进；也可以拨打12348法律援助热线。",
    no_match=(
        "抱歉，我在现有的法律条文里没有找到能直接回答这个问题的规定，不想凭印象回答你。"
        "可以换个说法再问一次（比如说清楚是工资、合同、辞退、社保还是工伤的问题），或者找人工帮忙："
    ),
    general_routes=(
        "• 12348 法律援助热线：免费法律咨询，符合条件的可以申请免费律师\n"
        "• 12333 人社服务热线：工资、社保、劳动合同的政策咨询\n"
        "• 当地劳动保障监察机构（劳动监察大队）：投诉欠薪等违法行为"
    ),
    offtopic="我是劳动权益助手，只能回答工作中遇到的法律问题，比如欠薪、劳动合同、辞退补偿、加班费、社保、工伤。这个问题我帮不上忙。你在工作上有什么问题吗？",
    divorce_or_family="这属于婚姻家庭方面的问题，不在我能回答的劳动权益范围内。建议咨询婚姻家事律师，或拨打12348法律援助热线问问能否获得免费帮助。",
    injection="我只回答中国劳动权益方面的法律问题，也不会透露系统设置、配置或密钥。你在工作上遇到了什么问题？我可以帮你查相关法律。",
    fabrication=(
        "这个我不能帮忙：伪造事故、证明或证据是欺诈，会让你自己承担责任。"
        "如果你真的受了伤或权益受损，我可以告诉你怎样如实收集证据、去哪里申请、怎么找免费的法律援助。"
    ),
    fabrication_law="法律规定：{citation}：{quote}",
    abuse="理解你着急，问题没解决确实让人上火。能说说具体遇到了什么事吗？比如是工资没发、被辞退，还是受了伤？我会尽量帮你把相关的法律和办法找出来。",
    crisis=(
        "听到你这么难，我很担心你。先不要做伤害自己的事，你的生命比任何工资都重要。\n"
        "• 现在有危险请立刻拨打 110 或 120\n"
        "• 心理援助热线：{hotline}（24小时有人接听）\n"
        "• 请马上联系家人、朋友或身边的工友，别一个人扛着\n"
        "我已经把你的情况标记为紧急，法律援助人员会尽快联系你。"
    ),
    crisis_then_legal="等你情绪稳定一些，我们再一起处理欠薪的问题，法律是站在你这边的：",
    more_help="想让真人帮你看看？点「找法律援助 / 真人帮助」，或发 /lawyer。",
    empty_message="我没有看到文字内容。请用文字把你遇到的问题说一下，比如“老板欠了我两个月工资怎么办”。",
    too_long="你的消息太长了（超过{limit}字），请挑最重要的情况简单说一下。",
    legal_aid_heading="想找人帮忙，可以走这些途径：",
    unreadable_input="抱歉，我没看懂这个回答。",
    quote_open="“",
    quote_close="”",
    escalation_reasons={
        "crisis": "你说到了想伤害自己，需要马上有人跟进",
        "serious_injury": "受伤比较严重，涉及治疗、工伤认定和赔偿，需要尽快有人帮你处理",
        "deadline": "维权期限快到了",
        "group_arrears": "多人集体被欠薪",
        "violence": "涉及威胁或暴力，人身安全要紧",
        "pregnancy_dismissal": "怀孕期间被辞退或被逼离职",
        "vanished_employer": "老板失联或跑路，需要尽快固定证据、找到责任主体",
    },
)


UI = Ui(
    welcome=(
        "你好！我是劳动权益助手，免费回答工作中遇到的法律问题：欠薪、劳动合同、辞退补偿、加班费、社保、工伤、"
        "女职工权益、劳务派遣、平台用工等。\n\n"
        "• 直接用大白话问就行，比如“干了俩月没给钱咋办”。\n"
        "• 我的回答来自法律条文原文，会注明是哪部法律第几条；这是法律信息，不是律师意见。\n"
        "• 我会保存你在对话中提到的关键信息（话题、工资、日期等）以便接着聊，发 /forget 可以全部删除。\n"
        "• 需要真人帮忙时，发 /lawyer 转给法律援助人员，或拨打 12348。"
    ),
    help=(
        "可以这样问我：\n"
        "• 公司拖欠两个月工资怎么办？\n"
        "• 入职半年没签合同，能要双倍工资吗？\n"
        "• 送外卖摔伤了，平台说是合作关系，算工伤吗？\n"
        "• 被辞退了，干了3年，月薪6000，能拿多少补偿？\n"
        "• 劳动合同法第82条是什么？\n\n"
        "命令：/start 介绍  /help 帮助  /language 切换中文/English  /forget 删除我的数据"
    ),
    commands=(("start", "介绍这个助手"), ("help", "怎么提问"), ("lawyer", "转给法律援助人员"), ("ask", "有案件时仍问机器人"), ("language", "切换语言 / Language"), ("forget", "删除我的数据")),
    forget_confirm="确定要删除我保存的关于你的所有信息吗？包括对话状态（话题、工资、日期等）、提问记录和反馈关联，以及法律援助案件里你的个人信息（进行中的案件会关闭）。删除后无法恢复。",
    forget_yes="确定删除",
    forget_no="取消",
    forget_done="已删除：对话状态 {conversation} 份，提问和反馈记录 {interactions} 条，法律援助案件中的个人信息 {cases} 件（只保留不含内容、不关联你的匿名记录；进行中的案件已关闭并通知工作人员）。",
    forget_cancelled="好的，什么都没删。",
    language_prompt="请选择回复语言 / Choose the reply language:",
    language_set="好的，以后用中文回复。",
    unsupported={
        "sticker": "收到你的表情啦 🙂 我只能看懂文字，请用文字说说你遇到的问题。",
        "photo": "我暂时看不了图片。请用文字描述一下，比如合同或工资条上写了什么。",
        "voice": "我暂时听不了语音，请用文字把问题发给我。",
        "location": "收到位置。你可以告诉我在哪个城市工作，我会参考当地规定。请用文字说说遇到的问题。",
        "other": "这种消息我处理不了，请用文字描述你的问题。",
    },
    rate_notice="你发得有点快，我先处理前面的消息，稍等一会儿再发吧。",
    group_notice="为了保护你的隐私，请私聊我提问。",
    error="抱歉，刚才出了点问题，请稍后再试一次。",
    article_missing="这条条文现在查不到了（可能已被更新或停用），请重新提问。",
    feedback_thanks="谢谢你的反馈！",
    not_admin="这个操作只有管理员可以使用。",
    document_not_admin="我暂时读不了你发的文件（上传法规文件只对管理员开放，文件没有被下载）。请用文字说说你的问题，比如合同或通知上写了什么。",
    ingest_started="收到「{name}」，开始导入……",
    ingest_progress="正在导入「{name}」：{done}/{total}",
    ingest_done=(
        "「{name}」导入完成（{status}）：新增 {added} 条，更新 {updated} 条，未变 {unchanged} 条，删除 {removed} 条。\n{check}"
    ),
    ingest_failed="「{name}」没有导入：{reason}\n已有的内容都没有改动。",
    ingest_check="检索自检：用文件里的 {total} 个问题检索，{found} 个找到了本文件的条文。",
    ingest_reply_hint="请用 /ingest 回复一条带文件的消息，或者直接把文件发给我。",
    sources_empty="知识库里还没有任何法规。",
    retire_usage="用法：/retire 法规名称（可以只写名称的一部分）",
    retire_confirm="确定停用「{title}」吗？它的 {count} 条条文将不再被检索（版本记录会保留）。",
    retire_done="已停用「{title}」，移除 {count} 条条文。",
    retire_none="没有找到与「{query}」对应的在用法规：",
    retire_cancelled="好的，没有停用任何法规。",
    stats=(
        "今天回答 {today} 个问题，最近7天 {week} 个。\n热门话题：{topics}\n没找到相关法律的比例：{no_match}\n"
        "反馈：👍 {up}  👎 {down}"
    ),
    no_token="没有设置 TELEGRAM_BOT_TOKEN：现在在终端里对话。要运行 Telegram 机器人，请向 @BotFather 申请 token 并设置环境变量 TELEGRAM_BOT_TOKEN。",
)

_FACT_LABELS = {
    "employer": "用人单位/老板", "city": "工作城市", "job": "工作/平台", "start_date": "开始工作", "end_date": "离职/结束",
    "monthly_wage": "月工资", "amount_owed": "被欠金额", "written_contract": "书面劳动合同", "social_insurance": "社会保险",
    "evidence": "手头的证据", "province": "省份",
    "missing": "未提供", "unknown": "不知道", "skipped": "不愿透露", "ongoing": "仍在职", "yes": "有", "no": "没有",
    "yuan": "{value} 元",
}

CASES = CaseText(
    lawyer_button="👩‍⚖️ 转给法律援助人员",
    consent=(
        "我可以把你的情况转给法律援助工作人员，由真人跟进。转之前，请看清楚会分享哪些内容：\n"
        "• 案件摘要：{summary}\n"
        "• 你和我的对话记录（{turns} 条问答）\n"
        "• 你的 Telegram 名字：{name}\n\n"
        "工作人员只用这些信息帮你处理问题；你随时可以发 /forget 删除。你同意分享吗？"
    ),
    consent_yes="✅ 同意分享",
    consent_no="不分享",
    declined="好的，什么都没有分享。你也可以自己联系：\n{routes}\n有问题随时继续问我。",
    cancelled="好的，已取消，什么都没有分享。",
    cancel_button="取消",
    phone_ask="方便的话，留一个手机号，工作人员可以打电话联系你（可以不留）。直接发号码，或点「跳过」。",
    problem_question="请用几句话说说你遇到了什么问题，比如：“在工地干了半年，老板欠了我三个月工资，现在联系不上。”",
    phone_invalid="这个号码好像不对，请发 11 位手机号（例如 13812345678），或点「跳过」。",
    facts_intro="再问 {count} 个简短问题，帮工作人员更快了解情况。不知道或不想说，点按钮就行。",
    fact_questions={
        "employer": "用人单位（公司、老板或平台）的全称是什么？",
        "city": "你在哪个城市工作？",
        "job": "你做什么工作？在哪个平台或工地？",
        "start_date": "你大概什么时候开始在这里工作的？（例如 2024年3月）",
        "end_date": "你什么时候离职或被辞退的？还在干的话回复「还在」。",
        "monthly_wage": "你一个月工资大概多少？",
        "amount_owed": "一共被欠了多少钱？",
        "written_contract": "你签过书面劳动合同吗？",
        "social_insurance": "单位给你交社保了吗？",
        "evidence": "你手上有哪些证据？（例如 工资条、转账记录、聊天记录、考勤、工牌）",
    },
    fact_invalid={
        "date": "没看懂这个日期，请写成「2024年3月」这样，或点按钮。",
        "money": "没看懂这个金额，请写数字，例如「6000」，或点按钮。",
        "yesno": "请回答「有」或「没有」，或点按钮。",
        "text": "请简单写一下，或点按钮。",
    },
    unknown_button="不知道",
    skip_button="跳过",
    submit_button="不答了，直接提交",
    yes_button="有",
    no_button="没有",
    submitted=(
        "已转给法律援助工作人员，案件编号 {number}。{urgent}"
        "工作人员认领后会在这里联系你，一般在 {hours} 小时内。\n"
        "从现在起，你在这里发的消息会直接转给工作人员；想让机器人回答，请用 /ask 加上问题。"
    ),
    urgent_note="你的情况已标为紧急，会优先处理。",
    already_open="你已经有一个进行中的案件（{number}）。直接在这里发消息，就会转给工作人员。",
    relayed_unclaimed="已转给工作人员（案件 {number}），有人认领后会回复你。",
    claimed="{name} 已接手你的案件 {number}，一般会在 {hours} 小时内回复你。直接在这里回复就行。",
    staff_says="👩‍⚖️ {name}（法律援助）：\n{text}",
    info_request="工作人员 {name} 想了解：{question}",
    info_thanks="谢谢，已转告工作人员。",
    closed="你的案件 {number} 已结束：{outcome}。{note}\n这次的帮助对你有用吗？",
    closed_note="工作人员留言：{note}",
    outcomes={
        "advice_given": "已提供法律意见",
        "referred_arbitration": "已指引你申请劳动仲裁",
        "aid_accepted": "法律援助申请已受理",
        "not_eligible": "不符合法律援助条件（仍可拨打12348咨询）",
        "no_response": "多次联系未得到回复",
        "withdrawn": "你已撤回",
    },
    feedback_up="👍 有帮助",
    feedback_down="👎 没帮助",
    feedback_thanks="谢谢你的反馈！有新问题随时问我。",
    ask_usage="用法：/ask 加上你的问题，例如「/ask 加班费怎么算」。",
    summary_topic="{topic}",
    summary_none="劳动权益问题",
    fact_labels=_FACT_LABELS,
    reason_labels={
        "crisis": "当事人有自伤风险", "serious_injury": "严重工伤", "deadline": "时效30天内届满",
        "group_arrears": "集体欠薪", "violence": "威胁或暴力", "pregnancy_dismissal": "孕期被辞退",
        "vanished_employer": "老板失联/跑路",
    },
    attachments={"photo": "照片", "document": "文件", "voice": "语音", "location": "位置", "other": "附件"},
)
