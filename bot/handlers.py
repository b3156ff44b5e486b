"""Telegram handlers: thin. Each parses the update, calls the dialogue (or ingestion), and sends
the replies. Which messages deserve an answer in a group is decided here."""
from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import io
import logging
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, LinkPreviewOptions, Message, Update
from telegram.constants import ChatType, MessageEntityType, ParseMode
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import ContextTypes

from bot import i18n, render_events
from bot.dialogue import Member, Reply
from jobs import calendar, destinations, ics, reminders, surveys
from jobs.summaries import post_due_summaries
from knowledge import formats
from knowledge.errors import TryAgain

T = TypeVar("T")

log = logging.getLogger(__name__)
ADMIN_CACHE_SECONDS = 600
ADMIN_COMMANDS = ("schedule", "cancel")


def services(context: ContextTypes.DEFAULT_TYPE):
    return context.application.bot_data["services"]


def member(update: Update) -> Member:
    user, chat = update.effective_user, update.effective_chat
    return Member(user.id if user else 0, user.language_code if user else None, chat=chat.id if chat else None)


def in_scope(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Private chats always; groups only when listed in [telegram] chats (or none is listed)."""
    chat = update.effective_chat
    allowed = services(context).config.telegram.chats
    served = chat is not None and (chat.type == ChatType.PRIVATE or destinations.served_chat(chat.id, allowed))
    if chat is not None and chat.type != ChatType.PRIVATE and not (served and allowed):
        _note_group(context, chat.id, served)
    return served


def _note_group(context: ContextTypes.DEFAULT_TYPE, chat_id: int, served: bool) -> None:
    """A group the operator has not listed in [telegram] chats, in the log once a run with its id
    (where an operator finds the id to list)."""
    noted = context.application.bot_data.setdefault("groups_noted", set())
    if chat_id in noted:
        return
    noted.add(chat_id)
    if served:
        log.warning("serving group chat %s; [telegram] chats is empty: list the groups there for summaries and "
                    "reminders to be posted to them", chat_id)
    else:
        log.warning("group chat %s wrote to the bot, but it is not in [telegram] chats: not answered", chat_id)


async def send(message: Message, replies: list[Reply]) -> None:
    """Send replies under a message: HTML, buttons, documents."""
    await post(message.get_bot(), message.chat_id, replies, reply_to=message.message_id)


async def post(bot: Bot, chat_id: int, replies: list[Reply], reply_to: int | None = None) -> None:
    """Send replies to a chat (under a message when ``reply_to`` is given). TryAgain when Telegram
    could not take them for now (network, timeout, flood control), not when it refused them."""
    sent = 0
    try:
        for reply in replies:
            await _post(bot, chat_id, reply, reply_to)
            sent += 1
    except (NetworkError, RetryAfter) as e:
        raise _for_now(e, sent) from e


async def _once(call: Awaitable[T]) -> T:
    """One Bot API call for a job; TryAgain when Telegram could not take it for now (see _for_now)."""
    try:
        return await call
    except (NetworkError, RetryAfter) as e:
        raise _for_now(e) from e


def _for_now(e: NetworkError | RetryAfter, sent: int = 0) -> Exception:
    """What a Telegram error is to the jobs: TryAgain when Telegram could not take a message for
    now (timeout, flood control, network), itself when it refused it (a BadRequest is a
    NetworkError too, but final)."""
    return e if isinstance(e, BadRequest) else TryAgain(e.__class__.__name__, sent)


async def _post(bot: Bot, chat_id: int, reply: Reply, reply_to: int | None) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data)] for b in reply.buttons]) \
        if reply.buttons else None
    if reply.document:
        name, content = reply.document
        await bot.send_document(chat_id, InputFile(io.BytesIO(content), filename=name), caption=reply.html,
                                parse_mode=ParseMode.HTML, reply_markup=markup, reply_to_message_id=reply_to)
    else:
        await bot.send_message(chat_id, reply.html, parse_mode=ParseMode.HTML, reply_markup=markup,
                               link_preview_options=LinkPreviewOptions(is_disabled=True),
                               reply_to_message_id=reply_to)


def delivered(svc) -> list[calendar.Event]:
    """The events as reminders and surveys both go out: not to the groups no longer in [telegram]
    chats that events from the chat or an .ics were for (each job then expands them with
    ``calendar.upcoming``: a call known twice once, an occurrence an invitation moved at its new time)."""
    return destinations.deliverable(svc.dialogue.all_events(), svc.config.telegram.chats)


async def remind(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: plan reminders from the calendar, and send the ones that are due, once each."""
    svc = services(context)
    now = svc.dialogue.clock()
    lang = svc.config.answers.default_language
    events = delivered(svc)
    reminders.plan(svc.store, events, svc.offsets, now)

    async def send(due: reminders.Due) -> None:
        await post(context.bot, due.chat_id, [Reply(render_events.reminder_html(due, svc.config.display.timezones, lang))])

    await reminders.deliver(svc.store, events, now, send)


async def run_surveys(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: open surveys after their event, remind, close and post results."""
    svc = services(context)
    lang = svc.config.answers.default_language
    anonymous = svc.config.surveys.anonymous

    async def post_poll(chat: int, question: str, options) -> tuple[str, int]:
        message = await _once(context.bot.send_poll(chat, question, list(options), is_anonymous=anonymous))
        return message.poll.id, message.message_id

    async def stop_poll(chat: int, message_id: int) -> list[int]:
        poll = await _once(context.bot.stop_poll(chat, message_id))
        return [option.voter_count for option in poll.options]

    async def say(chat: int, what: str, values: dict) -> None:
        await post(context.bot, chat, [Reply(render_events.survey_message(what, values, svc.config.display.timezones, lang))])

    # Anonymous polls send no poll_answer: nobody can be told they have not answered.
    remind_before = dt.timedelta(seconds=0 if anonymous else svc.config.surveys.remind_before_hours * 3600)
    await surveys.tick(svc.store, delivered(svc), svc.dialogue.clock(), post_poll, stop_poll, say, remind_before,
                       svc.config.telegram.chats)


async def on_poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A member answered (or withdrew an answer to) one of our polls."""
    answer = update.poll_answer
    if answer.user is not None:
        services(context).store.record_poll_answer(answer.poll_id, answer.user.id, list(answer.option_ids))


def seen(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Remember who writes where: survey reminders go to members of the chat (in private when
    they have started the bot)."""
    user, chat = update.effective_user, update.effective_chat
    if user and chat and not user.is_bot:
        services(context).store.saw_member(user.id, chat.id, user.language_code)


async def post_summaries(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Job: post the summary of every newly ingested meeting to the configured chats, once."""
    svc = services(context)
    lang = svc.config.answers.default_language

    async def send_summary(mid: str, chat: int) -> None:
        # A call held in several languages is posted once, from its version in the chat's language.
        version = svc.store.meeting_summary(mid).version(lang) or mid
        await post(context.bot, chat, svc.dialogue.summary(version, lang))

    await post_due_summaries(svc.store, svc.config.telegram.chats, send_summary)


async def _limited(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True when the member is over the rate limit (told once, then silence)."""
    limit = services(context).rate_limit
    who = member(update)
    if limit.allow(who.id):
        return False
    if limit.first_refusal(who.id) and update.effective_message:
        lang = services(context).dialogue.language(who)
        await update.effective_message.reply_text(i18n.t(lang, "slow_down"))
    return True


async def on_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask, /meetings, /who… (PTB already ignores commands addressed to another bot)."""
    message = update.effective_message
    if not in_scope(update, context):
        return
    seen(update, context)
    if await _limited(update, context):
        return
    name = message.text.split()[0][1:].split("@")[0].lower()
    args = message.text.split(maxsplit=1)[1] if len(message.text.split(maxsplit=1)) > 1 else ""
    who = member(update)
    if name in ADMIN_COMMANDS:
        who = await with_rights(update, context, who)
    elif name == "events":            # (a bot admin also sees the events of groups no longer served)
        who = dataclasses.replace(who, bot_admin=is_bot_admin(update, context))
    await send(message, services(context).dialogue.command(name, args, who))


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An unknown /command: answered in private or when addressed to us, else left to other bots."""
    message = update.effective_message
    first = message.text.split()[0]
    addressed = first.lower().endswith("@" + context.bot.username.lower())
    if "@" in first and not addressed:
        return
    if message.chat.type != ChatType.PRIVATE and not addressed:
        return
    if not in_scope(update, context) or await _limited(update, context):
        return
    await send(message, services(context).dialogue.command("?", "", member(update)))


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A question: any message in private; in a group only a mention of the bot or a reply to it."""
    message = update.effective_message
    if not in_scope(update, context):
        return
    seen(update, context)
    text = message.text or ""
    if message.chat.type != ChatType.PRIVATE:
        mention = "@" + context.bot.username
        mentioned = any(e.type == MessageEntityType.MENTION and message.parse_entity(e).lower() == mention.lower()
                        for e in message.entities)
        replied = message.reply_to_message is not None and message.reply_to_message.from_user is not None \
            and message.reply_to_message.from_user.id == context.bot.id
        if not (mentioned or replied):
            return
        text = text.replace(mention, " ").replace(mention.lower(), " ")
    if await _limited(update, context):
        return
    await send(message, services(context).dialogue.question(text, member(update)))


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """More results, context, source: the button's data says everything needed."""
    query = update.callback_query
    await query.answer()
    if query.message is None or not in_scope(update, context) or await _limited(update, context):
        return
    who = member(update)
    if (query.data or "").startswith("e:"):
        who = await with_rights(update, context, who)
    await send(query.message, services(context).dialogue.button(query.data or "", who))


async def with_rights(update: Update, context: ContextTypes.DEFAULT_TYPE, who: Member) -> Member:
    """The member with what they may do with events: a bot admin for every chat, a group's
    administrator for that group (``SchedulingCommands._chats_for``)."""
    bot_admin = is_bot_admin(update, context)
    return dataclasses.replace(who, admin=bot_admin or await is_admin(update, context), bot_admin=bot_admin)


def is_bot_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Listed in [telegram] admins (id or @username)."""
    user = update.effective_user
    admins = services(context).config.telegram.admins
    return user is not None and (str(user.id) in admins or bool(
        user.username and f"@{user.username}".lower() in {a.lower() for a in admins}))


async def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Listed in [telegram] admins (id or @username), or an administrator of this group."""
    user, chat = update.effective_user, update.effective_chat
    if is_bot_admin(update, context):
        return True
    if chat.type == ChatType.PRIVATE:
        return False
    cache = context.application.bot_data.setdefault("admin_cache", {})
    cached = cache.get(chat.id)
    if cached is None or time.monotonic() - cached[0] > ADMIN_CACHE_SECONDS:
        members = await context.bot.get_chat_administrators(chat.id)
        cached = (time.monotonic(), {m.user.id for m in members})
        cache[chat.id] = cached
    return user.id in cached[1]


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A transcript sent by an admin: checked before download, ingested in a worker thread."""
    message = update.effective_message
    if not in_scope(update, context):
        return
    svc = services(context)
    doc = message.document
    lang = svc.dialogue.language(member(update))
    name = doc.file_name or "document"
    if not await is_admin(update, context):
        if message.chat.type == ChatType.PRIVATE:
            await message.reply_text(i18n.t(lang, "upload_not_admin"))
        return
    is_calendar = Path(name).suffix.lower() == ".ics"
    if Path(name).suffix.lower() not in formats.EXTENSIONS and not is_calendar:
        await message.reply_text(i18n.t(lang, "upload_unsupported", name=name))
        return
    limit = int(svc.config.telegram.max_upload_mb * 1_000_000)
    if doc.file_size and doc.file_size > limit:
        await message.reply_text(i18n.t(lang, "upload_too_large", size=i18n.size(doc.file_size, lang),
                                        limit=i18n.size(limit, lang)))
        return
    if is_calendar:
        content = bytes(await (await doc.get_file()).download_as_bytearray())
        now = dt.datetime.now(dt.timezone.utc)
        try:
            read = await asyncio.to_thread(ics.from_ics, content, now)
        except calendar.CalendarError as e:
            await message.reply_text(i18n.t(lang, "ics_bad", reason=str(e)))
            return
        # A group's administrator imports for that group, a bot admin for every chat (as /schedule).
        who = await with_rights(update, context, member(update))
        await message.reply_text(svc.dialogue.import_calendar(read, who, now, lang))
        return
    await message.reply_text(i18n.t(lang, "upload_working", name=name))
    content = bytes(await (await doc.get_file()).download_as_bytearray())
    result = await asyncio.to_thread(svc.ingest_upload, content, name, limit)
    await send(message, [svc.upload_reply(result, name, lang)])


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """One handler for every failure: log it (never the message text), tell the member briefly."""
    log.error("error while handling update %s", getattr(update, "update_id", "?"), exc_info=context.error)
    if isinstance(update, Update) and update.effective_message and update.effective_chat:
        lang = member(update).language or "en"
        try:
            await update.effective_message.reply_text(i18n.t(lang if lang in i18n.LANGUAGES else "en", "error"))
        except Exception:  # the chat may be gone; nothing more to do
            log.warning("could not tell the member about the error")
