from bot.locales.base import Strings

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
    escalate_body="原因：{reason}。你可以拨打12348法律援助热线，或点「找法律援助」让工作人员联系你。",
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
    more_help="想让真人帮你看看？点「找法律援助」。",
    empty_message="我没有看到文字内容。请用文字把你遇到的问题说一下，比如“老板欠了我两个月工资怎么办”。",
    too_long="你的消息太长了（超过{limit}字），请挑最重要的情况简单说一下。",
    estimated_start="（入职日期是按你说的工作时长推算的：{date}。如果不准，告诉我准确日期，我重新算。）",
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
