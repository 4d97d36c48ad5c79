"""End to end in private chats: the real bot polls the Bot API stand-in and answers."""

import pytest
from standin import parse_telegram_html

from careerbot.answers.model import Answer, Block
from careerbot.engine import Engine
from conftest import LIBRARY_TECH, FakeClock, RunningBot, StartBot

USER = 1001


async def test_start_greets_with_example_question_buttons(running: RunningBot) -> None:
    reply = await running.ask(USER, "/start")
    assert reply.text.startswith("Hi, Ada!")
    assert "Library Technicians and Assistants" in reply.text
    buttons = reply.buttons()
    assert len(buttons) >= 2
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
    assert reply.params["parse_mode"] == "HTML"
    assert reply.params["link_preview_options"] == {"is_disabled": True}


async def test_start_deep_link_opens_the_occupation_overview(running: RunningBot) -> None:
    reply = await running.ask(USER, f"/start {LIBRARY_TECH}")
    assert "Library Technicians and Assistants" in reply.text
    assert "Hi," not in reply.text
    assert reply.buttons(), "an occupation answer carries next-question buttons"


async def test_start_with_unknown_payload_just_greets(running: RunningBot) -> None:
    reply = await running.ask(USER, "/start 99-9999")
    assert reply.text.startswith("Hi")


async def test_help_careers_about(running: RunningBot, engine: Engine) -> None:
    help_reply = await running.ask(USER, "/help")
    assert "What you can ask" in help_reply.text
    careers = await running.ask(USER, "/careers")
    assert (
        f"({len(engine.occupations)})" in careers.text
        or f"about {len(engine.occupations)}" in careers.text
    )
    assert "Library Technicians and Assistants" in careers.text  # the fullest profile
    assert careers.buttons()
    found = await running.ask(USER, "/careers library")
    assert "Library Technicians and Assistants (25-4031)" in found.text
    assert "q:overview:254031" in [b["callback_data"] for b in found.buttons()]
    nothing = await running.ask(USER, "/careers <zzz>")
    assert "No career matches “<zzz>”" in nothing.text
    about = await running.ask(USER, "/about")
    assert "bls.gov" in about.params["text"]  # the source, as a link
    assert "/privacy" in about.text  # what is stored: /privacy (test_telegram_failure_modes)


async def test_commands_are_registered_on_startup(running: RunningBot) -> None:
    await running.standin.wait_for(lambda: running.standin.commands, what="setMyCommands")
    names = [c["command"] for c in running.standin.commands]
    assert names == ["start", "help", "careers", "about", "privacy", "forget"]
    assert running.standin.calls_to("deleteWebhook")


async def test_free_text_answer_with_source_link_and_buttons(running: RunningBot) -> None:
    reply = await running.ask(USER, "what do library technicians earn?")
    assert "$37,540" in reply.text
    assert '<a href="https://www.bls.gov' in reply.params["text"]
    assert reply.buttons()


async def test_follow_up_keeps_the_context(running: RunningBot) -> None:
    await running.ask(USER, "what do library technicians earn?")
    reply = await running.ask(USER, "and what about growth?")
    assert "-7.0%" in reply.text and "shrink" in reply.text.lower()


async def test_contexts_are_per_chat(running: RunningBot) -> None:
    await running.ask(USER, "what do library technicians earn?")
    other = await running.ask(USER + 1, "and what about growth?")
    assert "-7.0%" not in other.text


async def test_button_tap_answers_the_callback_and_the_question(running: RunningBot) -> None:
    standin = running.standin
    reply = await running.ask(USER, "what do library technicians earn?")
    button = reply.buttons()[0]
    before = len(standin.sent(USER))
    _, query_id = standin.callback(USER, reply, button["callback_data"])
    sent = await standin.wait_sent(USER, before + 1)
    answered = [
        c
        for c in standin.calls_to("answerCallbackQuery")
        if c.params["callback_query_id"] == query_id
    ]
    assert len(answered) == 1
    assert sent[before].text.strip()
    # The tap keeps the chat's context: a follow-up still knows the occupation.
    follow = await running.ask(USER, "and what about growth?")
    assert "-7.0%" in follow.text and "shrink" in follow.text.lower()


async def test_forged_callback_data_is_acknowledged_quietly(running: RunningBot) -> None:
    standin = running.standin
    reply = await running.ask(USER, "/start")
    update, query_id = standin.callback(USER, reply, "something:else")
    await running.handled.wait(update)
    assert [c.params["callback_query_id"] for c in standin.calls_to("answerCallbackQuery")] == [
        query_id
    ]
    assert len(standin.sent(USER)) == 1


async def test_non_text_messages_get_a_hint(running: RunningBot) -> None:
    standin = running.standin
    standin.sticker(USER)
    standin.photo(USER + 1)  # with a caption it is a question (test_telegram_failure_modes)
    standin.message(USER + 2, voice={"file_id": "v", "file_unique_id": "v", "duration": 2})
    standin.message(USER + 3, location={"latitude": 51.5, "longitude": -0.1})
    for chat in range(USER, USER + 4):
        [hint] = await standin.wait_sent(chat)
        assert "text" in hint.text


@pytest.mark.parametrize(
    "nasty",
    ["<b>hi</b> & <script>alert(1)</script>", "a < b && c > d", "&amp; &lt;tag&gt; <a href=x>"],
)
async def test_user_text_is_escaped(running: RunningBot, nasty: str) -> None:
    # The stand-in parses parse_mode=HTML like Telegram and refuses broken HTML with a 400,
    # so an answer arriving at all means it parsed.
    reply = await running.ask(USER, nasty)
    assert reply.ok
    assert "<script>" not in reply.params["text"]


async def test_echoed_text_and_names_reach_the_user_verbatim(
    running: RunningBot, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    nasty = "<b>hi</b> & <script>"

    def echo(text: str, context: object = None) -> tuple[Answer, object]:
        block = Block(heading=f"You said {text}", text=text, items=[text])
        return Answer(intent="fallback", intents=["fallback"], score=0, blocks=[block]), context

    monkeypatch.setattr(engine, "reply", echo)
    reply = await running.ask(USER, nasty)
    assert reply.text == f"You said {nasty}\n{nasty}\n• {nasty}"
    assert "&lt;script&gt;" in reply.params["text"]
    assert parse_telegram_html(reply.params["text"]) == reply.text

    standin = running.standin
    standin.push(
        "message",
        standin.message_payload(USER + 5, "/start") | {"from": standin.user(USER + 5, nasty)},
    )
    [greeting] = await standin.wait_sent(USER + 5)
    assert greeting.text.startswith(f"Hi, {nasty}!")


async def test_long_answers_are_split_under_the_limit(
    running: RunningBot, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_reply = engine.reply

    def long_reply(text: str, context: object = None) -> tuple[Answer, object]:
        answer, new_context = real_reply("what do library technicians earn?", None)
        blocks = [
            Block(
                heading=f"Part {n} <&>",
                text="word " * 150,
                items=[f"item {n}.{i}" for i in range(5)],
            )
            for n in range(20)
        ]
        return answer.model_copy(update={"blocks": blocks}), new_context

    monkeypatch.setattr(engine, "reply", long_reply)
    standin = running.standin
    await running.handled.wait(standin.message(USER, "tell me everything"))
    parts = standin.sent(USER)
    assert len(parts) >= 4
    assert all(len(p.text) <= 4096 for p in parts)
    assert not standin.calls_to("sendMessage", ok=False)
    # Split at block boundaries, in order, and the keyboard rides on the last part only.
    assert [p.text.startswith("Part ") for p in parts] == [True] * len(parts)
    joined = "\n\n".join(p.text for p in parts)
    assert [f"Part {n} <&>" in joined for n in range(20)] == [True] * 20
    assert joined.index("Part 3 ") < joined.index("Part 17 ")
    assert [bool(p.buttons()) for p in parts] == [False] * (len(parts) - 1) + [True]


async def test_edited_messages_and_channel_posts_do_not_crash(running: RunningBot) -> None:
    standin = running.standin
    standin.edited_message(USER, "what do library technicians earn?")
    standin.channel_post(-1002000, "what do library technicians earn?")
    reply = await running.ask(USER, "what do library technicians earn?")
    assert "$37,540" in reply.text
    assert len(standin.sent(USER)) == 1
    assert not standin.sent(-1002000)
    assert not running.task.done()


async def test_failing_handler_apologises_and_the_bot_carries_on(
    running: RunningBot,
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    real_reply = engine.reply

    def fragile(text: str, context: object = None) -> tuple[Answer, object]:
        if "explode" in text:
            raise RuntimeError("engine exploded")
        return real_reply(text, context)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "reply", fragile)
    apology = await running.ask(USER, "please explode")
    assert "Sorry, something went wrong" in apology.text
    assert "engine exploded" in caplog.text
    assert "please explode" not in caplog.text  # message content is never logged
    reply = await running.ask(USER, "what do library technicians earn?")
    assert "$37,540" in reply.text


async def test_admins_get_a_report_without_the_users_words(
    start_bot: StartBot, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = 4242
    running = await start_bot(admin_ids=[admin])

    def broken(text: str, context: object = None) -> tuple[Answer, object]:
        raise RuntimeError(f"could not read {text}")

    monkeypatch.setattr(engine, "reply", broken)
    apology = await running.ask(USER, "my secret question")
    assert "Sorry, something went wrong" in apology.text
    await running.standin.wait_sent(admin, 1)
    report = running.standin.sent(admin)[0].text
    assert "RuntimeError" in report and "failed on update" in report
    assert "secret" not in report


async def test_flood_control_warns_once_and_drops_the_rest(start_bot: StartBot) -> None:
    clock = FakeClock()
    running = await start_bot(flood_rate=3, flood_window=1.0, clock=clock)
    standin = running.standin
    updates = [standin.message(USER, "what do library technicians earn?") for _ in range(8)]
    await running.handled.wait(*updates)
    sent = standin.sent(USER)
    warnings = [s for s in sent if "very fast" in s.text]
    assert len(sent) == 4 and len(warnings) == 1, "three answers and one warning, rest dropped"
    standin.message(USER + 1, "what do library technicians earn?")  # others are unaffected
    await standin.wait_sent(USER + 1)
    clock.now += 1.0  # the window frees up
    reply = await running.ask(USER, "what do library technicians earn?")
    assert "$37,540" in reply.text


async def test_inline_query_offers_answer_cards(running: RunningBot) -> None:
    standin = running.standin
    _, query_id = standin.inline_query(USER, "library tech salary")
    [call] = await standin.wait_for(
        lambda: standin.calls_to("answerInlineQuery"), what="answerInlineQuery"
    )
    assert call.params["inline_query_id"] == query_id
    assert call.params.get("is_personal") in (None, "false", "False")
    results = call.params["results"]
    assert 1 <= len(results) <= 50
    first = results[0]
    assert first["type"] == "article" and first["title"] and first["description"]
    assert "$37,540" in parse_telegram_html(first["input_message_content"]["message_text"])


async def test_empty_inline_query_offers_examples(running: RunningBot) -> None:
    standin = running.standin
    standin.inline_query(USER, "")
    [call] = await standin.wait_for(
        lambda: standin.calls_to("answerInlineQuery"), what="answerInlineQuery"
    )
    assert 2 <= len(call.params["results"]) <= 50
