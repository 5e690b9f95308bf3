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
    ask_to_refine="The figure above is worked out without one detail; to check it ({title}):",
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
    refusals={
        "threat": (
            "I understand you're angry, but I can't help with confronting, scaring or hurting him or his family: "
            "it can be a crime, and it would turn you from the wronged party into the one facing the police.\n"
            "These work better to get your money back:\n"
            "• Gather the real evidence: pay slips, bank transfers, clock-in records, chats and recordings, "
            "co-workers' statements\n"
            "• Call 12333 or complain to the local labor inspection office (劳动保障监察); it can order the boss to "
            "pay by a deadline\n"
            "• Apply to the labor dispute arbitration commission (free); the 12348 legal-aid hotline can help you get "
            "a free lawyer\n"
            "• If anyone threatens you or lays hands on you, call the police on 110"
        ),
        "extortion": (
            "I can't help write that: asking for money in exchange for keeping his private life or his wrongdoing "
            "quiet "
            "(“pay, or I'll expose you / report you”) can be extortion, and it would make you the one facing charges.\n"
            "You can claim what you are owed in the open:\n"
            "• Send a demand letter: how much is owed and for which months, a date to pay by, and that otherwise you "
            "will apply "
            "for arbitration or complain to labor inspection; that is lawful\n"
            "• Call 12333 or complain to the labor inspection office; apply to the labor dispute arbitration "
            "commission (free)\n"
            "• If the boss really evades tax or breaks other laws, you may report it truthfully to the tax bureau or "
            "another "
            "authority, but not trade your silence for money\n"
            "• The 12348 legal-aid hotline gives free advice and can arrange a free lawyer if you qualify"
        ),
        "fabrication": (
            "I can't help with that: a forged or altered contract, attendance record, medical record or chat log, a "
            "false "
            "witness or an inflated injury gets your claim rejected once found out, and you would carry the "
            "liability.\n"
            "You can prove what really happened:\n"
            "• Collect genuine evidence: wage transfers, clock-in screenshots, work photos, your work badge, chats or "
            "call "
            "recordings with the boss, co-workers who will tell the truth\n"
            "• Attendance and wage records are kept by the employer: in a dispute it must produce them, and bears the "
            "consequences if it does not\n"
            "• If you really were injured: get treated, keep the records; if the employer does not apply for "
            "work-injury "
            "recognition within 30 days, you can apply yourself within 1 year\n"
            "• The 12348 legal-aid hotline gives free advice and can arrange a free lawyer if you qualify"
        ),
        "privileged": (
            "I never share other people's chats, cases or personal details in a chat, whoever asks: I can't verify "
            "anyone "
            "here, and those records are only for the person themselves and the staff handling their case.\n"
            "• Legal-aid staff: please sign in to the staff console to see and handle cases\n"
            "• A lawyer or representative: ask the person for their authorization, or go through the legal-aid office\n"
            "• For a labor problem of your own, just ask me"
        ),
    },
    refusal_law="What the law says: {citation}: “{quote}”",
    refusal_basis="No need to fake anything; this is how the law shares the burden of proof: {citation}: “{quote}”",
    abuse="I understand you're frustrated. Can you tell me what happened? For example, unpaid wages, a dismissal, or an injury? I'll find the relevant law and steps for you.",
    crisis=(
        "I'm really sorry you're going through this, and I'm worried about you. Please don't hurt yourself; your life "
        "matters more than any wages.\n"
        "• If you are in danger now, call 110 (police) or 120 (ambulance)\n"
        "• Psychological support hotline: {hotline} (24 hours)\n"
        "• Please reach out to family, a friend or a co-worker right now; you don't have to face this alone"
    ),
    crisis_opening="Your safety comes first right now; we'll take the rest one step at a time:",
    crisis_safety={
        "confined": (
            "• Call the police on 110 now: say where you are, how many of you there are and who is keeping you there; "
            "if you can't call, text family or a friend and ask them to call 110 for you"
        ),
        # told by family or a friend: they call the police for the person held and go to fetch them
        "confined_other": (
            "• Call 110 now and say where they are held (the employer's name and address), by whom, and whether their "
            "papers were taken, and ask the police to free them; if family can, go and fetch them - they may leave at "
            "once, without paying anything or waiting for anyone's permission"
        ),
        "confined_abroad": (
            "• Held abroad with your passport taken: contact the Chinese embassy or consulate there now, or call the "
            "Ministry of Foreign Affairs' consular protection hotline (+86-10-12308 from abroad); in an emergency also "
            "ask the local police for help, and family in China can report it to the police at home"
        ),
        "attacked": (
            "• Get away to where there are other people and call 110; if you are hurt, call 120 and keep the "
            "medical records and photos"
        ),
        "emergency": (
            "• Call 120 for an ambulance now and don't move anyone badly hurt; note the time, the place and "
            "who was there"
        ),
        "destitute": (
            "• With nowhere to eat or sleep, go to the local relief station (救助管理站: temporary food and shelter, "
            "help to get "
            "home), or call 12345 to find the nearest one; if you are in danger, call 110"
        ),
        "threatened": "• If someone threatens to hurt you, call 110 and keep the threatening messages and recordings",
        "injured": "• Get the injury treated first and keep the medical records, diagnosis and receipts",
    },
    crisis_offer=(
        "If you want a person to help, tap “{button}” below: I'll pass your situation to a legal-aid worker to follow "
        "up "
        "quickly, and I'll ask for your agreement before anything is shared. You can also call the 12348 legal-aid "
        "hotline."
    ),
    crisis_routes={
        "wages": (
            "When you feel a bit steadier, we'll deal with the unpaid wages together; the law is on your side:\n"
            "• Call 12333 or complain to the local labor inspection office about the unpaid wages; tell them how hard "
            "things "
            "are for you now and ask them to act quickly\n"
            "• Ask whether the emergency wage fund (应急周转金) can advance part of your wages or basic living "
            "costs{advance}\n"
            "• When you apply for labor arbitration, you can ask for advance payment, and as a worker you need not "
            "give security{advance_order}\n"
            "• The 12348 legal-aid hotline: migrant workers claiming wages get legal aid without a means test"
        ),
        "injury": (
            "Once the injury is stable, we'll deal with the work injury together:\n"
            "• Keep all medical records, the diagnosis and every receipt from the treatment\n"
            "• Work-injury recognition: the employer must apply within 30 days of the injury; if it doesn't, you or "
            "your family "
            "can apply to the human resources and social security bureau yourselves within 1 year{injury_application}\n"
            "• The 12348 legal-aid hotline gives free advice and can arrange a free lawyer"
        ),
        "police_civil": (
            "Once you are safe, we'll deal with your pay:\n"
            "• Write down what happened, when, where and who did it, and keep the chats, recordings and photos of "
            "injuries; the police and your claim both need them\n"
            "• A pay dispute with the household or person who hired you goes to people's mediation or straight to "
            "court; the 12348 legal-aid hotline can arrange a free lawyer"
        ),
        "police": (
            "Once you are safe, we'll deal with the work problem:\n"
            "• Write down what happened, when, where and who did it, and keep the chats, recordings and photos of "
            "injuries; "
            "the police and your claim both need them\n"
            "• For wages or the contract, call 12333 or go to labor inspection; the 12348 legal-aid hotline can "
            "arrange a free lawyer"
        ),
        "general": (
            "When you feel a bit steadier, we'll deal with the problem at work together; the law is on your side:\n"
            "• 12348 legal-aid hotline: free legal advice; eligible workers can get a free lawyer\n"
            "• 12333 human-resources and social-security hotline: wages, social insurance, labor contracts\n"
            "• the local labor inspection office (劳动保障监察): complaints about unpaid wages and other violations"
        ),
    },
    crisis_question="What you asked, in short: {answer}",
    cite=" ({citation})",
    more_help="Want a person to look at your case? Tap “Legal aid / talk to a person”, or send /lawyer.",
    empty_message="I didn't see any text. Please describe your problem in words, for example “my boss owes me two months' wages”.",
    too_long="Your message is too long (over {limit} characters). Please tell me the most important facts briefly.",
    legal_aid_heading="To get help from a person, you can go to:",
    unreadable_input="Sorry, I couldn't read that.",
    quote_open="“",
    quote_close="”",
    escalation_reasons={
        "crisis": "your life or safety is at risk; someone needs to follow up now",
        "serious_injury": "a serious injury, with treatment, injury recognition and compensation to sort out",
        "deadline": "the time limit to act is close",
        "group_arrears": "many workers are owed wages together",
        "violence": "threats or violence; your safety comes first",
        "pregnancy_dismissal": "dismissal or pressure to leave during pregnancy, maternity leave or nursing",
        "vanished_employer": ("the employer has vanished or is moving its assets; evidence, the liable party and a "
                              "freeze of the assets must be secured quickly"),
        "life_safety": "someone's life or safety is at risk (threats, violence, stalking or self-harm); someone needs to "
                       "follow up now",
        "death": "someone died at work; compensation and time limits need a person's help quickly",
        "occupational_disease": "an occupational disease: diagnosis, recognition and compensation need a person's help",
        "group_claim": "ten or more workers claiming together need someone to coordinate",
        "deadline_near": "the time limit to act ends within 60 days",
        "sexual_harassment": "sexual harassment",
        "crime_against_worker": "a likely crime against you; report it and get a person's help quickly",
        # the same reason for the kind of crime the facts tell (composer.escalation_paragraph)
        "crime_against_worker:hidden_camera": ("secret filming may be a crime; report it and get a person's help "
                                               "quickly"),
        "crime_against_worker:forced_labour": ("being confined or forced to work may be a crime; report it and get a "
                                               "person's help quickly"),
        "crime_against_worker:official_order_ignored": ("refusing to pay wages after an official order to pay may be a "
                                                        "crime; report it and get a person's help quickly"),
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
    ingest_too_big=(
        "“{name}” was not ingested: it is over the {limit} MB Telegram lets bots download, so it was not "
        "downloaded. Split it into smaller files, or drop scanned images and save it as text (.txt/.md)."
    ),
    ingest_download_failed=("“{name}” was not ingested: the file could not be downloaded from Telegram. "
                            "Please send it again later. Nothing already indexed was changed."),
    ingest_timeout=("“{name}” was not ingested: reading it took longer than {seconds} seconds (time-out). "
                    "Nothing already indexed was changed; split a very large file and send the parts."),
    ingest_error=("“{name}” could not be ingested: something went wrong. Please send it again; if it keeps "
                  "failing, ask a technician to check the log."),
    replace_prompt=(
        "“{name}” has the same title as “{title}” in the knowledge base.{why}\nCurrent version: {current} "
        "articles; the new file: {new}.\n{diff}\n{warning}Replace it with the new file? The old version stays "
        "in the version history; nothing changes unless you confirm."
    ),
    replace_why={
        "builtin": " “{title}” is a built-in national law; an upload does not replace it by itself.",
        "file": (" The current version came from another file (not an admin upload); an upload does not "
                 "replace it by itself."),
        "upload": "",
    },
    replace_diff={"added": "{count} added", "changed": "{count} changed", "removed": "{count} removed"},
    replace_labels="{line}: {labels}",
    replace_separator=", ",
    replace_more="{labels} …",
    replace_shrink=("⚠️ The new file is much shorter: replacing removes {removed} articles and leaves {new}. "
                    "Make sure it is not an excerpt or the wrong file.\n"),
    replace_changed="“{title}” changed before you confirmed; here is the current comparison, please confirm again.\n",
    replace_yes="✅ Replace",
    replace_no="✖ Cancel, keep the current version",
    replace_started="Replacing “{title}” with “{name}”…",
    replace_cancelled="OK, “{title}” stays as it is; the uploaded file was not ingested.",
    replace_gone=("This replacement was already handled or has expired; nothing changed. Upload the file again "
                  "to replace."),
    sources_empty="The knowledge base has no sources yet.",
    retire_usage="Usage: /retire NAME (part of the title is enough)",
    retire_confirm="Retire “{title}”? Its {count} articles will leave retrieval (the version history stays).",
    retire_done="Retired “{title}”: {count} articles removed.",
    retire_none="No active source matches “{query}”:",
    retire_cancelled="OK, nothing was retired.",
    stats="Answered today: {today}; last 7 days: {week}.\nTop topics: {topics}\nNo relevant law found: {no_match}\nFeedback: 👍 {up}  👎 {down}",
    no_token="TELEGRAM_BOT_TOKEN is not set: chatting in the terminal. To run the Telegram bot, get a token from @BotFather and set TELEGRAM_BOT_TOKEN.",
    button_stale="This button no longer works.",
    button_done="Already done",
    unknown_command="There is no such command. You can use:\n{commands}\nOr just ask your question in your own words.",
    admin_commands=(("sources", "Sources in the knowledge base"), ("retire", "Retire a source (/retire NAME)"),
                    ("stats", "Usage statistics"), ("ingest", "Ingest a file (reply to a message with the file)")),
    staff_commands=(("fact", "Correct a fact of a case (/fact ITEM VALUE)"),),
    command_groups={"admin": "Admin:", "staff": "In a case's topic in the legal-aid staff group:"},
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
        "life_safety": "life or safety at risk", "death": "death at work", "occupational_disease": "occupational disease",
        "group_claim": "ten or more workers", "deadline_near": "deadline within 60 days",
        "sexual_harassment": "sexual harassment", "crime_against_worker": "likely crime against the worker",
    },
    attachments={"photo": "photo", "document": "file", "voice": "voice note", "location": "location", "other": "attachment"},
)
