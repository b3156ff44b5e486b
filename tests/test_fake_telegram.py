"""The fake Bot API server against the real python-telegram-bot client (no Acta code)."""
from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
import pytest_asyncio
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllGroupChats,
    ChatMemberAdministrator,
    ChatMemberOwner,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from fake_telegram import DEFAULT_GROUP_ID, DEFAULT_USER_ID, FakeTelegram, inline_buttons

@pytest_asyncio.fixture
async def tg():
    async with FakeTelegram() as fake:
        yield fake


@pytest_asyncio.fixture
async def bot(tg):
    async with Bot(tg.token, base_url=tg.base_url, base_file_url=tg.base_file_url) as b:
        yield b


def build_app(tg: FakeTelegram, token: str | None = None) -> Application:
    return (
        ApplicationBuilder()
        .token(token or tg.token)
        .base_url(tg.base_url)
        .base_file_url(tg.base_file_url)
        .connect_timeout(2)
        .read_timeout(2)
        .get_updates_read_timeout(3)
        .build()
    )


@contextlib.asynccontextmanager
async def polling(app: Application):
    """Run `app` with long polling; collect handler errors so a test can assert there were none."""
    errors: list[BaseException] = []

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        errors.append(context.error)

    app.add_error_handler(on_error)
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield errors
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()


@pytest.mark.asyncio
async def test_get_me_and_unknown_method(tg, bot):
    me = await bot.get_me()

    assert (me.username, me.is_bot, me.can_read_all_group_messages) == (
        "acta_test_bot", True, False
    )
    with pytest.raises(BadRequest, match="(?i)method not found"):
        await bot.do_api_request("noSuchMethod")
    assert [name for name, _ in tg.calls] == ["getMe", "getMe", "noSuchMethod"]


@pytest.mark.asyncio
async def test_wrong_token_is_refused(tg):
    with pytest.raises(InvalidToken):
        async with Bot("999:WRONG", base_url=tg.base_url) as wrong:
            await wrong.get_me()


@pytest.mark.asyncio
async def test_command_and_message_handlers_reply(tg):
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(
            "Bonjour <b>membre</b> &amp; bienvenue", parse_mode=ParseMode.HTML
        )

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(f"echo: {update.message.text}", do_quote=True)

    app = build_app(tg)
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    async with polling(app) as errors:
        tg.push_message("/start")
        group = tg.push_message("@acta_test_bot quand est la réunion ?", chat_type="group")
        await tg.wait_for("sendMessage", count=2)

    first, second = tg.sent_messages()
    assert ("Bonjour membre & bienvenue", DEFAULT_USER_ID, "HTML") == (
        first["text"], first["chat_id"], first["parse_mode"]
    )
    assert [{"type": "bold", "offset": 8, "length": 6}] == first["entities"]
    assert ("echo: @acta_test_bot quand est la réunion ?", DEFAULT_GROUP_ID) == (
        second["text"], second["chat_id"]
    )
    assert group["message"]["message_id"] == second["reply_to_message_id"]
    assert group["message"]["message_id"] + 1 == second["message_id"]
    assert second["message"]["reply_to_message"]["text"] == group["message"]["text"]
    assert [] == errors
    assert [] == tg.pending_updates()  # stopping confirmed what was fetched


@pytest.mark.asyncio
async def test_get_updates_honours_offset_and_long_poll(tg, bot):
    first = tg.push_message("un")
    second = tg.push_message("deux")

    updates = await bot.get_updates(timeout=0)
    assert [first["update_id"], second["update_id"]] == [u.update_id for u in updates]

    # An offset confirms the updates below it; with nothing left the call long-polls.
    polled = asyncio.create_task(bot.get_updates(offset=second["update_id"] + 1, timeout=2))
    await tg.wait_for_long_poll()
    third = tg.push_message("trois")
    updates = await asyncio.wait_for(polled, 1.5)  # woken by the push, not by the timeout

    assert [third["update_id"]] == [u.update_id for u in updates]
    assert [third["update_id"]] == [u["update_id"] for u in tg.pending_updates()]
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert () == await bot.get_updates(offset=third["update_id"] + 1, timeout=0.3)
    assert loop.time() - started >= 0.25


@pytest.mark.asyncio
async def test_document_download_and_size_limit(tg, bot):
    content = "Réunion du 20 juin\nAna: bonjour".encode()
    update = tg.push_document("reunion.txt", content, chat_id=DEFAULT_USER_ID, caption="/ingest")
    document = Update.de_json(update, bot).message.document

    data = await (await bot.get_file(document.file_id)).download_as_bytearray()

    assert content == bytes(data)
    assert ("reunion.txt", "text/plain", len(content)) == (
        document.file_name, document.mime_type, document.file_size
    )
    huge = Update.de_json(tg.push_document("huge.vtt", file_size=2 * 1024**3), bot)
    assert 2 * 1024**3 == huge.message.document.file_size
    with pytest.raises(BadRequest, match="(?i)file is too big"):
        await bot.get_file(huge.message.document.file_id)


@pytest.mark.asyncio
async def test_send_document_is_recorded_with_its_bytes(tg, bot):
    await bot.send_document(
        DEFAULT_USER_ID, b"%PDF-1.4 fake", filename="compte-rendu.pdf", caption="<i>PV</i>",
        parse_mode=ParseMode.HTML,
    )

    sent = tg.last_sent(DEFAULT_USER_ID)
    assert {"file_name": "compte-rendu.pdf", "mime_type": "application/pdf",
            "content": b"%PDF-1.4 fake"} == sent["document"]
    assert ("sendDocument", "PV") == (sent["method"], sent["caption"])
    assert "multipart/form-data" == tg.log[-1]["content_type"]


@pytest.mark.asyncio
async def test_callback_query_answered_and_message_edited(tg):
    async def menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        button = InlineKeyboardButton("Plus de résultats", callback_data="more:1:2")
        await update.message.reply_text("Résultats", reply_markup=InlineKeyboardMarkup([[button]]))

    async def more(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer("ok")
        await update.callback_query.edit_message_text(f"page {update.callback_query.data}")

    app = build_app(tg)
    app.add_handler(CommandHandler("menu", menu))
    app.add_handler(CallbackQueryHandler(more))
    async with polling(app) as errors:
        tg.push_message("/menu")
        await tg.wait_for("sendMessage")
        sent = tg.last_sent()
        [button] = inline_buttons(sent)
        press = tg.push_callback_query(button["callback_data"], message=sent)
        await tg.wait_for("editMessageText")

    assert {"callback_query_id": press["callback_query"]["id"], "text": "ok"} == (
        tg.callback_answer(press)
    )
    edited = tg.message(sent["chat_id"], sent["message_id"])
    assert ("page more:1:2", None) == (edited["text"], edited.get("reply_markup"))
    assert [] == errors


@pytest.mark.asyncio
async def test_set_my_commands_is_recorded_per_language_and_scope(tg, bot):
    await bot.set_my_commands([BotCommand("ask", "Poser une question")], language_code="fr")
    await bot.set_my_commands([BotCommand("ask", "Ask a question")], language_code="en")
    await bot.set_my_commands(
        [BotCommand("next", "Next call")], scope=BotCommandScopeAllGroupChats()
    )

    assert [{"command": "ask", "description": "Poser une question"}] == tg.my_commands("fr")
    assert [{"command": "ask", "description": "Ask a question"}] == tg.my_commands("en")
    assert [{"command": "next", "description": "Next call"}] == tg.my_commands(
        scope={"type": "all_group_chats"}
    )
    assert [] == tg.my_commands("es")
    fr = await bot.get_my_commands(language_code="fr")
    assert [("ask", "Poser une question")] == [(c.command, c.description) for c in fr]
    with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Ask-Me", "x")])


@pytest.mark.asyncio
async def test_every_injected_update_parses_with_ptb(tg, bot):
    await bot.initialize()  # CommandHandler needs the bot's username
    ask = tg.push_message("/ask@acta_test_bot qui était présent ?", chat_type="supergroup",
                          username="ana", language_code="es")
    other = tg.push_message("/ask@otherbot hola", chat_type="supergroup")
    mention = tg.push_message("🙂 @acta_test_bot salut", chat_type="group")
    sent = await bot.send_message(DEFAULT_GROUP_ID, "Réponse")
    reply = tg.push_message("et ensuite ?", chat_id=DEFAULT_GROUP_ID, reply_to=sent.message_id)
    edited = tg.push_edited_message("/ask corrigé", reply)
    press = tg.push_callback_query("ctx:42", message=sent.to_dict())
    document = tg.push_document("notes.docx", b"PK\x03\x04", chat_type="group")
    poll = await bot.send_poll(DEFAULT_GROUP_ID, "Prochaine date ?", ["lundi", "mardi"],
                               is_anonymous=False)
    vote = tg.push_poll_answer(poll.poll.id, user_id=7, option_ids=[1])

    parsed = [Update.de_json(u, bot)
              for u in (ask, other, mention, reply, edited, press, document, vote)]

    assert sorted({u.update_id for u in parsed}) == [u.update_id for u in parsed]
    command = CommandHandler("ask", lambda *_: None)
    assert command.check_update(parsed[0])
    assert not command.check_update(parsed[1])  # addressed to another bot
    assert ("ana", "es", "supergroup") == (
        parsed[0].effective_user.username, parsed[0].effective_user.language_code,
        parsed[0].effective_chat.type,
    )
    assert {"@acta_test_bot": "mention"} == {
        text: entity.type for entity, text in parsed[2].message.parse_entities().items()
    }
    assert (sent.message_id, True) == (
        parsed[3].message.reply_to_message.message_id,
        parsed[3].message.reply_to_message.from_user.is_bot,
    )
    assert ("/ask corrigé", parsed[3].message.message_id) == (
        parsed[4].edited_message.text, parsed[4].edited_message.message_id
    )
    assert ("ctx:42", sent.message_id) == (
        parsed[5].callback_query.data, parsed[5].callback_query.message.message_id
    )
    assert "notes.docx" == parsed[6].message.document.file_name
    assert (poll.poll.id, (1,), 7) == (
        parsed[7].poll_answer.poll_id, parsed[7].poll_answer.option_ids,
        parsed[7].poll_answer.user.id,
    )
    stopped = await bot.stop_poll(DEFAULT_GROUP_ID, poll.message_id)
    assert (True, 1) == (stopped.is_closed, stopped.options[1].voter_count)


@pytest.mark.asyncio
async def test_admins_and_chat(tg, bot):
    tg.set_admins(DEFAULT_GROUP_ID, [42], owner=41)

    admins = await bot.get_chat_administrators(DEFAULT_GROUP_ID)
    chat = await bot.get_chat(DEFAULT_GROUP_ID)

    assert [(ChatMemberOwner, 41), (ChatMemberAdministrator, 42)] == [
        (type(member), member.user.id) for member in admins
    ]
    assert (DEFAULT_GROUP_ID, "group") == (chat.id, chat.type)
    with pytest.raises(BadRequest, match="(?i)private chat"):
        await bot.get_chat_administrators(DEFAULT_USER_ID)


@pytest.mark.asyncio
async def test_refuses_what_telegram_refuses(tg, bot):
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.send_message(DEFAULT_USER_ID, "1 < 2 <b>gras", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="(?i)unsupported start tag"):
        await bot.send_message(DEFAULT_USER_ID, "<br>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(DEFAULT_USER_ID, "x" * 4097)
    with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
        too_long = InlineKeyboardButton("b", callback_data="d" * 65)
        await bot.send_message(
            DEFAULT_USER_ID, "t", reply_markup=InlineKeyboardMarkup([[too_long]])
        )
    sent = await bot.send_message(DEFAULT_USER_ID, "x" * 4096)
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_text("x" * 4096, DEFAULT_USER_ID, sent.message_id)
    press = tg.push_callback_query("forged")
    await bot.answer_callback_query(press["callback_query"]["id"])
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_callback_query(press["callback_query"]["id"])


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")  # retry_after type
async def test_injected_faults(tg, bot):
    tg.fail_next("sendMessage", 429, retry_after=3)
    tg.fail_next("sendMessage", 502)

    with pytest.raises(RetryAfter):
        await bot.send_message(DEFAULT_USER_ID, "un")
    with pytest.raises(NetworkError):
        await bot.send_message(DEFAULT_USER_ID, "deux")
    await bot.send_message(DEFAULT_USER_ID, "trois")
    assert ["trois"] == [m["text"] for m in tg.sent_messages()]


def _post(url: str, body: bytes, content_type: str) -> tuple[int, dict]:
    request = urllib.request.Request(url, body, {"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_threaded_server_for_sync_tests():
    with FakeTelegram.running() as tg:
        api = f"{tg.base_url}{tg.token}"

        assert (401, {"ok": False, "error_code": 401, "description": "Unauthorized"}) == _post(
            f"{tg.base_url}999:WRONG/getMe", b"", "application/json"
        )
        assert (400, {"ok": False, "error_code": 400,
                      "description": "Bad Request: method not found"}) == _post(
            f"{api}/noSuchMethod", b"{}", "application/json"
        )
        markup = {"inline_keyboard": [[{"text": "a", "callback_data": "b"}]]}
        status, body = _post(
            f"{api}/sendMessage",
            json.dumps({"chat_id": 5, "text": "42", "reply_markup": json.dumps(markup)}).encode(),
            "application/json",
        )
        assert (200, "42") == (status, body["result"]["text"])
        assert markup == tg.last_sent(5)["reply_markup"]

        # A PTB client on another loop (as a bot subprocess would be) answers a pushed message.
        async def answer_one() -> None:
            async with Bot(tg.token, base_url=tg.base_url) as bot:
                [update] = await bot.get_updates(timeout=1)
                await update.message.reply_text("pong")
                await bot.get_updates(offset=update.update_id + 1, timeout=0)

        tg.push_message("ping", chat_id=9)
        asyncio.run(answer_one())

        tg.wait_for_sync("sendMessage", count=2)
        assert "pong" == tg.last_sent(9)["text"]
        assert "application/x-www-form-urlencoded" == [
            entry["content_type"] for entry in tg.log if entry["method"] == "sendMessage"
        ][-1]
        assert [] == tg.pending_updates()


ECHO_BOT = """
import sys
from telegram.ext import ApplicationBuilder, MessageHandler, filters

async def echo(update, context):
    await update.message.reply_text("echo: " + update.message.text)

token, base_url, base_file_url = sys.argv[1:]
app = ApplicationBuilder().token(token).base_url(base_url).base_file_url(base_file_url).build()
app.add_handler(MessageHandler(filters.TEXT, echo))
app.run_polling(poll_interval=0, timeout=1)
"""


def test_bot_subprocess_answers_and_stops_on_sigterm():
    with FakeTelegram.running() as tg:
        bot = subprocess.Popen(
            [sys.executable, "-c", ECHO_BOT, tg.token, tg.base_url, tg.base_file_url],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        )
        try:
            tg.push_message("ping")
            tg.wait_for_sync("sendMessage", timeout=10)
            bot.send_signal(signal.SIGTERM)
            output, _ = bot.communicate(timeout=10)
        finally:
            if bot.poll() is None:
                bot.kill()
                bot.wait()

        assert 0 == bot.returncode, output.decode(errors="replace")
        assert "echo: ping" == tg.last_sent()["text"]
        assert [] == tg.pending_updates()  # PTB confirmed the update on its way out
