from bot.locales.base import CaseText, Strings, Ui

STRINGS = Strings(
    disclaimer="This is legal information, not a lawyer's opinion; a legal-aid worker can confirm it for your case.",
    intro_with_topic="On {topic}, this is what the law says:",
    intro_generic="The legal provisions that bear on your question:",
    law_says="",
    calculation_heading="Here is the calculation:",
    formula="How it is calculated: {formula}",
    basis="Legal basis: {basis}",
    steps_heading="What you can do next:",
    evidence_heading="Keep this evidence:",
    where_heading="Where to go:",
    deadlines_heading="Deadlines:",
    ask_missing="{prompt}",
    ask_missing_progress="To calculate {title}, I need one more detail:",
    invalid_input="{message}\n{prompt}",
    escalate_heading="⚠️ A legal-aid worker should take this up soon",
    escalate_body="Reason: {reason}. Tap “Talk to a legal-aid worker” below and our staff will follow up; you can also call the 12348 legal-aid hotline.",
    no_match=(
        "Sorry, I could not find a provision in the law texts I hold that answers this, and I won't answer from memory. "
        "Try asking again in other words (say whether it is about wages, a contract, dismissal, social insurance or an injury), "
        "or get help from a person:"
    ),
    general_routes=(
        "• 12348 legal-aid hotline: free legal advice; eligible workers can get a free lawyer\n"
        "• 12333 human-resources and social-security hotline: wages, social insurance, labor contracts\n"
        "• the local labor inspection office (劳动保障监察): complaints about unpaid wages and other violations"
    ),
    offtopic="I'm a labor-rights assistant: I can only help with legal questions about work in China, such as unpaid wages, contracts, dismissal, overtime, social insurance or work injuries. Is there a problem at work I can help with?",
    divorce_or_family="That is a marriage and family matter, outside the labor-rights questions I can answer. A family lawyer can help, or call the 12348 legal-aid hotline to ask about free help.",
    injection="I only answer questions about labor rights in China, and I don't share system settings, configuration or keys. What's happening at work? I can look up the law for you.",
    fabrication=(
        "I can't help with that: faking an accident, a certificate or evidence is fraud, and you would carry the liability. "
        "If you really were injured or wronged, I can tell you how to collect genuine evidence, where to apply, and how to get free legal aid."
    ),
    fabrication_law="What the law says: {citation}: {quote}",
    abuse="I understand you're frustrated. Can you tell me what happened? For example, unpaid wages, a dismissal, or an injury? I'll find the relevant law and steps for you.",
    crisis=(
        "I'm really sorry you're going through this, and I'm worried about you. Please don't hurt yourself; your life matters more than any wages.\n"
        "• If you are in danger now, call 110 (police) or 120 (ambulance)\n"
        "• Psychological support hotline: {hotline} (24 hours)\n"
        "• Please reach out to family, a friend or a co-worker right now; you don't have to face this alone\n"
        "I've marked your case as urgent so that a legal-aid worker contacts you as soon as possible."
    ),
    crisis_then_legal="When you feel a bit steadier, we'll deal with the unpaid wages together; the law is on your side:",
    more_help="Want a person to look at your case? Tap “Legal aid / talk to a person”, or send /lawyer.",
    empty_message="I didn't see any text. Please describe your problem in words, for example “my boss owes me two months' wages”.",
    too_long="Your message is too long (over {limit} characters). Please tell me the most important facts briefly.",
    legal_aid_heading="To get help from a person, you can go to:",
    unreadable_input="Sorry, I couldn't read that.",
    quote_open="“",
    quote_close="”",
    escalation_reasons={
        "crisis": "you mentioned wanting to harm yourself; someone needs to follow up now",
        "serious_injury": "a serious injury, with treatment, injury recognition and compensation to sort out",
        "deadline": "the time limit to act is close",
        "group_arrears": "many workers are owed wages together",
        "violence": "threats or violence; your safety comes first",
        "pregnancy_dismissal": "dismissal or pressure to leave during pregnancy",
        "vanished_employer": "the employer has vanished; evidence and the liable party must be secured quickly",
    },
)


UI = Ui(
    welcome=(
        "Hello! I'm a labor-rights assistant. I answer legal questions about work in China for free: unpaid wages, "
        "contracts, dismissal and severance, overtime, social insurance, work injuries, women workers, agency work, "
        "platform work.\n\n"
        "• Ask in your own words, e.g. “my boss hasn't paid me for two months”.\n"
        "• My answers come from the text of the law and cite the article; this is legal information, not a lawyer's opinion.\n"
        "• I keep the key facts you mention (topic, wage, dates) to follow the conversation; /forget deletes them all.\n"
        "• To reach a person, send /lawyer to be handed to a legal-aid worker, or call 12348."
    ),
    help=(
        "You can ask, for example:\n"
        "• My employer owes me two months' wages. What can I do?\n"
        "• I've worked six months without a written contract. Can I claim double wages?\n"
        "• I was injured delivering food and the platform says I'm a partner. Is it a work injury?\n"
        "• I was dismissed after 3 years at 6000 a month. How much severance?\n\n"
        "Commands: /start  /help  /language (中文/English)  /forget (delete my data)"
    ),
    commands=(("start", "About this assistant"), ("help", "How to ask"), ("lawyer", "Talk to a legal-aid worker"), ("ask", "Ask the bot during a case"), ("language", "Language / 语言"), ("forget", "Delete my data")),
    forget_confirm="Delete everything I keep about you? That is the conversation state (topic, wage, dates…), your questions and the links to your feedback, and your personal data in any legal-aid case (an open case is closed). This cannot be undone.",
    forget_yes="Delete",
    forget_no="Cancel",
    forget_done="Deleted: {conversation} conversation state(s), {interactions} question/feedback record(s) and your personal data in {cases} legal-aid case(s) (only anonymous records without content remain; an open case was closed and the staff told).",
    forget_cancelled="OK, nothing was deleted.",
    language_prompt="请选择回复语言 / Choose the reply language:",
    language_set="OK, I'll reply in English from now on.",
    unsupported={
        "sticker": "Nice sticker 🙂 I can only read text, so please describe your problem in words.",
        "photo": "I can't read pictures yet. Please type what the contract or pay slip says.",
        "voice": "I can't listen to voice messages yet. Please type your question.",
        "location": "Got your location. Tell me which city you work in and I'll consider local rules. Please type your question.",
        "other": "I can't handle this kind of message. Please describe your problem in words.",
    },
    rate_notice="You're sending messages quickly; I'll answer the earlier ones first. Please wait a moment.",
    group_notice="To protect your privacy, please message me privately.",
    error="Sorry, something went wrong. Please try again in a moment.",
    article_missing="That article is no longer available (it may have been updated or retired). Please ask again.",
    feedback_thanks="Thanks for your feedback!",
    not_admin="Only administrators can do that.",
    document_not_admin="I can't read files you send (uploading regulations is for administrators; your file was not downloaded). Please describe your problem in words, e.g. what the contract or notice says.",
    ingest_started="Received “{name}”, ingesting…",
    ingest_progress="Ingesting “{name}”: {done}/{total}",
    ingest_done="“{name}” ingested ({status}): {added} added, {updated} updated, {unchanged} unchanged, {removed} removed.\n{check}",
    ingest_failed="“{name}” was not ingested: {reason}\nNothing already indexed was changed.",
    ingest_check="Retrieval check: {found} of {total} questions about the file found its articles.",
    ingest_reply_hint="Reply /ingest to a message with a document, or just send me the file.",
    sources_empty="The knowledge base has no sources yet.",
    retire_usage="Usage: /retire NAME (part of the title is enough)",
    retire_confirm="Retire “{title}”? Its {count} articles will leave retrieval (the version history stays).",
    retire_done="Retired “{title}”: {count} articles removed.",
    retire_none="No active source matches “{query}”:",
    retire_cancelled="OK, nothing was retired.",
    stats="Answered today: {today}; last 7 days: {week}.\nTop topics: {topics}\nNo relevant law found: {no_match}\nFeedback: 👍 {up}  👎 {down}",
    no_token="TELEGRAM_BOT_TOKEN is not set: chatting in the terminal. To run the Telegram bot, get a token from @BotFather and set TELEGRAM_BOT_TOKEN.",
)

CASES = CaseText(
    lawyer_button="👩‍⚖️ Talk to a legal-aid worker",
    consent=(
        "I can pass your case to a legal-aid worker, a real person, who will follow up. Before anything is shared, "
        "this is exactly what they will see:\n"
        "• A case summary: {summary}\n"
        "• Our conversation ({turns} of your questions, with my answers)\n"
        "• Your Telegram name: {name}\n\n"
        "They use it only to help you; /forget deletes it at any time. Do you agree to share it?"
    ),
    consent_yes="✅ Yes, share it",
    consent_no="Don't share",
    declined="OK, nothing was shared. You can also contact them yourself:\n{routes}\nAsk me anything else any time.",
    cancelled="OK, cancelled; nothing was shared.",
    cancel_button="Cancel",
    phone_ask="If you like, leave a phone number so the legal-aid worker can call you (optional). Send the number or press Skip.",
    problem_question="In a few sentences, what happened? For example: \"I worked on a building site for six months; the boss owes me three months' wages and can't be reached.\"",
    phone_invalid="That does not look like a mainland mobile number. Send 11 digits (e.g. 13812345678) or press Skip.",
    facts_intro="{count} short questions to help the legal-aid worker understand your case. Press a button if you don't know or prefer not to say.",
    fact_questions={
        "employer": "What is the full name of the employer (company, boss or platform)?",
        "city": "In which city do you work?",
        "job": "What is your job, and on which platform or site?",
        "start_date": "When did you start working there? (e.g. March 2024)",
        "end_date": "When did you leave or get dismissed? Reply \"still working\" if you still work there.",
        "monthly_wage": "About how much is your monthly wage (yuan)?",
        "amount_owed": "How much are you owed in total (yuan)?",
        "written_contract": "Did you sign a written employment contract?",
        "social_insurance": "Does the employer pay social insurance for you?",
        "evidence": "What evidence do you have? (pay slips, transfers, chat records, attendance, work badge…)",
    },
    fact_invalid={
        "date": "I couldn't read that date; write it like \"2024-03\" or press a button.",
        "money": "I couldn't read that amount; write a number like 6000 or press a button.",
        "yesno": "Please answer yes or no, or press a button.",
        "text": "Please write a few words, or press a button.",
    },
    unknown_button="Don't know",
    skip_button="Skip",
    submit_button="Submit now",
    yes_button="Yes",
    no_button="No",
    submitted=(
        "Your case is with legal-aid staff: case number {number}. {urgent}"
        "Once someone takes it, they will contact you here, usually within {hours} hours.\n"
        "From now on, what you send here goes to them; to ask the bot instead, use /ask followed by your question."
    ),
    urgent_note="It is marked urgent and will be handled first. ",
    already_open="You already have an open case ({number}). Just write here and it goes to the legal-aid worker.",
    relayed_unclaimed="Passed on to legal-aid staff (case {number}); they will reply once someone takes the case.",
    claimed="{name} has taken your case {number} and will usually reply within {hours} hours. Just reply here.",
    staff_says="👩‍⚖️ {name} (legal aid):\n{text}",
    info_request="{name} from legal aid asks: {question}",
    info_thanks="Thank you, I have passed it on.",
    closed="Your case {number} is closed: {outcome}. {note}\nWas the help useful?",
    closed_note="Note from the legal-aid worker: {note}",
    outcomes={
        "advice_given": "legal advice was given",
        "referred_arbitration": "you were referred to labor arbitration",
        "aid_accepted": "your legal-aid application was accepted",
        "not_eligible": "not eligible for legal aid (you can still call 12348)",
        "no_response": "we could not reach you",
        "withdrawn": "you withdrew it",
    },
    feedback_up="👍 Helpful",
    feedback_down="👎 Not helpful",
    feedback_thanks="Thank you for the feedback! Ask me anything else any time.",
    ask_usage="Usage: /ask followed by your question, e.g. \"/ask how is overtime pay calculated\".",
    summary_topic="{topic}",
    summary_none="a labor-rights question",
    fact_labels={
        "employer": "Employer", "city": "City", "job": "Job / platform", "start_date": "Started", "end_date": "Left",
        "monthly_wage": "Monthly wage", "amount_owed": "Amount owed", "written_contract": "Written contract",
        "social_insurance": "Social insurance", "evidence": "Evidence at hand", "province": "Province",
        "missing": "not given", "unknown": "doesn't know", "skipped": "prefers not to say", "ongoing": "still working",
        "yes": "yes", "no": "no", "yuan": "{value} yuan",
    },
    reason_labels={
        "crisis": "person at risk", "serious_injury": "serious injury", "deadline": "deadline within 30 days",
        "group_arrears": "group wage arrears", "violence": "threats or violence",
        "pregnancy_dismissal": "dismissed while pregnant", "vanished_employer": "employer vanished",
    },
    attachments={"photo": "photo", "document": "file", "voice": "voice note", "location": "location", "other": "attachment"},
)
