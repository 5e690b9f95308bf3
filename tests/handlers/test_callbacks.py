"""The callback-data codec: the wire format of buttons already sent, and refusal of anything malformed."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from telegram import CallbackQuery, Chat, Message, User

from handlers import callbacks
from handlers.callbacks import (
    KINDS,
    Article,
    Calculator,
    CaseButton,
    CaseFeedback,
    Consent,
    Forget,
    IntakeChoice,
    Language,
    Lawyer,
    LegalAid,
    Rating,
    Retire,
)

# The strings buttons carry today: workers' and staff's chats hold them, so they must keep working.
WIRE = {
    "a:0123456789ab": Article("0123456789ab"),
    "c:economic_compensation": Calculator("economic_compensation"),
    "aid": LegalAid(),
    "law": Lawyer(),
    "cs:y": Consent(yes=True),
    "cs:n": Consent(yes=False),
    "in:unknown": IntakeChoice("unknown"),
    "in:submit": IntakeChoice("submit"),
    "cf:42:+": CaseFeedback(42, up=True),
    "cf:42:-": CaseFeedback(42, up=False),
    "r:+123456789": Rating(123456789, up=True),
    "r:-7": Rating(7, up=False),
    "k:claim:3": CaseButton("claim", 3),
    "k:pdf:3": CaseButton("pdf", 3),
    "k:askf:3:city": CaseButton("askf", 3, "city"),
    "k:out:3:referred_arbitration": CaseButton("out", 3, "referred_arbitration"),
    "forget:yes": Forget(confirmed=True),
    "forget:no": Forget(confirmed=False),
    "lang:zh": Language("zh"),
    "retire:0123456789ab": Retire("0123456789ab"),
    "retire:no": Retire(None),
}


@pytest.mark.parametrize("data", WIRE)
def test_todays_callback_data_parses_and_builds_back_the_same(data):
    value = WIRE[data]
    assert callbacks.parse(data) == value
    assert type(value).parse(data) == value
    assert value.build() == data


@pytest.mark.parametrize("data", [
    None, "", ":", "x", "unknown:1", "a", "a:", "a:0123456789AB", "a:0123456789ab:1", "aid:", "aid:1", "law:x",
    "c:", "c:Economic", "c:a b", "cs:", "cs:yes", "in:maybe", "in:", "in:skip:1",
    "cf:42", "cf:42:*", "cf:x:+", "cf:0:+", "cf:-1:+", "cf:+1:+", "cf: 42:+", "cf:4_2:+", "cf:１２:+",
    "cf:9223372036854775808:+", "cf:99999999999999999999:+",
    "r:123", "r:+", "r:+x", "r:*5", "r:+-5", "r:+9223372036854775808",
    "k:claim", "k:claim:x", "k:claim:3:extra", "k:nuke:3", "k:askf:3", "k:askf:3:salary_in_bitcoin",
    "k:out:3", "k:out:3:withdrawn", "k:out:3:referred_arbitration:1",
    "forget:", "forget:maybe", "forget:yes:no", "lang:fr", "lang:", "retire:", "retire:xyz",
    "a:0123456789ab\n", "k:claim:3" + "0" * 60,
])
def test_malformed_data_parses_to_none(data):
    assert callbacks.parse(data) is None
    for kind in KINDS:
        assert kind.parse(data) is None


def test_each_kind_registers_a_pattern_that_catches_its_own_data_only():
    for data, value in WIRE.items():
        matching = [kind for kind in KINDS if re.match(kind.pattern, data)]
        assert matching == [type(value)], data
    # malformed data of a kind still reaches that kind's handler, which answers the query
    assert [k for k in KINDS if re.match(k.pattern, "cf:oops")] == [CaseFeedback]
    assert [k for k in KINDS if re.match(k.pattern, "aid:1")] == [LegalAid]


def test_values_that_could_not_be_parsed_back_are_refused_when_built():
    for bad in (lambda: Article("not-a-digest"), lambda: CaseButton("claim", 0), lambda: CaseButton("claim", 3, "city"),
                lambda: CaseButton("askf", 3), lambda: CaseFeedback(2**63, up=True), lambda: IntakeChoice("later"),
                lambda: Language("fr"), lambda: Rating(True, up=True), lambda: Calculator("x" * 49)):
        with pytest.raises(ValueError):
            bad()


def test_the_largest_ids_fit_telegrams_64_bytes():
    for value in (CaseButton("out", 2**63 - 1, "referred_arbitration"), CaseFeedback(2**63 - 1, up=False),
                  Rating(2**63 - 1, up=True)):
        data = value.build()
        assert len(data.encode()) <= 64 and callbacks.parse(data) == value


@pytest.mark.parametrize("data, reason, kind", [
    (None, "empty", None), ("", "empty", None), (0, "not_text", None), (True, "not_text", None),
    (12345678901234567890, "not_text", None), (1.5, "not_text", None), ([], "not_text", None),
    ({"cs": "y"}, "not_text", None), ("\ud800", "not_text", None), ("a" * 65, "too_long", None),
    ("a:" + "0" * 100, "too_long", None), ("x", "unknown_kind", None), ("unknown:1", "unknown_kind", None),
    ("CS:y", "unknown_kind", None), ("cf:9223372036854775808:+", "bad_fields", "cf"), ("cf:-1:+", "bad_fields", "cf"),
    ("r:+99999999999999999999", "bad_fields", "r"), ("k:claim:-3", "bad_fields", "k"), ("cs:", "bad_fields", "cs"),
])
def test_decoding_says_why_data_is_malformed(data, reason, kind):
    assert callbacks.decode(data) == callbacks.Malformed(reason, kind)
    assert reason in callbacks.REASONS
    assert callbacks.parse(data) is None and all(k.parse(data) is None for k in KINDS)


def test_decoding_as_one_kind_refuses_another_kinds_data():
    assert callbacks.decode("cs:y", Article) == callbacks.Malformed("wrong_kind", "cs")
    assert callbacks.decode("cs:y", Consent) == Consent(yes=True)


def _query(data: object, chat: Chat | None) -> CallbackQuery:
    user = User(7, "阿强", False, language_code="zh-hans")
    if chat is None:  # an inline-mode message: no message, only its id
        return CallbackQuery("1", user, "42", data=data, inline_message_id="BAAAAI1")
    message = Message(9, datetime(2025, 5, 1, tzinfo=UTC), chat)
    return CallbackQuery("1", user, "42", data=data, message=message)


def test_a_query_is_refused_where_its_handler_could_not_reply():
    private, staff_group = Chat(7, Chat.PRIVATE), Chat(-1001, Chat.SUPERGROUP)
    assert callbacks.check(_query("cs:y", private), Consent) == Consent(yes=True)
    assert callbacks.check(_query("cs:y", None), Consent) == callbacks.Malformed("no_message", "cs")
    assert callbacks.check(_query("cs:y", staff_group), Consent) == callbacks.Malformed("not_private", "cs")
    assert callbacks.check(_query("k:claim:3", staff_group), CaseButton) == CaseButton("claim", 3)
    assert callbacks.check(_query("k:claim:3", None), CaseButton) == callbacks.Malformed("no_message", "k")
    assert callbacks.check(_query(None, private), Article) == callbacks.Malformed("empty")
