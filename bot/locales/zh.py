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
    ask_to_refine="上面的数字还没用到一个信息；想核对「{title}」的话：",
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
    refusals={
        "threat": (
            "我理解你很气愤，但上门堵人、吓唬或伤害对方和他的家人，这个我不能帮你：这样做可能违法，"
            "还会让你从有理的一方变成被追究的一方。\n"
            "想把钱要回来，这些办法更管用：\n"
            "• 把真实的证据整理好：工资条、转账记录、考勤打卡、聊天记录和录音、工友证言\n"
            "• 打 12333，或到当地劳动保障监察大队投诉，监察可以责令老板限期支付\n"
            "• 向劳动争议仲裁委员会申请仲裁（不收费）；12348 法律援助热线可以帮你申请免费律师\n"
            "• 如果对方威胁你或对你动手，马上打 110 报警"
        ),
        "extortion": (
            "这个我不能帮你写：拿对方的隐私或把柄要钱（“不给钱就曝光、就举报”），可能构成敲诈勒索，"
            "会让你从讨薪的一方变成被追究的一方。\n"
            "你应得的钱，可以这样正当地要：\n"
            "• 写一封催款函：写清欠多少钱、是哪几个月的，要求限期支付，"
            "否则申请劳动仲裁或向劳动监察投诉——这样写是合法的\n"
            "• 打 12333 或到劳动保障监察大队投诉；向劳动争议仲裁委员会申请仲裁（不收费）\n"
            "• 老板真有偷税等违法行为，可以直接向税务等部门如实举报，但不能拿举报换钱\n"
            "• 12348 法律援助热线：免费咨询，符合条件的可以申请免费律师"
        ),
        "fabrication": (
            "这个我不能帮忙：伪造或篡改合同、考勤、病历、聊天记录，找人作假证或夸大伤情，一旦被查出来，"
            "你的请求会被驳回，还要承担法律责任。\n"
            "你真实的权利，可以这样证明：\n"
            "• 收集真实的证据：工资转账、打卡截图、工作照片、工牌、和老板的聊天记录或通话录音、工友如实作证\n"
            "• 考勤、工资台账在单位手里：发生争议时单位应当拿出来，不拿出来的要承担不利后果\n"
            "• 真的受了伤：如实就医、保留病历；单位30天内不申请工伤认定的，你自己1年内可以申请\n"
            "• 12348 法律援助热线：免费咨询，符合条件的可以申请免费律师"
        ),
        "privileged": (
            "别人的聊天记录、案件和个人信息，我在对话里一律不能提供，不管提出请求的是谁：这里没法核实身份，"
            "这些信息只给本人和负责案件的工作人员。\n"
            "• 法律援助工作人员：请登录工作人员后台查看和处理案件\n"
            "• 律师或代理人：请当事人本人授权，或者通过法律援助机构按程序办理\n"
            "• 你自己遇到的劳动问题，可以直接问我"
        ),
    },
    refusal_law="法律规定：{citation}：“{quote}”",
    refusal_basis="不用造假，法律是这样分配举证责任的：{citation}：“{quote}”",
    abuse="理解你着急，问题没解决确实让人上火。能说说具体遇到了什么事吗？比如是工资没发、被辞退，还是受了伤？我会尽量帮你把相关的法律和办法找出来。",
    crisis=(
        "听到你这么难，我很担心你。先不要做伤害自己的事，你的生命比任何工资都重要。\n"
        "• 现在有危险请立刻拨打 110 或 120\n"
        "• 心理援助热线：{hotline}（24小时有人接听）\n"
        "• 请马上联系家人、朋友或身边的工友，别一个人扛着"
    ),
    crisis_opening="你现在的安全最要紧，其他的事我们一步一步来：",
    crisis_safety={
        "confined": (
            "• 马上打 110 报警，说清你在哪里、有几个人、是谁不让你们走；不方便打电话，"
            "就发短信或微信给家人朋友，请他们帮你报警"
        ),
        # told by family or a friend (我弟弟…宿舍门从外面锁上): they call the police for him and go to fetch him
        "confined_other": (
            "• 马上打 110 报警，说清他在哪里（单位名称、地址）、被谁关着、有没有被扣证件，请警察去解救；"
            "家人能去的就一起去接人，他有权马上离开，不用先交钱、不用等谁同意"
        ),
        # abroad, 110 reaches nobody: the consulate and the consular hotline, and the local police
        "confined_abroad": (
            "• 人在国外被扣护照、不让走的，马上联系中国驻当地大使馆或领事馆，或拨打外交部全球领事保护与服务应急热线"
            "（境外拨 +86-10-12308）；情况紧急的同时向当地警方求助，也可以请国内的家人向当地公安报案"
        ),
        "attacked": "• 先离开现场，到人多的地方，马上打 110；受了伤打 120，保留病历和伤情照片",
        "emergency": "• 马上打 120 叫救护车，不要随意搬动伤得重的人；记下时间、地点和在场的人",
        "destitute": (
            "• 吃住没有着落，可以到当地救助管理站求助（提供临时吃住，也可以帮助返乡），"
            "或打 12345 问最近的救助站；遇到危险打 110"
        ),
        "threatened": "• 有人威胁要伤害你，马上打 110 报警，保留威胁你的聊天记录和录音",
        "injured": "• 受了伤先去医院治疗，保留病历、诊断证明和缴费单据",
    },
    crisis_offer=(
        "想让真人帮你，就点下面的「{button}」：我会把你的情况转给法律援助人员尽快跟进，转之前会先问你是否同意。"
        "也可以直接拨打 12348 法律援助热线。"
    ),
    crisis_routes={
        "wages": (
            "等你缓过来一些，我们再一起处理欠薪的问题，法律是站在你这边的：\n"
            "• 打 12333，或到当地劳动保障监察大队投诉欠薪，说明你现在的困难，请他们尽快处理\n"
            "• 问一问能不能动用欠薪应急周转金，先垫付一部分工资或者基本生活费{advance}\n"
            "• 申请劳动仲裁时，可以请求先予执行，劳动者不用提供担保{advance_order}\n"
            "• 12348 法律援助热线：农民工讨要工资申请法律援助，不用审查经济困难"
        ),
        "injury": (
            "伤情稳定以后，再一起处理工伤的事：\n"
            "• 治疗期间保留好病历、诊断证明和所有缴费单据\n"
            "• 申请工伤认定：单位应当在受伤之日起30日内申请；单位不申请的，"
            "你或家属可以在1年内直接向人社局申请{injury_application}\n"
            "• 12348 法律援助热线：免费咨询，可以申请免费律师"
        ),
        "police": (
            "脱离危险以后，再处理工作上的事：\n"
            "• 把经过、时间、地点和对方是谁记下来，连同聊天记录、录音、伤情照片一起保存，报警和维权都用得上\n"
            "• 工资、合同的问题，可以打 12333 或找劳动保障监察；12348 法律援助热线可以帮你申请免费律师"
        ),
        "police_civil": (
            "脱离危险以后，再处理工钱的事：\n"
            "• 把经过、时间、地点和对方是谁记下来，连同聊天记录、录音、伤情照片一起保存，报警和维权都用得上\n"
            "• 你和雇你的家庭或个人之间的工钱纠纷，可以找人民调解，或直接向法院起诉；12348 法律援助热线可以帮你申请免费律师"
        ),
        "general": (
            "等你情绪稳定一些，我们再一起处理工作上的问题，法律是站在你这边的：\n"
            "• 12348 法律援助热线：免费法律咨询，符合条件的可以申请免费律师\n"
            "• 12333 人社服务热线：工资、社保、劳动合同的政策咨询\n"
            "• 当地劳动保障监察机构（劳动监察大队）：投诉欠薪等违法行为"
        ),
    },
    crisis_question="你问的事，简单说：{answer}",
    cite="（{citation}）",
    more_help="想让真人帮你看看？点「找法律援助 / 真人帮助」，或发 /lawyer。",
    empty_message="我没有看到文字内容。请用文字把你遇到的问题说一下，比如“老板欠了我两个月工资怎么办”。",
    too_long="你的消息太长了（超过{limit}字），请挑最重要的情况简单说一下。",
    legal_aid_heading="想找人帮忙，可以走这些途径：",
    unreadable_input="抱歉，我没看懂这个回答。",
    quote_open="“",
    quote_close="”",
    escalation_reasons={
        "crisis": "你现在的处境关系到生命安全，需要马上有人跟进",
        "serious_injury": "受伤比较严重，涉及治疗、工伤认定和赔偿，需要尽快有人帮你处理",
        "deadline": "维权期限快到了",
        "group_arrears": "多人集体被欠薪",
        "violence": "涉及威胁或暴力，人身安全要紧",
        "pregnancy_dismissal": "孕期、产期或哺乳期被辞退或被逼离职",
        "vanished_employer": "老板失联、跑路或正在转移财产，需要尽快固定证据、找到责任主体、申请财产保全",
        # The triage policy (bot/triage.py); the codes above are kept for cases stored before it.
        "life_safety": "涉及人身安全（威胁、暴力、跟踪或想伤害自己），需要马上有人跟进",
        "death": "有人在工作中死亡，赔偿和时限需要专人尽快处理",
        "occupational_disease": "涉及职业病，诊断、认定和赔偿需要专人帮你办",
        "group_claim": "十人以上的集体维权，需要专人协调",
        "deadline_near": "维权期限60天内就到了",
        "sexual_harassment": "涉及性骚扰",
        "crime_against_worker": "可能涉及针对你的违法犯罪，需要尽快报警或找专人处理",
        # the same reason for the kind of crime the facts tell (composer.escalation_paragraph)
        "crime_against_worker:hidden_camera": "偷拍可能涉及违法犯罪，需要尽快报警或找专人处理",
        "crime_against_worker:forced_labour": "限制人身自由、强迫劳动可能涉及犯罪，需要尽快报警或找专人处理",
        "crime_against_worker:official_order_ignored": "劳动部门责令支付后仍拒不支付工资，可能涉及犯罪，需要尽快报警或找专人处理",
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
    ingest_too_big=(
        "「{name}」没有导入：文件超过 Telegram 允许机器人下载的 {limit} MB，没有下载。"
        "请拆分成几个小文件，或去掉扫描图片、另存为文本（.txt/.md）后再发。"
    ),
    ingest_download_failed="「{name}」没有导入：没能从 Telegram 下载这个文件，请稍后重新发送。已有的内容都没有改动。",
    ingest_timeout=(
        "「{name}」没有导入：读取和解析超过了 {seconds} 秒（超时），已经放弃。已有的内容都没有改动；"
        "文件很大时请拆分后再发。"
    ),
    ingest_error="「{name}」导入时出错，没有完成。请稍后再发一次；如果还不行，请技术人员查看日志。",
    replace_prompt=(
        "「{name}」的标题与知识库里的《{title}》相同。{why}\n当前版本 {current} 条，新文件 {new} 条：\n{diff}\n"
        "{warning}要用新文件替换吗？旧版本会留在版本记录里；不确认就什么都不改。"
    ),
    replace_why={
        "builtin": "《{title}》是内置的国家法律，上传的文件不会自动替换它。",
        "file": "现有版本来自另一个文件（不是管理员上传的），上传的文件不会自动替换它。",
        "upload": "",
    },
    replace_diff={"added": "新增 {count} 条", "changed": "修改 {count} 条", "removed": "删除 {count} 条"},
    replace_labels="{line}：{labels}",
    replace_separator="、",
    replace_more="{labels}等",
    replace_shrink="⚠️ 新文件比当前版本少得多：替换后将删除 {removed} 条，只剩 {new} 条。请确认这不是节选或传错了文件。\n",
    replace_changed="《{title}》在你确认之前已经变了，请看下面最新的对比再确认一次。\n",
    replace_yes="✅ 确认替换",
    replace_no="✖ 取消，保留现有版本",
    replace_started="正在替换《{title}》（用「{name}」）……",
    replace_cancelled="好的，《{title}》保持不变，上传的文件没有导入。",
    replace_gone="这次替换已经处理过或已经失效，什么都没有改动。如果还要替换，请重新上传文件。",
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
    button_stale="这个按钮已失效。",
    button_done="已处理",
    unknown_command="没有这个命令。你可以用：\n{commands}\n也可以直接用文字提问。",
    admin_commands=(("sources", "知识库里的法规"), ("retire", "停用一部法规（/retire 名称）"), ("stats", "使用统计"),
                    ("ingest", "导入法规文件（回复一条带文件的消息）")),
    staff_commands=(("fact", "更正案件信息（/fact 项目 新值）"),),
    command_groups={"admin": "管理员：", "staff": "法律援助工作组的案件话题里："},
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
        "crisis": "生命安全有危险（自伤、被困、暴力或断粮）", "serious_injury": "严重工伤", "deadline": "时效30天内届满",
        "group_arrears": "集体欠薪", "violence": "威胁或暴力", "pregnancy_dismissal": "孕期被辞退",
        "vanished_employer": "老板失联/跑路", "life_safety": "人身安全有危险", "death": "工亡",
        "occupational_disease": "职业病", "group_claim": "十人以上集体维权", "deadline_near": "期限60天内届满",
        "sexual_harassment": "性骚扰", "crime_against_worker": "可能涉及针对劳动者的犯罪",
    },
    attachments={"photo": "照片", "document": "文件", "voice": "语音", "location": "位置", "other": "附件"},
)
