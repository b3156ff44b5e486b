"""Configuration: ``bot.toml`` loaded once into one typed, frozen object.

Every key has a default and a one-line help (``metadata["help"]``); secrets never live in the
file, only the names of the environment variables that hold them. The README's table of keys
is checked against ``documented_keys()`` by a test.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
import tomllib
import typing
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.errors import ConfigError

DEFAULT_FILE = "bot.toml"


def _help(text: str, default, *, low=None, high=None, above=None, required: bool = False):
    """A key with its help and the values it takes: from ``low``, above ``above``, up to ``high``
    (numbers); ``required``: not empty (strings, lists)."""
    meta = {"help": text, "low": low, "high": high, "above": above, "required": required}
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


@dataclass(frozen=True)
class StorageConfig:
    db: str = _help("SQLite database file (relative to bot.toml); ACTA_DB or --db override it", "var/acta.db")


@dataclass(frozen=True)
class IngestConfig:
    max_file_mb: float = _help("largest transcript file accepted, in MB (bigger files are refused unread)", 20.0, above=0)
    demo_corpus: str = _help("folder of demo transcripts that `acta demo` ingests (relative to bot.toml)", "demo")


@dataclass(frozen=True)
class AnswersConfig:
    default_language: str = _help("reply language when neither the member's client nor the question tells (fr, es, pt, en)", "en")
    participation_target: float = _help("share of meetings a member is expected to attend (0.5 = 50 %)", 0.5, above=0, high=1)
    sources: int = _help("how many cited turns an answer lists (acta ask --k overrides it)", 5, low=1, high=50)
    keep_questions_days: int = _help("days a member's question is kept for its More results button (then deleted)", 7,
                                     low=1, high=365)


@dataclass(frozen=True)
class EvalConfig:
    dir: str = _help("evaluation sets that `acta eval` runs by default (relative to bot.toml)", "../shared/eval")
    corpus: str = _help("transcripts the seed questions are about, indexed in a temporary database by `acta eval`", "../shared/corpus")


@dataclass(frozen=True)
class TelegramConfig:
    token_env: str = _help("name of the environment variable holding the bot token (the token never goes in this file)", "TELEGRAM_BOT_TOKEN")
    base_url: str = _help("Bot API endpoint, for a self-hosted Bot API server (large transcripts)", "https://api.telegram.org/bot")
    base_file_url: str = _help("Bot API file endpoint, likewise", "https://api.telegram.org/file/bot")
    mode: str = _help("how updates arrive: polling or webhook", "polling")
    webhook_url: str = _help("public HTTPS URL Telegram posts updates to (webhook mode)", "")
    listen: str = _help("address the webhook server listens on (webhook mode)", "127.0.0.1")
    port: int = _help("port the webhook server listens on (webhook mode)", 8443, low=1, high=65535)
    secret_token_env: str = _help("environment variable holding the webhook secret token (webhook mode)", "TELEGRAM_WEBHOOK_SECRET")
    admins: list[str] = _help("Telegram user ids or @usernames (\"bob\" is read as \"@bob\") allowed to send transcripts (plus each group's "
                              "administrators: a transcript joins the one archive every chat asks, and its summary "
                              "goes to every chat)", [])
    chats: list[int] = _help("chat ids the bot serves and posts to; empty: any chat it is added to", [])
    rate_limit: int = _help("questions a member may ask per minute before being asked to slow down", 10, low=1)
    max_upload_mb: float = _help("largest transcript accepted from the chat, in MB (refused before download)", 20.0, above=0)


@dataclass(frozen=True)
class SummariesConfig:
    post: bool = _help("post the summary of every newly ingested meeting to [telegram] chats", True)
    interval_seconds: int = _help("how often the bot looks for newly ingested meetings to summarise", 60, low=1)


@dataclass(frozen=True)
class EventConfig:
    title: str = _help("what the call is called in reminders and /next (required)", "", required=True)
    start: str = _help("local date and time of the first occurrence, e.g. 2026-12-21T19:00", "")
    timezone: str = _help("IANA time zone the start and the rule are in", "UTC")
    rrule: str = _help("RFC 5545 recurrence rule, e.g. FREQ=MONTHLY;BYDAY=3MO, the rule only: no DTSTART line (empty: "
                       "once; FREQ=HOURLY, MINUTELY or SECONDLY, more than 4 a day or INTERVAL below 1 is refused, as "
                       "in .ics imports)", "")
    duration: str = _help("how long the call lasts (1h, 90m, 1h30m)", "1h")
    link: str = _help("join link shown in reminders and /next", "")
    chats: list[int] = _help("chats its reminders go to (empty: [telegram] chats)", [])
    survey: list[str] = _help("questions posted as polls after each occurrence (empty: no survey)", [])
    survey_options: list[str] = _help("the answers each survey question offers", ["1", "2", "3", "4", "5"])
    survey_hours: int = _help("how long the survey stays open after the event ends", 48, low=1)
    exdates: list[str] = _help("local dates (YYYY-MM-DD) whose occurrence is skipped, e.g. a holiday: no reminders, "
                               "survey or listing", [])


@dataclass(frozen=True)
class SurveysConfig:
    anonymous: bool = _help("post surveys as anonymous polls (false: the group sees who answered)", False)
    remind_before_hours: int = _help("how long before a survey closes members who have not answered are reminded "
                                     "(at most half the time it is open)", 12, low=0)


@dataclass(frozen=True)
class RemindersConfig:
    offsets: list[str] = _help("when reminders go out before an event (1d, 1h, 10m…; at most 45d)", ["1d", "1h", "10m"])
    check_seconds: int = _help("how often the bot looks for reminders that are due", 30, low=1)


@dataclass(frozen=True)
class DisplayConfig:
    timezones: list[str] = _help("time zones an event's time is shown in (IANA names)", ["UTC"], required=True)
    date_order: str = _help("how the group writes numeric dates: DMY or MDY (\"03/04\"), in questions, commands, /schedule and English transcripts", "DMY")


@dataclass(frozen=True)
class Config:
    storage: StorageConfig = field(default_factory=StorageConfig)
    ingest: IngestConfig = field(default_factory=IngestConfig)
    answers: AnswersConfig = field(default_factory=AnswersConfig)
    eval: EvalConfig = field(default_factory=EvalConfig)
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    summaries: SummariesConfig = field(default_factory=SummariesConfig)
    reminders: RemindersConfig = field(default_factory=RemindersConfig)
    surveys: SurveysConfig = field(default_factory=SurveysConfig)
    display: DisplayConfig = field(default_factory=DisplayConfig)
    # [[events]]: an array of tables, one per recurring call or one-off event.
    events: list[EventConfig] = field(default_factory=list, metadata={"array": EventConfig})
    base_dir: Path = field(default=Path("."), metadata={"internal": True})

    @property
    def db_path(self) -> Path:
        return self.resolve(self.storage.db)

    @property
    def max_bytes(self) -> int:
        return int(self.ingest.max_file_mb * 1_000_000)

    def resolve(self, path: str) -> Path:
        """A path from the file, relative to the file's own folder."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else self.base_dir / p


def sections() -> list[tuple[str, type]]:
    """The [section] tables (and [[array]] tables) of bot.toml and their dataclasses."""
    hints = typing.get_type_hints(Config)
    return [(f.name, f.metadata.get("array") or hints[f.name]) for f in dataclasses.fields(Config)
            if not f.metadata.get("internal")]


def _arrays() -> set[str]:
    return {f.name for f in dataclasses.fields(Config) if f.metadata.get("array")}


def documented_keys() -> list[tuple[str, str, object, str]]:
    """Every key as (section, key, default, help): the source of truth for the README's table.
    Keys of an array of tables are named "[events]" like the others."""
    out = []
    for name, cls in sections():
        for f in dataclasses.fields(cls):
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()
            out.append((name, f.name, default, f.metadata["help"]))
    return out


def events(config: Config):
    """The [[events]] as calendar events (checked when the file is loaded)."""
    from jobs.calendar import Event

    return [Event.declared(e.title, e.start, e.timezone, e.rrule, e.duration, e.link,
                           e.chats or config.telegram.chats, e.survey, e.survey_options, e.survey_hours, e.exdates)
            for e in config.events]


def offsets(config: Config):
    from jobs.calendar import CalendarError, duration
    from jobs.reminders import HORIZON as MAX_OFFSET

    try:
        found = [duration(o) for o in config.reminders.offsets]
    except CalendarError as e:
        raise CalendarError(f"[reminders] offsets: {e}") from None
    if any(o > MAX_OFFSET for o in found):
        raise CalendarError(f"[reminders] offsets: at most {MAX_OFFSET.days}d before an event (reminders are "
                            "planned that far ahead)")
    return found


def validate(config: Config, source: str = DEFAULT_FILE) -> Config:
    """Checks across keys that types alone cannot express; errors name ``source``, the file read."""
    if config.telegram.mode not in ("polling", "webhook"):
        raise ConfigError(f"{source} [telegram] mode: expected polling or webhook, got {config.telegram.mode!r}")
    if config.telegram.mode == "webhook" and not config.telegram.webhook_url:
        raise ConfigError(f"{source} [telegram] webhook_url is required in webhook mode")
    if config.answers.default_language not in ("fr", "es", "pt", "en"):
        raise ConfigError(f"{source} [answers] default_language: expected fr, es, pt or en, "
                          f"got {config.answers.default_language!r}")
    if config.display.date_order not in ("DMY", "MDY"):
        raise ConfigError(f"{source} [display] date_order: expected DMY or MDY, got {config.display.date_order!r}")
    from jobs.calendar import CalendarError, declared_zone

    try:
        for name in config.display.timezones:
            try:
                declared_zone(name)
            except CalendarError as e:
                raise CalendarError(f"[display] timezones: {e}") from None
        offsets(config)
    except CalendarError as e:
        raise ConfigError(f"{source} {e}") from None
    for i, declared in enumerate(config.events, 1):
        try:
            events(dataclasses.replace(config, events=[declared]))
        except CalendarError as e:
            raise ConfigError(f"{source} [[events]] #{i} {e}") from None
    return config


def load(path: str | Path | None = None, *, db: str | None = None) -> Config:
    """Load bot.toml: ``path``, else $ACTA_CONFIG, else ./bot.toml, else the built-in defaults.

    ``db`` (from --db) and $ACTA_DB override [storage] db."""
    explicit = path or os.environ.get("ACTA_CONFIG")
    file = Path(explicit) if explicit else Path(DEFAULT_FILE)
    data: dict = {}
    if file.is_file():
        try:
            # (utf-8-sig: Windows Notepad starts the file with a byte order mark, which TOML refuses)
            data = tomllib.loads(file.read_text(encoding="utf-8-sig"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
            raise ConfigError(f"{file}: not valid TOML ({e})") from None
    elif explicit:
        raise ConfigError(f"{file}: no such configuration file")
    config = _build(data, base_dir=file.resolve().parent if file.is_file() else Path.cwd(), source=str(file))
    override = db or os.environ.get("ACTA_DB")
    if override:
        config = dataclasses.replace(
            config, storage=dataclasses.replace(config.storage, db=str(Path(override).resolve())))
    return config


def _build(data: dict, base_dir: Path, source: str) -> Config:
    known = dict(sections())
    unknown = set(data) - set(known)
    if unknown:
        raise ConfigError(f"{source}: unknown section(s) {', '.join(sorted(unknown))}")
    values = {}
    for name, cls in known.items():
        if name in _arrays():
            tables = data.get(name, [])
            if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
                raise ConfigError(f"{source}: [[{name}]] must be an array of tables")
            values[name] = [_section(cls, t, f"{source} [[{name}]] #{i + 1}") for i, t in enumerate(tables)]
            continue
        table = data.get(name, {})
        if not isinstance(table, dict):
            raise ConfigError(f"{source}: [{name}] must be a table")
        values[name] = _section(cls, table, f"{source} [{name}]")
    values["telegram"] = dataclasses.replace(values["telegram"],
                                             admins=_admins(values["telegram"].admins, f"{source} [telegram] admins"))
    return validate(Config(**values, base_dir=base_dir), source)


def _admins(admins: list[str], where: str) -> list[str]:
    """User ids and @usernames; a username written without its "@" ("bob") would never match
    anyone, so it is read as "@bob"; what is neither is refused."""
    out = []
    for a in admins:
        a = a.strip()
        name = a.removeprefix("@")
        if a.isdigit():
            out.append(a)
        elif name and all(c.isascii() and (c.isalnum() or c == "_") for c in name):
            out.append("@" + name)
        else:
            raise ConfigError(f"{where}: {a!r} is neither a user id (12345) nor a @username")
    return out


def _section(cls: type, table: dict, where: str):
    hints = typing.get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls)}
    unknown = set(table) - fields
    if unknown:         # "exdate": a slip of one key the section has is named
        named = [f"{k} (did you mean {close[0]}?)" if (close := difflib.get_close_matches(k, fields, 1, 0.8)) else k
                 for k in sorted(unknown)]
        raise ConfigError(f"{where}: unknown key(s) {', '.join(named)}")
    kwargs = {}
    for key, value in table.items():
        expected = hints[key]
        kwargs[key] = _check(value, expected, f"{where} {key}")
    for f in dataclasses.fields(cls):
        _in_range(kwargs.get(f.name, f.default if f.default is not dataclasses.MISSING else None),
                  f.metadata, f"{where} {f.name}")
    return cls(**kwargs)


def _in_range(value, meta, where: str) -> None:
    """The value is one the key takes ("[answers] sources = 0" would answer nothing)."""
    if meta.get("required") and value is not None and not (value.strip() if isinstance(value, str) else value):
        raise ConfigError(f"{where}: must not be empty")
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return
    if value != value or value in (float("inf"), float("-inf")):
        raise ConfigError(f"{where}: expected a number, got {value}")
    low, high, above = meta.get("low"), meta.get("high"), meta.get("above")
    if low is not None and value < low or above is not None and value <= above or high is not None and value > high:
        bounds = [f"at least {low}" if low is not None else "", f"more than {above}" if above is not None else "",
                  f"at most {high}" if high is not None else ""]
        raise ConfigError(f"{where}: expected {' and '.join(b for b in bounds if b)}, got {value}")


def _check(value, expected, where: str):
    origin = typing.get_origin(expected)
    if origin is list:
        (item,) = typing.get_args(expected)
        if not isinstance(value, list):
            raise ConfigError(f"{where}: expected a list")
        if item is str:   # ids may be written as numbers: admins = [12345, "@ana"]; dates as TOML dates: exdates = [2026-12-21]
            value = [str(v) if isinstance(v, int) and not isinstance(v, bool) or type(v) is dt.date else v for v in value]
        return [_check(v, item, where) for v in value]
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise ConfigError(f"{where}: expected {expected.__name__}, got {type(value).__name__}")
    return value
