"""A bot serving several groups: a group's administrator schedules, imports and cancels for that
group only; a bot admin ([telegram] admins) for every chat."""
from __future__ import annotations

import shutil

import pytest
import pytest_asyncio

from bot.app import build_application

from conftest import ADMIN, GROUP, running, write_config
from fake_telegram import FakeTelegram, inline_buttons

OTHER = -4777
GROUP_ADMIN, OTHER_ADMIN = 77, 92


@pytest_asyncio.fixture
async def groups(tmp_path, seeded):
    """The bot for two groups, each with an administrator who is no bot admin."""
    db = tmp_path / "acta.db"
    shutil.copy(seeded, db)
    async with FakeTelegram() as tg:
        app = build_application(write_config(tmp_path, tg, db, chats=[GROUP, OTHER]), tg.token)
        tg.set_admins(GROUP, [GROUP_ADMIN], owner=78)
        tg.set_admins(OTHER, [OTHER_ADMIN], owner=93)
        async with running(app, polling=True):
            yield tg, app.bot_data["services"].store


async def reply_to(tg: FakeTelegram, text: str, **kwargs) -> str:
    before = len(tg.sent_messages())
    tg.push_message(text, language_code="en", **kwargs)
    await tg.wait_for("sendMessage", count=len(tg.calls_of("sendMessage")) + 1)
    return tg.sent_messages()[before]["text"]


async def schedule(tg: FakeTelegram, text: str, chat_id: int, user_id: int) -> str:
    """/schedule, then Confirm: the proposal's text."""
    before = len(tg.sent_messages())
    tg.push_message(f"/schedule {text}", chat_id=chat_id, user_id=user_id, language_code="en")
    await tg.wait_for("sendMessage", count=len(tg.calls_of("sendMessage")) + 1)
    proposal = tg.sent_messages()[before]
    confirm = next(b["callback_data"] for b in inline_buttons(proposal) if b["text"] == "Confirm")
    tg.push_callback_query(confirm, message=proposal["message"], user_id=user_id, language_code="en")
    await tg.wait_for("sendMessage", count=len(tg.calls_of("sendMessage")) + 1)
    assert tg.sent_messages()[-1]["text"].startswith("Scheduled (#")
    return proposal["text"]


async def send_ics(tg: FakeTelegram, title: str, chat_id: int, user_id: int) -> str:
    content = (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:{title}@test\r\nSUMMARY:{title}\r\n"
               "DTSTART:20270203T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    sent = len(tg.calls_of("sendMessage"))
    tg.push_document("event.ics", content, "text/calendar", chat_id=chat_id, user_id=user_id, language_code="en")
    await tg.wait_for("sendMessage", count=sent + 1)
    return tg.sent_messages()[-1]["text"]


@pytest.mark.asyncio
async def test_a_group_administrator_schedules_and_cancels_for_their_group_only(groups):
    tg, store = groups
    proposal = await schedule(tg, "2 February 2027 15:00 | Group workshop", GROUP, GROUP_ADMIN)
    assert proposal.endswith("\nReminders will go to this group only (only a bot admin, [telegram] admins, "
                             "schedules for every group).")
    assert [("Group workshop", [GROUP])] == [(e["title"], e["chats"]) for e in store.scheduled_events()]
    assert "Group workshop" not in await reply_to(tg, "/events", chat_id=OTHER, user_id=91)
    assert "Group workshop" in await reply_to(tg, "/events", chat_id=GROUP, user_id=91)
    assert "Event #1 was scheduled for another group: it can only be cancelled from that group." == \
        await reply_to(tg, "/cancel 1", chat_id=OTHER, user_id=OTHER_ADMIN)
    assert "Cancelled: “Group workshop”." == await reply_to(tg, "/cancel 1", chat_id=GROUP, user_id=GROUP_ADMIN)


@pytest.mark.asyncio
async def test_a_bot_admin_schedules_for_every_chat_and_group_administrators_cannot_cancel_it(groups):
    tg, store = groups
    proposal = await schedule(tg, "2 February 2027 15:00 | Regional webinar", GROUP, ADMIN)
    assert proposal.endswith("\nReminders will go to every chat the bot serves (2).")
    assert [[GROUP, OTHER]] == [e["chats"] for e in store.scheduled_events()]
    assert "Regional webinar" in await reply_to(tg, "/events", chat_id=OTHER, user_id=91)
    for chat, admin in ((GROUP, GROUP_ADMIN), (OTHER, OTHER_ADMIN)):
        assert "Event #1 is for several groups: only a bot admin ([telegram] admins) can change or cancel it." == \
            await reply_to(tg, "/cancel 1", chat_id=chat, user_id=admin)
    # Nor with a button's data forged in their group (the undo button of a summary's date).
    sent = len(tg.calls_of("sendMessage"))
    tg.push_callback_query("e:x:1", message=tg.sent_messages(GROUP)[-1]["message"], user_id=GROUP_ADMIN,
                           language_code="en")
    await tg.wait_for("sendMessage", count=sent + 1)
    assert tg.sent_messages()[-1]["text"].startswith("Event #1 is for several groups")
    assert "active" == store.scheduled_event(1)["status"]
    assert "Cancelled: “Regional webinar”." == await reply_to(tg, "/cancel 1", chat_id=GROUP, user_id=ADMIN)


@pytest.mark.asyncio
async def test_an_ics_from_a_group_administrator_is_for_their_group_only(groups):
    tg, store = groups
    said = await send_ics(tg, "Group call", GROUP, GROUP_ADMIN)
    assert said.endswith("\nReminders will go to this group only (only a bot admin, [telegram] admins, "
                         "schedules for every group).")
    assert "Reminders will go to every chat the bot serves (2)." in await send_ics(tg, "Regional call", GROUP, ADMIN)
    assert [("Group call", [GROUP]), ("Regional call", [GROUP, OTHER])] == sorted(
        (e["title"], e["chats"]) for e in store.scheduled_events())
    listed = await reply_to(tg, "/events", chat_id=OTHER, user_id=91)
    assert "Regional call" in listed and "Group call" not in listed


@pytest.mark.asyncio
async def test_a_group_not_in_telegram_chats_is_named_in_the_log_once_for_the_operator(groups, caplog):
    tg, _ = groups
    for _ in range(2):
        tg.push_message("/ask Montevideo ?", chat_id=-1009999, user_id=12, language_code="en")
    await reply_to(tg, "/ask Montevideo ?", chat_id=GROUP, user_id=12)      # (updates are handled in order)
    noted = [r.getMessage() for r in caplog.records if "group chat" in r.getMessage()]
    assert ["group chat -1009999 wrote to the bot, but it is not in [telegram] chats: not answered"] == noted
