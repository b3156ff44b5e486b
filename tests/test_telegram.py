"""The Telegram bot end to end: the real python-telegram-bot client against a fake Bot API
server on 127.0.0.1 (tests/fake_telegram/), a real SQLite file, real handlers."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys

import pytest
import pytest_asyncio

from bot import config as config_mod
from bot.app import build_application
from knowledge import ingest
from knowledge.store import Store

from conftest import CALL_2016, CALL_2020, DEMO, ROOT, _need_corpus
from fake_telegram import FakeTelegram, inline_buttons

ADMIN = 4242
GROUP = -4001


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    _need_corpus()
    path = tmp_path_factory.mktemp("seed") / "acta.db"
    with Store(path) as store:
        ingest.ingest_paths(store, [CALL_2016, CALL_2020], max_bytes=10_000_000)
    return path


def write_config(tmp_path, tg: FakeTelegram, db, **telegram) -> config_mod.Config:
    keys = {"base_url": tg.base_url, "base_file_url": tg.base_file_url, "admins": [str(ADMIN)], "rate_limit": 30,
            **telegram}
    lines = [f'[storage]\ndb = "{db}"\n[telegram]']
    for k, v in keys.items():
        lines.append(f"{k} = {v!r}".replace("'", '"') if not isinstance(v, list) else
                     f"{k} = [{', '.join(repr(x).replace(chr(39), chr(34)) for x in v)}]")
    path = tmp_path / "bot.toml"
    path.write_text("\n".join(lines) + "\n")
    return config_mod.load(path)


@pytest_asyncio.fixture
async def bot(tmp_path, seeded):
    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    async with FakeTelegram() as tg:
        app = build_application(write_config(tmp_path, tg, db), tg.token)
        await app.initialize()
        await app.post_init(app)
        await app.updater.start_polling(poll_interval=0, timeout=1)
        await app.start()
        try:
            yield tg
        finally:
            await app.updater.stop()
            await app.stop()
            await app.post_shutdown(app)
            await app.shutdown()


def acta_run(tmp_path, tg: FakeTelegram, **env) -> subprocess.Popen:
    """`acta run --config bot.toml` as an operator starts it, the token in the environment."""
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": tg.token, "PYTHONUNBUFFERED": "1", **env}
    return subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(tmp_path / "bot.toml")],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stop(proc: subprocess.Popen) -> tuple[str, str]:
    """SIGTERM, as a service manager stops it: it must exit cleanly."""
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert 0 == proc.returncode, err
    return out, err


async def reply_to(tg: FakeTelegram, text: str, **kwargs) -> dict:
    before = len(tg.sent_messages())
    tg.push_message(text, **kwargs)
    await tg.wait_for("sendMessage", count=len(tg.calls_of("sendMessage")) + 1)
    return tg.sent_messages()[before]


@pytest.mark.asyncio
async def test_a_private_question_gets_an_attributed_html_answer_with_buttons(bot):
    sent = await reply_to(bot, "Quand aura lieu l'événement à Montevideo ?", user_id=11, language_code="fr")
    assert "HTML" == sent["parse_mode"]
    assert "Aida Noblia" in sent["text"] and "appel mensuel de LACRALO, 20 juin 2016" in sent["text"]
    labels = [b["text"] for b in inline_buttons(sent)]
    assert ["Contexte", "Source", "Plus de résultats"] == labels


@pytest.mark.asyncio
async def test_commands_are_registered_in_each_language(bot):
    for lang, description in (("fr", "poser une question"), ("es", "hacer una pregunta"),
                              ("pt", "fazer uma pergunta"), ("en", "ask a question")):
        commands = {c["command"]: c["description"] for c in bot.my_commands(language_code=lang)}
        assert description == commands["ask"]
        assert {"ask", "meetings", "summary", "who", "agenda", "participation", "next", "events", "schedule",
                "cancel", "calendar", "surveys", "help", "start"} == set(commands)
    assert bot.my_commands()        # the default list, for every other language


@pytest.mark.asyncio
async def test_in_a_group_only_commands_mentions_and_replies_are_answered(bot):
    bot.push_message("On se voit demain ?", chat_id=GROUP, user_id=12)               # chatter: silence
    bot.push_message("/ask@otherbot Montevideo", chat_id=GROUP, user_id=12)          # another bot's
    bot.push_message("/bogus", chat_id=GROUP, user_id=12)                            # may be another bot's
    asked = await reply_to(bot, "/ask Quand aura lieu l'événement à Montevideo ?", chat_id=GROUP, user_id=12)
    assert 1 == len(bot.sent_messages()) and "Aida Noblia" in asked["text"]
    mention = await reply_to(bot, "@acta_test_bot who attended the last meeting?", chat_id=GROUP, user_id=13,
                             language_code="en")
    assert "LACRALO monthly call, 17 February 2020 — 17 present" in mention["text"]
    reply = await reply_to(bot, "Et l'ordre du jour ?", chat_id=GROUP, user_id=12, reply_to=mention["message"])
    assert "Ordre du jour" in reply["text"]
    unknown = await reply_to(bot, "/bogus@acta_test_bot", chat_id=GROUP, user_id=12)
    assert "Je ne connais pas cette commande" in unknown["text"]
    assert 4 == len(bot.sent_messages())


@pytest.mark.asyncio
async def test_buttons_context_source_more_and_forged(bot):
    answer = await reply_to(bot, "Quand aura lieu l'événement à Montevideo ?", user_id=11)
    buttons = {b["text"]: b["callback_data"] for b in inline_buttons(answer)}
    bot.push_callback_query(buttons["Contexte"], message=answer["message"], user_id=11)
    await bot.wait_for("sendMessage", count=2)
    assert "Maritza Aguero" in bot.sent_messages()[-1]["text"]
    bot.push_callback_query(buttons["Source"], message=answer["message"], user_id=11)
    await bot.wait_for("sendDocument")
    assert CALL_2016.read_bytes() == bot.sent_messages()[-1]["document"]["content"]
    bot.push_callback_query(buttons["Plus de résultats"], message=answer["message"], user_id=11)
    await bot.wait_for("sendMessage", count=3)
    assert bot.sent_messages()[-1]["text"].startswith("6. ")
    bot.push_callback_query("m:999999:5", message=answer["message"], user_id=11)
    await bot.wait_for("sendMessage", count=4)
    assert "Ce bouton n'est plus valable" in bot.sent_messages()[-1]["text"]
    assert 4 == len(bot.calls_of("answerCallbackQuery"))


@pytest.mark.asyncio
async def test_replies_follow_the_members_language(bot):
    for lang, expected in (("es", "Hazme una pregunta"), ("pt", "Faça uma pergunta"), ("en", "Ask me a question")):
        sent = await reply_to(bot, "/help", user_id=20, language_code=lang)
        assert expected in sent["text"]
    sent = await reply_to(bot, "¿Cuándo es el evento en Montevideo?", user_id=21, language_code=None)
    assert "llamada mensual de LACRALO, 20 de junio de 2016" in sent["text"]


@pytest.mark.asyncio
async def test_an_admin_uploads_a_transcript(bot):
    content = (DEMO / "naralo-2026-10-12-en.txt").read_bytes()
    bot.push_document("naralo.txt", content, "text/plain", chat_id=ADMIN, user_id=ADMIN, language_code="en")
    await bot.wait_for("sendMessage", count=2)
    working, done = bot.sent_messages()[-2:]
    assert "Reading" in working["text"]
    assert done["text"].startswith("Understood: NARALO monthly call, 12 October 2026, 19:00 UTC.")
    assert "agenda items" in done["text"]
    asked = await reply_to(bot, "Who presented the IPv6 adoption in rural networks?", user_id=ADMIN, language_code="en")
    assert "NARALO monthly call, 12 October 2026" in asked["text"]


@pytest.mark.asyncio
async def test_a_group_administrator_may_upload_too(bot):
    bot.set_admins(GROUP, [77], owner=78)
    content = (DEMO / "afralo-2026-10-05-fr.txt").read_bytes()
    bot.push_document("afralo.txt", content, "text/plain", chat_id=GROUP, user_id=77, language_code="fr")
    await bot.wait_for("sendMessage", count=2)
    assert bot.sent_messages()[-1]["text"].startswith("Compris : appel mensuel d'AFRALO, 5 octobre 2026")


@pytest.mark.asyncio
async def test_uploads_refused_politely(bot):
    bot.push_document("naralo.txt", b"JANE DOE: hello", "text/plain", user_id=55, language_code="en")
    await bot.wait_for("sendMessage")
    assert "Thanks! Only admins can send me transcripts." == bot.sent_messages()[-1]["text"]
    bot.push_document("huge.pdf", b"", "application/pdf", chat_id=ADMIN, user_id=ADMIN, file_size=2_000_000_000,
                      language_code="en")
    await bot.wait_for("sendMessage", count=2)
    assert "too large (2000.0 MB; the limit is 20.0 MB)" in bot.sent_messages()[-1]["text"]
    bot.push_document("photo.jpg", b"\xff\xd8\xff", "image/jpeg", chat_id=ADMIN, user_id=ADMIN, language_code="en")
    await bot.wait_for("sendMessage", count=3)
    assert "not “photo.jpg”" in bot.sent_messages()[-1]["text"]
    bot.push_document("notes.pdf", os.urandom(2000), "application/pdf", chat_id=ADMIN, user_id=ADMIN,
                      language_code="en")                                            # a lying extension
    await bot.wait_for("sendMessage", count=5)
    assert "I couldn't read “notes.pdf”: binary file, not text" in bot.sent_messages()[-1]["text"]
    assert 1 == len(bot.calls_of("getFile"))   # only notes.pdf: the refused ones were never downloaded


@pytest.mark.asyncio
async def test_edited_messages_emoji_and_very_long_messages(bot):
    bot.push_edited_message("Quand aura lieu l'événement à Montevideo ?", user_id=11)
    emoji = await reply_to(bot, "🙂🙂🙂", user_id=11, language_code="en")
    assert emoji["text"].startswith("Ask your question in words, for example:")
    long = await reply_to(bot, "Montevideo " * 372, user_id=11, language_code="fr")    # 4092 characters
    assert "Aida Noblia" in long["text"]
    assert 2 == len(bot.sent_messages())


@pytest.mark.asyncio
async def test_a_flood_is_slowed_down_with_one_notice(bot):
    for _ in range(100):
        bot.push_message("Montevideo ?", user_id=99, language_code="en")
    await bot.wait_for("sendMessage", count=31, timeout=20)
    await bot.wait_for("getUpdates", count=len(bot.calls_of("getUpdates")) + 2)
    texts = [m["text"] for m in bot.sent_messages(99)]
    assert 31 == len(texts)                       # 30 answers (the limit), one notice, then silence
    assert 1 == sum("That's a lot of questions at once" in t for t in texts)
    other = await reply_to(bot, "Montevideo ?", user_id=98, language_code="en")
    assert "Aida Noblia" in other["text"]          # other members are not slowed down


@pytest.mark.asyncio
async def test_a_failure_to_send_is_handled_and_the_bot_carries_on(bot, caplog):
    bot.fail_next("sendMessage", error_code=400, times=1)
    bot.push_message("Montevideo ?", user_id=31, language_code="en")
    await bot.wait_for("sendMessage", count=2)                  # the failed answer, then the apology
    assert "Sorry, something went wrong." in bot.sent_messages()[-1]["text"]
    assert any("error while handling update" in r.message for r in caplog.records)
    again = await reply_to(bot, "Montevideo ?", user_id=31, language_code="en")
    assert "Aida Noblia" in again["text"]


@pytest.mark.asyncio
async def test_the_token_and_messages_are_never_logged(bot, caplog):
    caplog.set_level(logging.DEBUG)
    await reply_to(bot, "secret question about Montevideo", user_id=40, language_code="en")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert bot.token not in logged and "secret question" not in logged


def test_acta_run_answers_and_stops_on_sigterm(tmp_path, seeded):
    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    with FakeTelegram.running() as tg:
        write_config(tmp_path, tg, db)
        proc = acta_run(tmp_path, tg)
        try:
            tg.wait_for_sync("getUpdates", timeout=30)
            tg.push_message("Quand aura lieu l'événement à Montevideo ?", user_id=11)
            tg.wait_for_sync("sendMessage", timeout=30)
            assert "Aida Noblia" in tg.sent_messages()[-1]["text"]
        finally:
            out, err = stop(proc)
        assert tg.token not in out + err


@pytest.mark.asyncio
async def test_network_errors_while_polling_are_retried_not_fatal(bot):
    bot.fail_next("getUpdates", error_code=502, times=2)
    bot.push_message("Montevideo ?", user_id=61, language_code="en")
    await bot.wait_for("sendMessage", timeout=20)
    assert "Aida Noblia" in bot.sent_messages()[-1]["text"]


def test_webhook_mode_receives_updates_over_https_posts(tmp_path, seeded):
    import json
    import socket
    import time
    import urllib.request

    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with FakeTelegram.running() as tg:
        write_config(tmp_path, tg, db, mode="webhook", webhook_url="https://acta.example.org/hook",
                     listen="127.0.0.1", port=port)
        proc = acta_run(tmp_path, tg, TELEGRAM_WEBHOOK_SECRET="s3cret")
        try:
            (hook,) = tg.wait_for_sync("setWebhook", timeout=30)
            assert "https://acta.example.org/hook" == hook["url"] and "s3cret" == hook["secret_token"]
            update = tg.push_message("Quand aura lieu l'événement à Montevideo ?", user_id=11)
            request = urllib.request.Request(f"http://127.0.0.1:{port}/", data=json.dumps(update).encode(),
                                             headers={"Content-Type": "application/json",
                                                      "X-Telegram-Bot-Api-Secret-Token": "s3cret"})
            for _ in range(100):             # the webhook server may still be starting
                try:
                    urllib.request.urlopen(request, timeout=5)
                    break
                except OSError:
                    time.sleep(0.1)
            tg.wait_for_sync("sendMessage", timeout=30)
            assert "Aida Noblia" in tg.sent_messages()[-1]["text"]
        finally:
            stop(proc)


@pytest.mark.asyncio
async def test_why_an_upload_failed_is_said_in_the_admins_language(bot):
    bot.push_document("vide.txt", b"JANE DOE: hello, no date here", "text/plain", chat_id=ADMIN, user_id=ADMIN,
                      language_code="fr")
    await bot.wait_for("sendMessage", count=2)
    assert ("Je n'ai pas pu lire « vide.txt » : je n'y trouve pas la date de la réunion (ni dans le nom du fichier)."
            == bot.sent_messages()[-1]["text"])



@pytest.mark.asyncio
async def test_a_cut_off_upload_does_not_replace_the_meeting(bot):
    bot.push_document("lacralo-2016-06-20-fr.txt", CALL_2016.read_bytes()[:20_000], "text/plain", chat_id=ADMIN,
                      user_id=ADMIN, language_code="es")
    await bot.wait_for("sendMessage", count=2)
    assert ("reemplazaría la reunión lacralo-2016-06-20-fr (75 intervenciones) por 15 intervenciones: parece incompleto"
            in bot.sent_messages()[-1]["text"])
    asked = await reply_to(bot, "Quand aura lieu l'événement à Montevideo ?", user_id=ADMIN, language_code="fr")
    assert "Aida Noblia — appel mensuel de LACRALO, 20 juin 2016" in asked["text"]

@contextlib.asynccontextmanager
async def summary_poster(tmp_path, seeded, chats):
    """A started bot over a copy of the seeded archive, and the summary job as its queue runs it."""
    from bot.handlers import post_summaries

    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)           # the archive: ingested before, never posted
    async with FakeTelegram() as tg:
        app = build_application(write_config(tmp_path, tg, db, chats=chats), tg.token)
        await app.initialize()
        await app.post_init(app)
        context = type("Context", (), {"application": app, "bot": app.bot})()
        try:
            yield tg, app, db, lambda: post_summaries(context)
        finally:
            await app.post_shutdown(app)
            await app.shutdown()


@pytest.mark.asyncio
async def test_summaries_are_posted_once_per_new_meeting_and_chat(tmp_path, seeded):
    async with summary_poster(tmp_path, seeded, [GROUP, -4002]) as (tg, app, db, post_summaries):
        svc = app.bot_data["services"]
        await post_summaries()
        assert [] == tg.sent_messages()
        with Store(db) as other:      # `acta ingest` from another process while the bot runs
            ingest.ingest_file(other, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=10_000_000)
        tg.fail_next("sendMessage", error_code=403, times=1)     # the first chat has blocked the bot
        await post_summaries()
        posted = tg.sent_messages()
        assert {-4002} == {m["chat_id"] for m in posted}
        assert posted[0]["text"].startswith("NARALO monthly call, 12 October 2026, 19:00 UTC")
        assert "Full transcript" in [b["text"] for b in inline_buttons(posted[-1])]
        before = len(tg.sent_messages())
        await post_summaries()                                   # again, or after a restart: nothing new
        assert before == len(tg.sent_messages())
        failed = svc.store.db.execute("SELECT chat_id, error FROM summary_posts WHERE error IS NOT NULL").fetchall()
        assert [(GROUP, "Forbidden")] == failed


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore:Deprecated since version v22.2:DeprecationWarning")     # PTB's own, on retry_after
async def test_a_summary_telegram_could_not_take_for_now_is_posted_at_the_next_tick(tmp_path, seeded):
    async with summary_poster(tmp_path, seeded, [GROUP]) as (tg, app, db, post_summaries):
        await post_summaries()                                   # the archive: not posted
        with Store(db) as other:
            ingest.ingest_file(other, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=10_000_000)
        tg.fail_next("sendMessage", error_code=429, retry_after=1)   # flood control
        await post_summaries()
        tg.fail_next("sendMessage", error_code=502, times=1)     # Bad Gateway: the network, not the chat
        await post_summaries()
        assert [] == tg.sent_messages()
        await post_summaries()
        posted = tg.sent_messages()
        assert posted and posted[0]["text"].startswith("NARALO monthly call, 12 October 2026")
        svc = app.bot_data["services"]
        assert [(GROUP, None)] == svc.store.db.execute("SELECT chat_id, error FROM summary_posts").fetchall()


@pytest.mark.asyncio
async def test_a_call_in_two_languages_is_posted_once_in_the_chats_language(tmp_path, seeded):
    async with summary_poster(tmp_path, seeded, [GROUP]) as (tg, app, db, post_summaries):
        await post_summaries()
        with Store(db) as other:      # the Spanish channel arrives first: it is the call's root
            for name in ("lacralo-2026-09-21-es.txt", "lacralo-2026-09-21-en.txt"):
                ingest.ingest_file(other, str(DEMO / name), max_bytes=10_000_000)
        await post_summaries()
        posted = tg.sent_messages()
        assert posted and {GROUP} == {m["chat_id"] for m in posted}
        assert posted[0]["text"].startswith("LACRALO monthly call, 21 September 2026")
        assert "s:en:lacralo-2026-09-21-en" in [b["callback_data"] for b in inline_buttons(posted[-1])]


@pytest.mark.asyncio
async def test_the_job_queue_sends_a_due_reminder_once(tmp_path, seeded):
    import datetime as dt

    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    # The 10-minute reminder falls due within the last minute: on time, not late.
    start = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=10)).replace(second=0, microsecond=0)
    async with FakeTelegram() as tg:
        write_config(tmp_path, tg, db)
        path = tmp_path / "bot.toml"
        path.write_text(path.read_text() + f'[reminders]\ncheck_seconds = 1\n[display]\ntimezones = ["UTC", '
                        f'"America/Bogota"]\n[[events]]\ntitle = "Webinar on DNS abuse"\n'
                        f'start = "{start:%Y-%m-%dT%H:%M}"\ntimezone = "UTC"\nlink = "https://example.org/j"\n'
                        f'chats = [{GROUP}]\n')
        app = build_application(config_mod.load(path), tg.token)
        await app.initialize()
        await app.post_init(app)
        await app.start()                 # starts the real job queue (APScheduler)
        try:
            await tg.wait_for("sendMessage", timeout=15)
            await asyncio.sleep(2.5)      # two more ticks: nothing more is sent
        finally:
            await app.stop()
            await app.post_shutdown(app)
            await app.shutdown()
        sent_all = tg.sent_messages(GROUP)
        assert 1 == len(sent_all), [m["text"][:80] for m in sent_all]
        sent = sent_all[0]
        assert sent["text"].startswith("⏰ Reminder — Webinar on DNS abuse")
        assert f"{start:%H:%M} UTC · " in sent["text"] and "https://example.org/j" in sent["text"]


def _ics(events: list[tuple[str, str]]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "X-WR-CALNAME:LACRALO"]
    for title, start in events:
        lines += ["BEGIN:VEVENT", f"UID:{title.replace(' ', '-')}@test", f"SUMMARY:{title}", f"DTSTART:{start}", f"DTSTAMP:{start}",
                  "END:VEVENT"]
    return ("\r\n".join(lines + ["END:VCALENDAR"]) + "\r\n").encode()


@pytest.mark.asyncio
async def test_an_admin_imports_an_ics_and_members_see_it(bot):
    import datetime as dt

    soon = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=3)
    events = [("Past call", "20200101T120000Z"), ("DNS abuse webinar", f"{soon:%Y%m%dT%H%M00Z}")]
    events += [(f"Spam {i}", f"{soon + dt.timedelta(hours=i + 1):%Y%m%dT%H%M00Z}") for i in range(300)]
    bot.push_document("calendar.ics", _ics(events), "text/calendar", chat_id=GROUP, user_id=ADMIN, language_code="en")
    await bot.wait_for("sendMessage")
    assert ("Calendar imported: 200 upcoming event(s); 102 left out (past, too far ahead or too many)."
            == bot.sent_messages()[-1]["text"])
    listed = await reply_to(bot, "/events", chat_id=GROUP, user_id=55, language_code="en")
    assert 1 == listed["text"].count("DNS abuse webinar")
    # Its reminders go to that group: another does not see it, nor a member in private who never wrote there
    elsewhere = await reply_to(bot, "/events", chat_id=-4999, user_id=56, language_code="en")
    assert "DNS abuse webinar" not in elsewhere["text"]
    alone = await reply_to(bot, "/events", user_id=57, language_code="en")
    assert "DNS abuse webinar" not in alone["text"]
    mine = await reply_to(bot, "/events", user_id=55, language_code="en")      # 55 wrote in the group
    assert "DNS abuse webinar" in mine["text"]
    # The calendar's newer export: the webinar is gone from it, the rest as before.
    sent = len(bot.calls_of("sendMessage"))
    bot.push_document("calendar.ics", _ics([e for e in events if e[0] != "DNS abuse webinar"]), "text/calendar",
                      chat_id=GROUP, user_id=ADMIN, language_code="en")
    await bot.wait_for("sendMessage", count=sent + 1)
    assert bot.sent_messages()[-1]["text"].endswith(
        "Of these, 199 were already imported (0 updated); 1 imported before are no longer in the calendar and are cancelled.")
    listed = await reply_to(bot, "/events", chat_id=GROUP, user_id=55, language_code="en")
    assert "DNS abuse webinar" not in listed["text"] and "Spam 0" in listed["text"]
    sent = len(bot.calls_of("sendMessage"))
    bot.push_document("broken.ics", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\n", "text/calendar",
                      chat_id=GROUP, user_id=ADMIN, language_code="en")
    await bot.wait_for("sendMessage", count=sent + 1)
    assert bot.sent_messages()[-1]["text"].startswith("I couldn't import that calendar:")


@pytest.mark.asyncio
async def test_schedule_needs_an_admin_in_telegram_too(bot):
    refused = await reply_to(bot, "/schedule 2 December 2027 15:00 | Call", user_id=55, language_code="en")
    assert "Only admins can do that." == refused["text"]
    proposal = await reply_to(bot, "/schedule 2 December 2027 15:00 | Call", chat_id=ADMIN, user_id=ADMIN,
                              language_code="en")
    confirm = next(b["callback_data"] for b in inline_buttons(proposal) if b["text"] == "Confirm")
    bot.push_callback_query(confirm, message=proposal["message"], user_id=55, language_code="en")
    await bot.wait_for("sendMessage", count=3)
    assert "Only admins can do that." == bot.sent_messages()[-1]["text"]
    bot.push_callback_query(confirm, message=proposal["message"], user_id=ADMIN, language_code="en")
    await bot.wait_for("sendMessage", count=4)
    assert bot.sent_messages()[-1]["text"].startswith("Scheduled (#1): “Call”, 2 December 2027")


@pytest.mark.asyncio
async def test_a_survey_is_posted_as_polls_and_answers_are_recorded(tmp_path, seeded):
    import datetime as dt

    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    start = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=61)).replace(second=0, microsecond=0)
    async with FakeTelegram() as tg:
        write_config(tmp_path, tg, db)
        path = tmp_path / "bot.toml"
        path.write_text(path.read_text() + f'[reminders]\ncheck_seconds = 1\n[[events]]\ntitle = "DNS webinar"\n'
                        f'start = "{start:%Y-%m-%dT%H:%M}"\ntimezone = "UTC"\nduration = "1h"\nchats = [{GROUP}]\n'
                        'survey = ["Was the technology good?", "Did the speaker master the subject?"]\n'
                        'survey_options = ["yes", "no"]\n')
        app = build_application(config_mod.load(path), tg.token)
        tg.fail_next("sendPoll", error_code=502, times=1)       # Bad Gateway: the survey is posted at a later tick
        await app.initialize()
        await app.post_init(app)
        await app.updater.start_polling(poll_interval=0, timeout=1)
        await app.start()
        try:
            polls = (await tg.wait_for("sendPoll", count=3, timeout=15))[-2:]
            assert ["Was the technology good?", "Did the speaker master the subject?"] == [p["question"] for p in polls]
            assert all(p.get("is_anonymous") is False for p in polls)
            svc = app.bot_data["services"]
            (survey,) = svc.store.surveys("open")
            poll_ids = [p["poll_id"] for p in svc.store.survey_polls(survey["id"])]
            tg.push_poll_answer(poll_ids[0], user_id=71, option_ids=[0])
            for _ in range(50):
                if svc.store.db.execute("SELECT count(*) FROM poll_answers").fetchone()[0]:
                    break
                await asyncio.sleep(0.1)
            assert [("yes", 1), ("no", 0)] == svc.store.poll_counts(survey["id"])[0][1]
        finally:
            await app.updater.stop()
            await app.stop()
            await app.post_shutdown(app)
            await app.shutdown()


@pytest.mark.asyncio
async def test_a_chat_the_bot_is_not_in_is_reported_to_the_admin(tmp_path, seeded, caplog):
    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    async with FakeTelegram() as tg:
        app = build_application(write_config(tmp_path, tg, db, chats=[-4002]), tg.token)
        tg.fail_next("getChat", error_code=400, times=1)
        await app.initialize()
        await app.post_init(app)
        (told,) = tg.sent_messages(ADMIN)
        assert told["text"].startswith("bot.toml names chat -4002, but the bot cannot reach it")
        assert "bot.toml names chat -4002" in caplog.text
        await app.post_shutdown(app)
        await app.shutdown()
