"""The Telegram bot end to end: the real python-telegram-bot client against a fake Bot API
server on 127.0.0.1 (tests/fake_telegram/), a real SQLite file, real handlers."""
from __future__ import annotations

import contextlib
import logging
import os
import shutil

import pytest
import pytest_asyncio

from bot.app import build_application

from conftest import ADMIN, CALL_2016, DEMO, GROUP, running, write_config
from fake_telegram import FakeTelegram, inline_buttons


@contextlib.asynccontextmanager
async def serving(tmp_path, seeded, ready=None):
    """A bot polling a fake Bot API over a copy of the seeded archive (``ready``: as ``running``)."""
    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    async with FakeTelegram() as tg:
        async with running(build_application(write_config(tmp_path, tg, db), tg.token), polling=True, ready=ready):
            yield tg


@pytest_asyncio.fixture
async def bot(tmp_path, seeded):
    async with serving(tmp_path, seeded) as tg:
        yield tg


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


async def _uploaded(bot, name: str, content: bytes, language: str) -> str:
    """The bot's last reply to a bot admin sending it this file (after its "reading…")."""
    bot.push_document(name, content, "text/plain", chat_id=ADMIN, user_id=ADMIN, language_code=language)
    await bot.wait_for("sendMessage", count=2)
    return bot.sent_messages()[-1]["text"]


@pytest.mark.asyncio
async def test_an_upload_dated_after_today_is_understood_with_a_warning(bot):
    content = (DEMO / "naralo-2026-10-12-en.txt").read_bytes().replace(b"12 October 2026", b"12 October 2062", 1)
    done = await _uploaded(bot, "naralo-typo.txt", content, "en")
    assert done.startswith("Understood: NARALO monthly call, 12 October 2062, 19:00 UTC.")
    assert done.endswith("Note: it is dated 12 October 2062, after today. Is the date in its opening (or its file "
                         "name) right?")


@pytest.mark.asyncio
async def test_an_upload_dated_otherwise_than_its_file_name_is_understood_with_a_warning(bot):
    content = (DEMO / "naralo-2026-10-12-en.txt").read_bytes().replace(
        b"Welcome to the NARALO monthly call on Monday, 12 October 2026.",
        b"Welcome to the NARALO monthly call. Our next call is on 9 November 2026. Today is Monday, 12 October 2026.", 1)
    done = await _uploaded(bot, "naralo-2026-11-09-en.txt", content, "es")
    assert done.startswith("Entendido: llamada mensual de NARALO, 12 de octubre de 2026, 19:00 UTC.")
    assert done.endswith("Atención: su apertura dice 12 de octubre de 2026, pero el nombre del archivo dice 9 de "
                         "noviembre de 2026; tomé 12 de octubre de 2026. ¿Cuál es la correcta?")


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
async def test_a_flood_is_slowed_down_with_one_notice(tmp_path, seeded):
    clock = [1000.0]           # the rate limit's clock stands still: no question is refilled mid-flood

    def frozen(app):
        app.bot_data["services"].rate_limit.clock = lambda: clock[0]
    async with serving(tmp_path, seeded, ready=frozen) as bot:
        for _ in range(100):
            bot.push_message("Montevideo ?", user_id=99, language_code="en")
        await bot.wait_for("sendMessage", count=31, timeout=20)
        await bot.wait_for("getUpdates", count=len(bot.calls_of("getUpdates")) + 2)
        texts = [m["text"] for m in bot.sent_messages(99)]
        assert 31 == len(texts)                       # 30 answers (the limit), one notice, then silence
        assert 1 == sum("That's a lot of questions at once" in t for t in texts)
        other = await reply_to(bot, "Montevideo ?", user_id=98, language_code="en")
        assert "Aida Noblia" in other["text"]          # other members are not slowed down
        clock[0] += 60                                 # a minute later: a full minute's questions again
        again = await reply_to(bot, "Montevideo ?", user_id=99, language_code="en")
        assert "Aida Noblia" in again["text"]


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
async def test_with_no_telegram_chats_each_group_served_is_named_in_the_log_once(bot, caplog):
    for _ in range(2):
        await reply_to(bot, "/ask Montevideo ?", chat_id=GROUP, user_id=12)
    await reply_to(bot, "Montevideo ?", user_id=12)                         # a private chat is not noted
    noted = [r.getMessage() for r in caplog.records if "group chat" in r.getMessage()]
    assert [f"serving group chat {GROUP}; [telegram] chats is empty: list the groups there for summaries and "
            "reminders to be posted to them"] == noted


@pytest.mark.asyncio
async def test_the_token_and_messages_are_never_logged(bot, caplog):
    caplog.set_level(logging.DEBUG)
    await reply_to(bot, "secret question about Montevideo", user_id=40, language_code="en")
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert bot.token not in logged and "secret question" not in logged


@pytest.mark.asyncio
async def test_network_errors_while_polling_are_retried_not_fatal(bot):
    bot.fail_next("getUpdates", error_code=502, times=2)
    bot.push_message("Montevideo ?", user_id=61, language_code="en")
    await bot.wait_for("sendMessage", timeout=20)
    assert "Aida Noblia" in bot.sent_messages()[-1]["text"]


@pytest.mark.asyncio
async def test_why_an_upload_failed_is_said_in_the_admins_language(bot):
    bot.push_document("vide.txt", b"JANE DOE: hello, no date here", "text/plain", chat_id=ADMIN, user_id=ADMIN,
                      language_code="fr")
    await bot.wait_for("sendMessage", count=2)
    assert ("Je n'ai pas pu lire « vide.txt » : ce n'est pas une transcription : personne n'y prend la parole. "
            "Je n'y trouve pas la date de la réunion (ni dans le nom du fichier)." == bot.sent_messages()[-1]["text"])
    # A README sent by mistake: that it is no transcript first, then what else it lacks
    bot.push_document("README.md", b"# Our group\n\nHow we work: calls are on Mondays.\n", "text/markdown",
                      chat_id=ADMIN, user_id=ADMIN, language_code="pt")
    await bot.wait_for("sendMessage", count=4)
    assert bot.sent_messages()[-1]["text"].startswith("Não consegui ler «README.md»: não é uma transcrição: ninguém "
                                                      "fala nele. Não encontro ")


@pytest.mark.asyncio
async def test_a_cut_off_upload_does_not_replace_the_meeting(bot):
    bot.push_document("lacralo-2016-06-20-fr.txt", CALL_2016.read_bytes()[:20_000], "text/plain", chat_id=ADMIN,
                      user_id=ADMIN, language_code="es")
    await bot.wait_for("sendMessage", count=2)
    assert ("reemplazaría la reunión lacralo-2016-06-20-fr (75 intervenciones) por 15 intervenciones: parece incompleto"
            in bot.sent_messages()[-1]["text"])
    asked = await reply_to(bot, "Quand aura lieu l'événement à Montevideo ?", user_id=ADMIN, language_code="fr")
    assert "Aida Noblia — appel mensuel de LACRALO, 20 juin 2016" in asked["text"]


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
    assert ("Calendar imported: 200 upcoming event(s); 102 left out (past, too far ahead or too many).\n"
            "Reminders will go to this chat." == bot.sent_messages()[-1]["text"])
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
        "Of these, 199 were already imported (0 updated). 1 imported before are no longer in the calendar and are "
        f"cancelled.\nWithdrawn: “DNS abuse webinar” ({soon.day} {soon:%B %Y}).\nReminders will go to this chat.")
    listed = await reply_to(bot, "/events", chat_id=GROUP, user_id=55, language_code="en")
    assert "DNS abuse webinar" not in listed["text"] and "Spam 0" in listed["text"]
    sent = len(bot.calls_of("sendMessage"))
    bot.push_document("broken.ics", b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\n", "text/calendar",
                      chat_id=GROUP, user_id=ADMIN, language_code="en")
    await bot.wait_for("sendMessage", count=sent + 1)
    assert bot.sent_messages()[-1]["text"].startswith("I couldn't import that calendar:")


@pytest.mark.asyncio
async def test_an_all_day_event_sent_in_an_ics_is_named_as_left_out(bot):
    import datetime as dt

    soon = dt.date.today() + dt.timedelta(days=20)
    content = _ics([("DNS abuse webinar", f"{soon:%Y%m%d}T150000Z")]).replace(
        b"END:VCALENDAR", f"BEGIN:VEVENT\r\nUID:icann@test\r\nSUMMARY:ICANN meeting\r\nDTSTART;VALUE=DATE:{soon:%Y%m%d}\r\n"
                          "END:VEVENT\r\nEND:VCALENDAR".encode())
    bot.push_document("calendar.ics", content, "text/calendar", chat_id=GROUP, user_id=ADMIN, language_code="es")
    await bot.wait_for("sendMessage")
    assert bot.sent_messages()[-1]["text"].startswith(
        "Calendario importado: 1 evento(s) próximos; 0 omitido(s)")
    assert ("1 evento(s) de día completo omitido(s), sin hora a la que recordarlos (/schedule con una hora para un "
            "recordatorio): «ICANN meeting»") in bot.sent_messages()[-1]["text"]
    listed = await reply_to(bot, "/events", chat_id=GROUP, user_id=55, language_code="en")
    assert "DNS abuse webinar" in listed["text"] and "ICANN" not in listed["text"]


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


@pytest.mark.parametrize("language, replaces", [
    ("en", "(This version replaces its draft “naralo-2026-10-12-en-draft.txt”, stored before.)"),
    ("es", "(Esta versión reemplaza a su borrador «naralo-2026-10-12-en-draft.txt», guardado antes.)"),
])
@pytest.mark.asyncio
async def test_an_upload_of_a_final_after_its_draft_names_the_draft_it_replaces(bot, language, replaces):
    content = (DEMO / "naralo-2026-10-12-en.txt").read_bytes()
    draft = content.replace(b"Tamara, could you", b"Tamara, would you", 1)
    assert (await _uploaded(bot, "naralo-2026-10-12-en-draft.txt", draft, language)).endswith(".")
    bot.push_document("naralo-2026-10-12-en-FINAL.txt", content, "text/plain", chat_id=ADMIN, user_id=ADMIN,
                      language_code=language)
    await bot.wait_for("sendMessage", count=4)
    assert bot.sent_messages()[-1]["text"].endswith(replaces)


@pytest.mark.asyncio
async def test_an_upload_of_a_draft_after_its_final_is_not_stored_and_the_reply_says_so(bot):
    content = (DEMO / "naralo-2026-10-12-en.txt").read_bytes()
    assert (await _uploaded(bot, "naralo-2026-10-12-en-FINAL.txt", content, "en")).startswith("Understood: NARALO")
    bot.push_document("naralo-2026-10-12-en-draft.txt", content.replace(b"Tamara, could you", b"Tamara, would you", 1),
                      "text/plain", chat_id=ADMIN, user_id=ADMIN, language_code="en")
    await bot.wait_for("sendMessage", count=4)
    said = bot.sent_messages()[-1]["text"]
    assert ("I did not store “naralo-2026-10-12-en-draft.txt”: NARALO monthly call, 12 October 2026, was stored from "
            "a later version of it (naralo-2026-10-12-en-FINAL.txt). To store this one instead: acta ingest "
            "--replace.") == said
