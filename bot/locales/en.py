from bot.locales.base import Strings, Ui

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
    escalate_body="Reason: {reason}. Call the 12348 legal-aid hotline, or tap “Find legal aid” so that staff can contact you.",
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
    more_help="Want a person to look at your case? Tap “Find legal aid”.",
    empty_message="I didn't see any text. Please describe your problem in words, for example “my boss owes me two months' wages”.",
    too_long="Your message is too long (over {limit} characters). Please tell me the most important facts briefly.",
    estimated_start="(The start date was estimated from how long you said you have worked: {date}. Tell me the exact date if that is wrong and I will recalculate.)",
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
        "• To reach a person, tap “🆘 Find legal aid” or call 12348."
    ),
    help=(
        "You can ask, for example:\n"
        "• My employer owes me two months' wages. What can I do?\n"
        "• I've worked six months without a written contract. Can I claim double wages?\n"
        "• I was injured delivering food and the platform says I'm a partner. Is it a work injury?\n"
        "• I was dismissed after 3 years at 6000 a month. How much severance?\n\n"
        "Commands: /start  /help  /language (中文/English)  /forget (delete my data)"
    ),
    commands=(("start", "About this assistant"), ("help", "How to ask"), ("language", "Language / 语言"), ("forget", "Delete my data")),
    forget_confirm="Delete everything I keep about you? That is the conversation state (topic, wage, dates…), your questions and the links to your feedback. This cannot be undone.",
    forget_yes="Delete",
    forget_no="Cancel",
    forget_done="Deleted: {conversation} conversation state(s) and {interactions} question/feedback record(s) (only anonymous counts without content remain).",
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
