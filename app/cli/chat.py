"""Commands that answer workers: ask (one question), chat (the terminal channel), serve (the bot)."""

from __future__ import annotations

import argparse
import json

from app.cli.terminal import console
from app.container import Container
from bot.chat import ChatService

TERMINAL = "terminal"  # the conversation id of the terminal channel


def cmd_ask(container: Container, args) -> int:
    """Answer one question; --json prints the structured result.

    A one-off, stateless answer: the assistant's own call (the one the chat service makes for every
    question), with no conversation to load, nothing recorded and no hand-over, like ``search``."""
    from bot.conversation import ConversationState

    answer, _ = container.assistant.answer(args.question, ConversationState(), lang=args.lang)
    if args.json:
        print(json.dumps(answer.as_dict(), ensure_ascii=False, indent=2))
    else:
        console.print(answer.text, markup=False, highlight=False)
        if answer.citations:
            console.print("\n" + "  ".join(c.citation for c in answer.citations), style="dim", markup=False)
    return 0


def cmd_chat(container: Container, args) -> int:
    """Chat in the terminal through the same chat service the Telegram bot uses."""
    if not container.knowledge.catalog.count_articles():
        console.print("The knowledge base is empty: run `python bot.py ingest` first.")
        return 1
    console.print("劳动权益助手 (terminal). Type a question; /forget clears the conversation; Ctrl-D quits.\n"
                  "To run the Telegram bot, set TELEGRAM_BOT_TOKEN.", style="dim")
    return chat_loop(container.chat)


def chat_loop(chat: ChatService, conversation_id: str = TERMINAL) -> int:
    """Read lines until end of input; each one is a chat turn (or /forget) of one conversation."""
    while True:
        try:
            line = input("你> ")
        except (EOFError, KeyboardInterrupt):
            console.print()
            return 0
        if line.strip() == "/forget":
            chat.forget(conversation_id)  # the conversation, its records and the worker's cases
            console.print("已删除本次对话记录。")
            continue
        reply = chat.reply(conversation_id, line)
        if reply.text:  # empty when the message went to a legal-aid person
            console.print(reply.text + "\n", markup=False, highlight=False)


def cmd_serve(settings, args) -> int:
    """Run the Telegram bot; without a token, chat in the terminal instead."""
    if settings.telegram_bot_token is None:
        from bot.locales import ui

        console.print(ui("zh").no_token + "\n" + ui("en").no_token, style="yellow", markup=False)
        container = Container.open(settings)
        try:
            return cmd_chat(container, args)
        finally:
            container.close()
    from app.telegram import serve

    try:
        serve(settings)
    except ValueError as exc:  # a setting that cannot work (webhook mode without its secret, …)
        console.print(f"Configuration error: {exc}", style="red", markup=False)
        return 2
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ask", help="answer one question (the full answer a worker would get)")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print the structured result as JSON")
    p.add_argument("--lang", choices=["zh", "en"], help="reply language (default: the question's)")
    p.set_defaults(func=cmd_ask, opens="knowledge")
    p = sub.add_parser("chat", help="chat with the assistant in this terminal")
    p.set_defaults(func=cmd_chat, opens="everything")
    p = sub.add_parser("serve", help="run the Telegram bot (long polling, or a webhook by settings)")
    p.set_defaults(func=cmd_serve, opens="nothing")
