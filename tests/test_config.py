"""bot.toml: one typed object, every key with a default, refused when wrong, and documented."""
from __future__ import annotations

import pytest

from bot import config
from bot.cli import cli
from knowledge.errors import ConfigError

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_shipped_bot_toml_loads_and_matches_the_defaults():
    loaded = config.load(ROOT / "bot.toml")
    assert ROOT / "var" / "acta.db" == loaded.db_path
    assert config.Config().storage == loaded.storage and config.Config().ingest == loaded.ingest


def test_defaults_without_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ACTA_CONFIG", raising=False)
    monkeypatch.delenv("ACTA_DB", raising=False)
    loaded = config.load()
    assert (tmp_path / "var" / "acta.db", 20_000_000) == (loaded.db_path, loaded.max_bytes)


@pytest.mark.parametrize("text, message", [
    ("[storage]\ndb = 3\n", "[storage] db: expected str, got int"),
    ("[ingest]\nmax_file_mb = 'big'\n", "[ingest] max_file_mb: expected float, got str"),
    ("[ingest]\nmax_file_mb = true\n", "expected float, got bool"),
    ("[telegramm]\n", "unknown section(s) telegramm"),
    ("[storage]\ndb = \n", "not valid TOML"),
    # Values no one would mean: each would switch a feature off without a word.
    ("[answers]\nsources = 0\n", "[answers] sources: expected at least 1 and at most 50, got 0"),
    ("[ingest]\nmax_file_mb = -1\n", "[ingest] max_file_mb: expected more than 0, got -1.0"),
    ("[answers]\nparticipation_target = 1.5\n", "participation_target: expected more than 0 and at most 1, got 1.5"),
    ("[display]\ntimezones = []\n", "[display] timezones: must not be empty"),
    ("[[events]]\nstart = '2026-12-21T19:00'\n", "[[events]] #1 title: must not be empty"),
    ("[telegram]\nport = 99999\n", "[telegram] port: expected at least 1 and at most 65535, got 99999"),
    ("[reminders]\ncheck_seconds = 0\n", "[reminders] check_seconds: expected at least 1, got 0"),
    ("[ingest]\nmax_file_mb = nan\n", "[ingest] max_file_mb: expected a number, got nan"),
])
def test_bad_files_are_refused_with_the_key_named(tmp_path, text, message):
    path = tmp_path / "bot.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")
                       .replace(")", r"\)")):
        config.load(path)


def test_a_missing_explicit_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such configuration file"):
        config.load(tmp_path / "nope.toml")


def test_every_key_is_documented_with_its_default_and_help():
    for section, key, default, help_text in config.documented_keys():
        shown = str(default).lower() if isinstance(default, bool) else repr(default).replace("'", '"')
        row = f"| `[{section}] {key}` | `{shown}`"
        assert row in README, f"README lacks the row for [{section}] {key}"
        assert help_text in README
    # …in one table: its rows follow its header with no blank line between (which ends a table)
    table = README[README.index("| key | default | meaning |"):].split("\n\n")[0]
    assert all(f"| `[{section}] {key}` |" in table for section, key, _, _ in config.documented_keys())


def test_every_command_is_documented():
    for name in cli.commands:
        assert f"`acta {name}" in README, f"README does not document `acta {name}`"


def test_a_byte_order_mark_is_no_error(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_bytes('\ufeff[storage]\ndb = "notepad.db"\n'.encode("utf-8"))     # as Windows Notepad saves it
    assert tmp_path / "notepad.db" == config.load(path).db_path


@pytest.mark.parametrize("text, message", [
    # Midnight, which no one meant: the call would be reminded hours off.
    ("[[events]]\ntitle = 'Call'\nstart = '2026-01-19'\n",
     "'Call': start '2026-01-19' has no time of day; write the local time the call begins, e.g. 2026-01-19T19:00"),
    # Legacy fixed offsets: "EST" is UTC-5 in July too.
    ("[display]\ntimezones = ['EST']\n", "[display] timezones: time zone 'EST' is UTC-05:00 all year, without summer "
                                         "time: did you mean America/New_York? (America/Panama if the group keeps "
                                         "UTC-05:00 all year)"),
    ("[[events]]\ntitle = 'Call'\nstart = '2026-01-19T19:00'\ntimezone = 'MST'\n",
     "'Call': timezone: time zone 'MST' is UTC-07:00 all year, without summer time: did you mean America/Denver?"),
    ("[display]\ntimezones = ['UTC', 'HST']\n", "did you mean Pacific/Honolulu?"),
])
def test_a_start_without_a_time_and_fixed_offset_zones_are_refused_with_what_was_meant(tmp_path, text, message):
    path = tmp_path / "bot.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as refused:
        config.load(path)
    assert message in str(refused.value)


def test_midnight_written_and_zones_that_follow_summer_time_are_fine(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text("[display]\ntimezones = ['EST5EDT', 'America/New_York', 'Etc/GMT+3']\n"
                    "[[events]]\ntitle = 'Call'\nstart = '2026-01-19T00:00'\ntimezone = 'MST7MDT'\n")
    (event,) = config.events(config.load(path))
    assert ("2026-01-19T00:00:00", "MST7MDT") == (event.start.isoformat(), event.timezone.key)


def test_an_unknown_key_close_to_a_known_one_names_it(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text("[[events]]\ntitle = 'Call'\nstart = '2026-01-19T23:00'\nexdate = ['2026-12-21']\ncolour = 'blue'\n")
    with pytest.raises(ConfigError) as refused:
        config.load(path)
    assert str(refused.value).endswith("[[events]] #1: unknown key(s) colour, exdate (did you mean exdates?)")


def test_an_admin_s_username_without_its_at_sign_is_read_with_it(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[telegram]\nadmins = ["bob", " @Ana_M ", 12345, "67890"]\n')
    assert ["@bob", "@Ana_M", "12345", "67890"] == config.load(path).telegram.admins


@pytest.mark.parametrize("admin", ["bob smith", "@", "https://t.me/bob", "-100123", "", "José"])
def test_an_admin_that_is_neither_an_id_nor_a_username_is_refused(tmp_path, admin):
    path = tmp_path / "bot.toml"
    path.write_text(f'[telegram]\nadmins = ["{admin}"]\n')
    with pytest.raises(ConfigError, match=rf"bot.toml \[telegram\] admins: '{admin}' is neither a user id"):
        config.load(path)


@pytest.mark.parametrize("text, message", [
    ('[telegram]\nmode = "push"\n', "[telegram] mode: expected polling or webhook, got 'push'"),
    ('[telegram]\nmode = "webhook"\n', "[telegram] webhook_url is required in webhook mode"),
    ('[answers]\ndefault_language = "de"\n', "[answers] default_language: expected fr, es, pt or en, got 'de'"),
    ('[display]\ndate_order = "YMD"\n', "[display] date_order: expected DMY or MDY, got 'YMD'"),
    ('[display]\ntimezones = ["Mars/Base"]\n', "[display] timezones: unknown time zone 'Mars/Base'"),
    ('[reminders]\noffsets = ["50d"]\n', "[reminders] offsets: at most 45d before an event"),
    ('[[events]]\ntitle = "A"\nstart = "2026-01-19T23:00"\n[[events]]\ntitle = "B"\nstart = "2026-01-19T23:00"\n'
     'survey = [""]\n', "[[events]] #2 'B': every survey question needs 1 to 300 characters"),
    ('[[events]]\ntitle = "A"\nstart = "2026-01-19T23:00"\ntimezone = "EST"\n', "[[events]] #1 'A': timezone: time zone 'EST'"),
    ('[[events]]\ntitle = "A"\nstart = "2026-01-19"\n', "[[events]] #1 'A': start '2026-01-19' has no time of day"),
    ('[[events]]\ntitle = "A"\nstart = "2026-01-19T23:00"\nrrule = "FREQ=MONTLY"\n', "[[events]] #1 'A': rrule"),
    ('[[events]]\ntitle = "A"\nstart = "2026-01-19T23:00"\nduration = "1 hour"\n', "[[events]] #1 'A': "),
])
def test_every_error_names_the_file_that_was_read(tmp_path, text, message):
    path = tmp_path / "other.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as refused:
        config.load(path)
    assert str(refused.value).startswith(f"{path} {message}"), str(refused.value)
    assert "bot.toml" not in str(refused.value)
