"""The ``acta`` command: a thin shell over ``knowledge``; named errors become messages here."""
from __future__ import annotations

import json
import logging
import sys

import click

from bot import cli_eval, cli_ops
from bot.cli_context import Context, Day, with_overrides
from jobs import tzdb
from knowledge import ingest as ingest_mod, transactions
from knowledge.errors import ActaError, MeetingNotFound


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=cli_ops.version,
              help="Print the version (release, commit, reading of transcripts) and exit.")
@click.option("--config", "config_path", metavar="FILE", help="bot.toml to use (default: ./bot.toml, or $ACTA_CONFIG).")
@click.option("--db", metavar="FILE", help="SQLite database (default: [storage] db in bot.toml, or $ACTA_DB).")
@click.pass_context
def cli(ctx: click.Context, config_path: str | None, db: str | None) -> None:
    """Acta: ask your community's meeting transcripts."""
    logging.getLogger("acta").info("time zones: %s", tzdb.prefer_packaged())   # before any zone is read
    ctx.obj = Context(config_path, db)


@cli.command()
@with_overrides
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON report on stdout.")
@click.option("--replace", is_flag=True,
              help="Store a new version of a meeting even when it is much shorter than the stored one.")
@click.pass_obj
def ingest(obj: Context, paths: tuple[str, ...], as_json: bool, replace: bool) -> None:
    """Ingest transcript files or folders (txt, pdf, docx, vtt, srt).

    Exit status: 0 when every file was ingested (or already was, or was skipped as no
    transcript), 1 when some file failed or none was a transcript."""
    with obj.store() as store:
        results = ingest_mod.ingest_paths(store, paths, max_bytes=obj.config.max_bytes, replace=replace,
                                          on_result=_progress, date_order=obj.config.display.date_order)
    counts = _counts(results)
    if as_json:
        click.echo(json.dumps({"files": [r.to_json() for r in results], **counts}, ensure_ascii=False, indent=2))
    if all(r.status == ingest_mod.SKIPPED and r.code != ingest_mod.SUPERSEDED for r in results):
        # (those skipped are listed above, with why; a draft whose final is stored is a transcript)
        click.echo((f"none of the {len(results)} files is a transcript: nothing ingested from " if results else
                    "no transcript files found in ") + ", ".join(paths), err=True)
        sys.exit(1)
    click.echo(_summary(counts, results), err=True)
    sys.exit(1 if counts[ingest_mod.FAILED] else 0)


def _summary(counts: dict[str, int], results: list[ingest_mod.FileResult]) -> str:
    """ "1 ingested, 0 replaced, …"; a run that stored nothing says why when drafts whose final was
    stored before were all it had: "0 ingested (1 draft superseded by its stored final), …"."""
    drafts = sum(1 for r in results if r.code == ingest_mod.SUPERSEDED and (r.params or {}).get("later"))
    said = {s: f"{n} {s}" for s, n in counts.items()}
    if drafts and not counts[ingest_mod.INGESTED] and not counts[ingest_mod.REPLACED]:
        said[ingest_mod.INGESTED] += (" (1 draft superseded by its stored final)" if drafts == 1 else
                                      f" ({drafts} drafts superseded by their stored finals)")
    return ", ".join(said.values())


@cli.command()
@with_overrides
@click.argument("meeting_ids", nargs=-1, metavar="[MEETING]...")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON report on stdout.")
@click.pass_obj
def reingest(obj: Context, meeting_ids: tuple[str, ...], as_json: bool) -> None:
    """Read stored meetings again (all by default) from the files they came from, with this
    version's reading of transcripts: after an upgrade that reads them better. Each meeting keeps
    its id; one that no longer reads keeps what was stored.

    Exit status: 0 when every meeting was read again, 1 when some failed."""
    with obj.store(create=False, note_stale=False) as store:
        results = ingest_mod.reread(store, meeting_ids, on_result=_progress, date_order=obj.config.display.date_order)
    counts = {s: sum(1 for r in results if r.status == s) for s in (ingest_mod.REREAD, ingest_mod.FAILED)}
    if as_json:
        click.echo(json.dumps({"meetings": [r.to_json() for r in results], **counts}, ensure_ascii=False, indent=2))
    click.echo(", ".join(f"{n} {s}" for s, n in counts.items()), err=True)
    sys.exit(1 if counts[ingest_mod.FAILED] else 0)


@cli.command()
@with_overrides
@click.argument("meeting_ids", nargs=-1, required=True, metavar="MEETING...")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (for scripts).")
@click.option("--json", "as_json", is_flag=True, help="Print the deleted meetings as a JSON array.")
@click.pass_obj
def delete(obj: Context, meeting_ids: tuple[str, ...], yes: bool, as_json: bool) -> None:
    """Delete meetings (ids as `acta meetings` lists them, one language version each): what was
    read from them, their files and their passages in the search index. Each goes in one
    transaction. To correct a meeting, ingest the new version instead: it replaces the old one.

    Exit status: 0 when every meeting was deleted, 1 when some id is unknown."""
    with obj.store(create=False, note_stale=False) as store:
        known = {}
        for m in dict.fromkeys(meeting_ids):
            try:
                known[m] = store.meeting_summary(m)
            except MeetingNotFound:
                click.echo(f"no meeting {m!r} (see `acta meetings`)", err=True)
        if known and not yes:
            click.confirm("Delete " + ", ".join(f"{m} ({s.title}, {s.date}, {s.turns} turns)"
                                                for m, s in known.items()) + "?", abort=True, err=True)
        gone = []
        for mid in known:
            try:
                gone.append(store.delete(mid))
            except MeetingNotFound:     # deleted meanwhile by another process
                continue
            except Exception as e:
                if not transactions.is_locked(e):
                    raise
                raise click.ClickException(f"the database stayed busy with another write; {mid} and the meetings "
                                           "after it were not deleted: try again") from None
            click.echo(f"deleted {mid}", err=True)
    if as_json:
        click.echo(json.dumps([g.to_json() for g in gone], ensure_ascii=False, indent=2))
    sys.exit(0 if len(gone) == len(set(meeting_ids)) else 1)


def _counts(results: list[ingest_mod.FileResult]) -> dict[str, int]:
    return {s: sum(1 for r in results if r.status == s) for s in
            (ingest_mod.INGESTED, ingest_mod.REPLACED, ingest_mod.UNCHANGED, ingest_mod.FAILED, ingest_mod.SKIPPED)}


def _progress(i: int, total: int, r: ingest_mod.FileResult) -> None:
    if r.status == ingest_mod.FAILED:
        line = f"[{i}/{total}] failed    {r.path}: {r.error}"
    elif r.status == ingest_mod.SKIPPED:
        line = f"[{i}/{total}] skipped   {r.path}: {r.reason}"
    elif r.status == ingest_mod.UNCHANGED:
        line = f"[{i}/{total}] unchanged {r.path} (already ingested as {r.meeting_id})"
    else:
        line = (f"[{i}/{total}] {r.status:<9} {r.path} -> {r.meeting_id}: {r.title}, {r.date}, {r.language}; "
                f"{r.turns} turns, {r.speakers} speakers, {r.attendees} in the roll call, "
                f"{r.agenda} agenda items" + (f" (the later version of {r.supersedes}, stored before: replaced)"
                                              if r.supersedes else ""))
    click.echo(line, err=True)
    for w in r.warnings:
        click.echo(f"[{i}/{total}] warning   {r.path}: {w.message}", err=True)


@cli.command()
@with_overrides
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_obj
def meetings(obj: Context, as_json: bool) -> None:
    """List the meetings in the database, oldest first."""
    with obj.store(create=False) as store:
        rows = store.meetings()
    if as_json:
        click.echo(json.dumps([m.to_json() for m in rows], ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo("No meetings yet. Add some with: acta ingest PATH...")
        return
    for m in rows:
        also = "".join(f"\n{'':<34} {'':<10}  {'also in ' + lang + ':':<28} {mid}" for lang, mid in m.versions[1:])
        click.echo(f"{m.id:<34} {m.date}  {m.title:<28} {m.language}  {m.turns:>4} turns{also}")


@cli.command()
@with_overrides
@click.pass_obj
def reindex(obj: Context) -> None:
    """Rebuild the search index from the stored turns (search does it by itself after an upgrade
    that changes the text analysis; this does it ahead of time). All or nothing."""
    from knowledge.search import reindex as rebuild

    with obj.store(create=False) as store:
        count = rebuild(store)
        meetings = store.counts()["meetings"]
    click.echo(f"Reindexed {count} passages of {meetings} transcripts.")


@cli.command()
@with_overrides
@click.argument("meeting_id", metavar="MEETING")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_obj
def show(obj: Context, meeting_id: str, as_json: bool) -> None:
    """Show one meeting: metadata, attendance, agenda and turns."""
    with obj.store(create=False) as store:
        try:
            detail = store.meeting(meeting_id)
        except MeetingNotFound as e:
            raise click.ClickException(f"{e} (see `acta meetings`)") from None
    data = detail.to_json()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    start = data["start_utc"]
    click.echo(f"{data['title']} — {data['date']}" + (
        "" if not start else f", {start[11:16]} UTC" if start[:10] == data["date"] else f" ({start[:10]} {start[11:16]} UTC)"))
    click.echo(f"id {data['id']}, language {data['language']}, from {data['source']['filename']}")
    others = [f"{v['language']} ({v['id']})" for v in data["versions"] if v["id"] != data["id"]]
    if others:
        click.echo(f"Also in: {', '.join(others)}")
    present = [a["name"] + (f" ({a['channel']})" if a["channel"] else "") for a in data["attendees"]]
    for label, names in (("Present", present), ("Joined later", data["late_arrivals"]),
                         ("Apologies", data["apologies"]), ("Staff", data["staff"]),
                         ("Interpreters", data["interpreters"])):
        if names:
            click.echo(f"{label} ({len(names)}): {', '.join(names)}")
    if data["agenda"]:
        click.echo("Agenda:")
        for i, item in enumerate(data["agenda"], 1):
            click.echo(f"  {i}. {item['title']}" + (f" — {item['presenter']}" if item["presenter"] else ""))
    click.echo("")
    for t in data["turns"]:
        click.echo(f"[{t['index']}] {t['speaker']}: {t['text']}\n")


@cli.command()
@with_overrides
@click.argument("question", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print {answer, language, kind, sources}.")
@click.option("--k", "k", type=click.IntRange(1, 50), default=None, help="How many sources (default: [answers] sources).")
@click.option("--meeting", metavar="ID", help="Only this meeting.")
@click.option("--speaker", metavar="NAME", multiple=True, help="Only what this person said: a name as written (a shared first name means any of them; typos are forgiven). Repeat for several people.")
@click.option("--since", metavar="DATE", type=Day(), help="Only meetings on or after YYYY-MM-DD.")
@click.option("--lang", type=click.Choice(["fr", "es", "pt", "en"]), help="Reply language (default: the question's).")
@click.pass_obj
def ask(obj: Context, question: tuple[str, ...], as_json: bool, k: int | None, meeting: str | None,
        speaker: tuple[str, ...], since, lang: str | None) -> None:
    """Ask the meetings a question; the answer cites who said it, where and when."""
    from bot import config as config_mod
    from bot import render
    from jobs import calendar
    from knowledge.answers import Answerer
    from knowledge.search import Searcher

    declared = config_mod.events(obj.config)
    with obj.store(create=False) as store:
        answers = obj.config.answers
        answerer = Answerer(store, Searcher(store), answers.default_language, answers.participation_target,
                            next_event=calendar.next_finder(lambda: calendar.with_stored(declared, store)),
                            timezones=tuple(obj.config.display.timezones), date_order=obj.config.display.date_order,
                            reminder_offsets=config_mod.offsets(obj.config))
        _check_flags(store, answerer, meeting, speaker, since, " ".join(question))
        answer = answerer.ask(" ".join(question), k=k or answers.sources, meeting=meeting, speaker=speaker or None,
                              since=since.date() if since else None, language=lang)
    if as_json:
        click.echo(json.dumps(render.answer_json(answer), ensure_ascii=False, indent=2))
    else:
        click.echo(render.plain(answer))


def _check_flags(store, answerer, meeting: str | None, speakers: tuple[str, ...], since, question: str) -> None:
    """`acta ask`'s --meeting, --speaker and --since, refused (exit status 1) when they name no
    meeting or no one: the operator gets told so, not a chat member's "/meetings lists…" (--since
    after the latest meeting is no error for a question about what is coming: "when is the next call?")."""
    meetings = store.meetings()
    if meeting and not any(meeting in m.ids for m in meetings):
        raise click.ClickException(f"no meeting {meeting!r} (see `acta meetings` for the ids)")
    latest = max((m.date for m in meetings), default=None)
    if since and latest and latest < f"{since:%Y-%m-%d}" and not answerer.of_what_is_coming(question):
        raise click.ClickException(f"no meeting on or after {since:%Y-%m-%d}: the latest is of "
                                   f"{latest} (see `acta meetings`)")
    people = store.people()
    for name in speakers:
        if not name.strip():
            raise click.BadParameter("empty: give a speaker's name", param_hint="--speaker")
        if not answerer.people_called(name, people):
            raise click.ClickException(f"no speaker called {name!r} in the meetings "
                                       "(`acta show MEETING` lists who spoke in one)")


@cli.command()
@with_overrides
@click.argument("meeting_id", metavar="MEETING")
@click.option("--json", "as_json", is_flag=True, help="Print the summary's data as JSON.")
@click.option("--lang", type=click.Choice(["fr", "es", "pt", "en"]), help="Language of the labels (default: [answers] default_language).")
@click.pass_obj
def summary(obj: Context, meeting_id: str, as_json: bool, lang: str | None) -> None:
    """A meeting's summary: attendance, agenda items with their key sentences, questions,
    commitments, dates mentioned, survey questions."""
    from bot import render_summary
    from knowledge.summary import summarize

    with obj.store(create=False) as store:
        try:
            result = summarize(store.meeting(meeting_id))
        except MeetingNotFound as e:
            raise click.ClickException(f"{e} (see `acta meetings`)") from None
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_summary.summary_text(result, lang or obj.config.answers.default_language,
                                               tuple(obj.config.display.timezones)))


@cli.command()
@with_overrides
@click.option("--until", metavar="DATE", type=Day(), help="Up to this day (default: 60 days ahead).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_obj
def events(obj: Context, until, as_json: bool) -> None:
    """Upcoming events (bot.toml's [[events]], and those added from the chat or imported from
    .ics) and when their reminders go out."""
    import datetime as dt

    from bot import config as config_mod
    from bot.render_events import events_listing
    from jobs import calendar, destinations

    now = dt.datetime.now(dt.timezone.utc)
    if until and until.date() < now.date():
        raise click.BadParameter(f"{until:%Y-%m-%d} is past: the events listed are those to come, up to that day",
                                 param_hint="--until")
    end = until.replace(tzinfo=dt.timezone.utc) + dt.timedelta(days=1) if until else now + dt.timedelta(days=60)
    offsets = config_mod.offsets(obj.config)
    declared = config_mod.events(obj.config)
    if obj.config.db_path.exists():       # and the ones added from the chat or imported from .ics
        with obj.store() as store:
            declared = calendar.with_stored(declared, store)
    found = calendar.upcoming(served := destinations.deliverable(declared, obj.config.telegram.chats), now, end)
    for unreached in destinations.unreached(declared, obj.config.telegram.chats, now):    # (stderr: --json stays JSON)
        click.echo(f"warning: {unreached.message(titled=True)}", err=True)
    click.echo(events_listing(found, calendar.cancelled(served, now, end), offsets, obj.config.display.timezones,
                              as_json, now, last=end - dt.timedelta(days=1), declared=bool(declared)))


@cli.command()
@with_overrides
@click.pass_obj
def demo(obj: Context) -> None:
    """Ingest the demo transcripts shipped with Acta, then show what to try next."""
    corpus = obj.config.resolve(obj.config.ingest.demo_corpus)
    click.echo(f"Ingesting the demo corpus from {corpus} into {obj.config.db_path}", err=True)
    with obj.store() as store:
        results = ingest_mod.ingest_paths(store, [corpus], max_bytes=obj.config.max_bytes, on_result=_progress)
        rows = store.meetings()
    click.echo(", ".join(f"{n} {s}" for s, n in _counts(results).items()), err=True)
    if not results or any(not r.ok for r in results):
        raise click.ClickException(f"the demo corpus in {corpus} did not ingest cleanly")
    click.echo(f"\nActa knows {len(rows)} meetings:")
    for m in rows:
        click.echo(f"  {m.id:<34} {m.date}  {m.title} ({', '.join(m.languages)}, {m.turns} turns)")
    if _start_bot(obj):
        return
    click.echo("\nTry next (after `source .venv/bin/activate`, or with .venv/bin/acta):\n  acta chat\n"
               f"  acta ask \"Who attended the last meeting?\"\n  acta show {rows[0].id}\n"
               "  acta ingest PATH...   (files or folders of transcripts)")


@cli.command(name="run")
@with_overrides
@click.pass_obj
def run_(obj: Context) -> None:
    """Start the bot: Telegram when the token variable is set, else (at a terminal) the local chat
    console.

    Exit status: 1 when the Bot API cannot be reached as it starts or refuses the token, and when
    there is no token and no terminal (a service started without its token)."""
    if not _start_bot(obj):
        raise click.ClickException(f"no Telegram token in ${obj.config.telegram.token_env}, and no terminal for the "
                                   "local chat console: set the variable to run the Telegram bot (`acta chat` "
                                   "reads questions from a pipe)")


@cli.command()
@with_overrides
@click.pass_obj
def chat(obj: Context) -> None:
    """Chat with Acta in this terminal: the same commands, questions and buttons as in Telegram."""
    _console(obj)


def _start_bot(obj: Context) -> bool:
    """Telegram if a token is set; else the console when someone is at the terminal."""
    from bot import app

    token = app.token_from_env(obj.config)
    if token:
        click.echo(f"Starting the Telegram bot ({obj.config.telegram.mode}); stop it with Ctrl-C.", err=True)
        app.run(obj.config, token)
        return True
    if sys.stdin.isatty():
        click.echo(f"\nNo Telegram token in ${obj.config.telegram.token_env}: here is the local chat console "
                   "(set the variable to run the Telegram bot).", err=True)
        _console(obj)
        return True
    return False


def _console(obj: Context) -> None:
    from bot import app, console

    services = app.build_services(obj.config)
    try:
        console.run(services.dialogue, downloads=obj.config.db_path.parent,
                    intro="Acta — type a question, /help, a button's number, or /quit.")
    finally:
        services.close()


cli.add_command(cli_eval.eval_)
cli.add_command(cli_eval.eval_summary)
cli.add_command(cli_ops.backup)
cli.add_command(cli_ops.import_ics)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        cli(prog_name="acta")
    except ActaError as e:  # anything the commands did not turn into a message themselves
        click.echo(f"Error: {e}", err=True)
        sys.exit(1)
