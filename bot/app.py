"""The composition root: services created once, the Telegram application wired in one place."""
from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from urllib.parse import urlsplit
from dataclasses import dataclass, field

from telegram import BotCommand, Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import (Application, ApplicationBuilder, CallbackQueryHandler, CommandHandler, MessageHandler,
                          PollAnswerHandler, filters)

from bot import handlers, i18n, render
from bot.config import Config
from bot.config import events as config_events
from bot.config import offsets as config_offsets
from bot.dialogue import Dialogue, Reply, command_list
from bot.limits import RateLimit
from bot.telegram_text import escape
from jobs import calendar, destinations
from knowledge import ingest
from knowledge.answers import Answerer
from knowledge.errors import NOT_A_TRANSCRIPT, ActaError
from knowledge.models import APOLOGY, PRESENT
from knowledge.search import Searcher
from knowledge.store import Store
from knowledge.text import language_identifier

log = logging.getLogger(__name__)


class MissingToken(ActaError):
    """No bot token in the environment variable bot.toml names."""


class Unreachable(ActaError):
    """The Bot API could not be reached at start-up, or refused the token."""


@dataclass
class Services:
    """Everything the conversation needs, created once at start-up (in the event loop's thread:
    sqlite3 connections belong to the thread that opened them)."""
    config: Config
    store: Store
    answerer: Answerer
    dialogue: Dialogue
    rate_limit: RateLimit
    events: list = field(default_factory=list)        # jobs.calendar.Event, from [[events]]
    offsets: list = field(default_factory=list)       # reminder offsets

    def close(self) -> None:
        self.store.close()

    def ingest_upload(self, content: bytes, filename: str, max_bytes: int) -> ingest.FileResult:
        """Runs in a worker thread, on its own connection; the bot keeps answering meanwhile."""
        with Store(self.config.db_path) as store:
            return ingest.ingest_bytes(store, content, filename, max_bytes=max_bytes,
                                       date_order=self.config.display.date_order)

    def upload_reply(self, result: ingest.FileResult, name: str, lang: str) -> Reply:
        """What was understood of an uploaded transcript, in the admin's language."""
        if result.status == ingest.FAILED:
            reason = i18n.reason(result.code, lang, result.params or {}) or result.error
            if (result.error or "").startswith(NOT_A_TRANSCRIPT):     # (a README, notes: that first, as the CLI says)
                reason = f"{i18n.t(lang, 'reason_not_a_transcript')} {reason[:1].upper()}{reason[1:]}"
            return Reply(escape(i18n.t(lang, "upload_failed", name=name, reason=reason)))
        summary = self.store.meeting_summary(result.meeting_id)
        where = {"meeting": render.meeting_name(summary, lang), "date": i18n.date(summary.date, lang)}
        if result.status == ingest.UNCHANGED:
            return Reply(escape(i18n.t(lang, "upload_unchanged", **where)))
        if result.status == ingest.SKIPPED:     # (the draft of a final stored before: nothing stored)
            return Reply(escape(i18n.t(lang, "upload_superseded", name=name, later=os.path.basename(result.params["later"]),
                                       **where)))
        detail = self.store.meeting(result.meeting_id)
        text = i18n.t(lang, "upload_done", **where,
                      time=f", {summary.start_utc[11:16]} UTC" if summary.start_utc else "",
                      turns=summary.turns, speakers=len(detail.to_json()["speakers"]),
                      present=sum(1 for a in detail.attendance if a.status == PRESENT and a.source == "roll_call"),
                      apologies=len(detail.names(APOLOGY)), agenda=len(detail.agenda))
        if result.status == ingest.REPLACED:     # (the FINAL of a draft stored before: that draft named)
            text += " " + (i18n.t(lang, "upload_replaced_draft", draft=os.path.basename(result.supersedes))
                           if result.supersedes else i18n.t(lang, "upload_replaced"))
        for w in result.warnings:       # (a meeting dated after today, a typo in the year? or not as its file name)
            text += "\n" + i18n.t(lang, f"upload_{w.code}", **{k: i18n.date(v, lang) for k, v in w.params.items()
                                                               if k in ("date", "file_date")})
        return Reply(escape(text))


def _warm(answerer: Answerer, db_path) -> None:
    """The archive's words for reading typos, counted before a member's question needs them
    (seconds for a large archive, which a question would otherwise wait for)."""
    try:
        with Store(db_path) as own:
            answerer.speller.warm(own)
    except Exception:           # (only a head start: a question counts them itself)
        log.warning("could not count the archive's words ahead", exc_info=True)


def build_services(config: Config) -> Services:
    store = Store(config.db_path)
    read_again(store, config.display.date_order)
    keep_questions = dt.timedelta(days=config.answers.keep_questions_days)
    store.forget_questions(dt.datetime.now(dt.timezone.utc) - keep_questions)
    language_identifier()           # its model, loaded now rather than at a member's first question
    events = config_events(config)
    answerer = Answerer(store, Searcher(store), config.answers.default_language, config.answers.participation_target,
                        next_event=calendar.next_finder(lambda: dialogue.all_events()),
                        timezones=tuple(config.display.timezones), date_order=config.display.date_order,
                        reminder_offsets=config_offsets(config))
    threading.Thread(target=_warm, args=(answerer, config.db_path), name="spelling", daemon=True).start()
    dialogue = Dialogue(store, answerer, config.answers.default_language, events=events,
                        timezones=tuple(config.display.timezones), date_order=config.display.date_order,
                        default_chats=tuple(config.telegram.chats),
                        keep_questions=keep_questions)
    return Services(config, store, answerer, dialogue, RateLimit(config.telegram.rate_limit), events,
                    config_offsets(config))


def read_again(store: Store, date_order: str = "DMY") -> None:
    """Meetings an older version of Acta read are read again from their stored files, before
    anyone asks (an upgrade that reads transcripts better then changes the answers at once)."""
    results = ingest.reread_stale(store, date_order=date_order)
    if not results:
        return
    failed = [r for r in results if r.status == ingest.FAILED]
    log.info("read %d meetings again with this version's reading of transcripts", len(results) - len(failed))
    for r in failed:
        log.warning("could not read meeting %s again (%s); it keeps what was read before", r.path, r.error)


def token_from_env(config: Config) -> str | None:
    return os.environ.get(config.telegram.token_env) or None


def keep_secrets_out_of_logs() -> None:
    """httpx logs request URLs (Bot API URLs hold the token) and PTB's debug logs hold message
    texts: those loggers never go below the level that omits them, whatever the root level is."""
    for name, level in (("httpx", logging.WARNING), ("httpcore", logging.WARNING), ("telegram", logging.INFO)):
        logger = logging.getLogger(name)
        logger.setLevel(max(level, logger.level or logging.NOTSET))


def build_application(config: Config, token: str) -> Application:
    """The bot: handlers in the order they are tried, services made in post_init."""
    keep_secrets_out_of_logs()

    async def post_init(app: Application) -> None:
        app.bot_data["services"] = build_services(config)
        await register_commands(app)
        await check_chats(app, config)
        warn_unreached(app.bot_data["services"])

    async def post_shutdown(app: Application) -> None:
        services = app.bot_data.pop("services", None)
        if services:
            services.close()

    app = (ApplicationBuilder().token(token).base_url(config.telegram.base_url)
           .base_file_url(config.telegram.base_file_url).post_init(post_init).post_shutdown(post_shutdown).build())
    # 1. Known commands (PTB skips /cmd@otherbot), 2. unknown commands, 3. questions,
    # 4. buttons, 5. transcripts (non-blocking: ingestion must not hold up other members).
    names = [name for name, _ in command_list()]
    app.add_handler(CommandHandler(names, handlers.on_command, filters=filters.UpdateType.MESSAGE))
    app.add_handler(MessageHandler(filters.COMMAND & filters.UpdateType.MESSAGE, handlers.on_unknown_command))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & filters.UpdateType.MESSAGE, handlers.on_text))
    app.add_handler(CallbackQueryHandler(handlers.on_button))
    app.add_handler(MessageHandler(filters.Document.ALL & filters.UpdateType.MESSAGE, handlers.on_document,
                                   block=False))
    app.add_handler(PollAnswerHandler(handlers.on_poll_answer))
    app.add_error_handler(handlers.on_error)
    # Reminders and surveys run whatever bot.toml says: events also come from the chat. APScheduler
    # drops a job that misses its time by more than 1 s by default; a late tick must still run
    # (reminders.deliver marks late reminders as such).
    app.job_queue.run_repeating(handlers.remind, interval=config.reminders.check_seconds, first=1,
                                name="reminders", job_kwargs={"misfire_grace_time": 3600, "coalesce": True})
    app.job_queue.run_repeating(handlers.run_surveys, interval=config.reminders.check_seconds, first=2,
                                name="surveys", job_kwargs={"misfire_grace_time": 3600, "coalesce": True})
    if config.telegram.chats and config.summaries.post:
        app.job_queue.run_repeating(handlers.post_summaries, interval=config.summaries.interval_seconds, first=1,
                                    name="post-summaries")
    return app


async def check_chats(app: Application, config: Config) -> None:
    """Every chat the bot is to post to must exist and have the bot: say which does not, in the
    log and to the admins listed by id (in private), rather than fail later at reminder time."""
    chats = set(config.telegram.chats) | {c for e in config_events(config) for c in e.chats}
    for chat in sorted(chats):
        try:
            await app.bot.get_chat(chat)
        except TelegramError as e:
            message = (f"bot.toml names chat {chat}, but the bot cannot reach it ({e.__class__.__name__}): "
                       "add the bot to that chat or fix the id in [telegram] chats / [[events]] chats")
            log.error(message)
            for admin in config.telegram.admins:
                if admin.lstrip("-").isdigit():
                    try:
                        await app.bot.send_message(int(admin), message)
                    except TelegramError:
                        log.warning("could not tell admin %s about chat %s", admin, chat)


def warn_unreached(services: Services) -> None:
    """Events whose reminders reach no chat, or a chat the bot does not serve, in the log (events
    from the chat by number: their titles are members' words)."""
    for found in destinations.unreached(services.dialogue.all_events(), services.config.telegram.chats,
                                        services.dialogue.clock()):
        log.warning(found.message())


async def register_commands(app: Application) -> None:
    """setMyCommands in each language (English is also the default for other languages)."""
    for lang in i18n.LANGUAGES:
        commands = [BotCommand(name, i18n.t(lang, f"cmd_{name}")) for name, _ in command_list()]
        await app.bot.set_my_commands(commands, language_code=lang)
    await app.bot.set_my_commands([BotCommand(n, i18n.t("en", f"cmd_{n}")) for n, _ in command_list()])


def run(config: Config, token: str) -> None:
    """Run the bot until SIGINT/SIGTERM: long polling, or a webhook server. Unreachable when the
    Bot API cannot be reached as it starts (the service manager restarts it), or refuses the token."""
    app = build_application(config, token)
    tg = config.telegram
    logging.getLogger("telegram.ext").addFilter(_bootstrap_said_once)
    hidden = _Redacting(token)       # (an error page echoing a Bot API URL would log the token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(hidden)
    try:
        if tg.mode == "webhook":
            app.run_webhook(listen=tg.listen, port=tg.port, webhook_url=tg.webhook_url,
                            secret_token=os.environ.get(tg.secret_token_env) or None,
                            allowed_updates=Update.ALL_TYPES)
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken as e:
        raise Unreachable(f"the Telegram Bot API refused the token in ${tg.token_env} ({_without(token, e)}): "
                          "check it with @BotFather") from None
    except NetworkError as e:       # (TimedOut too) while starting: once polling, the library retries
        raise Unreachable(f"cannot reach the Telegram Bot API at {urlsplit(tg.base_url).netloc}: "
                          f"{_without(token, e)}") from None


def _bootstrap_said_once(record: logging.LogRecord) -> bool:
    """PTB logs a failed start with two tracebacks before raising it; `run` says it in one line."""
    return not record.getMessage().startswith("Network Retry Loop (Bootstrap")


class _Redacting(logging.Filter):
    """Every logged record with the token replaced, in its message, traceback and stack: whatever
    the library logs (an error page that echoes the request's URL, with the token in its path)."""

    def __init__(self, token: str):
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, "<token>"), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, "<token>")
        if record.stack_info:
            record.stack_info = record.stack_info.replace(self.token, "<token>")
        return True


def _without(token: str, error: Exception) -> str:
    return str(error).replace(token, "<token>") or error.__class__.__name__
