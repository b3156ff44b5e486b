"""The next event ("When is the next …?"): the next call of bot.toml, of a kind, group, month or place,
what calls announced sooner, /next, and follow-ups on it."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from click.testing import CliRunner

from bot import render
from bot.cli import cli
from bot.dialogue import Dialogue, Member
from jobs import calendar
from jobs.calendar import Event
from knowledge import ingest
from knowledge.answers import Answerer
from knowledge.search import Searcher
from knowledge.store import Store

from conftest import DEMO

UTC = dt.timezone.utc


def test_acta_ask_knows_the_next_call(tmp_path):
    path = tmp_path / "bot.toml"
    path.write_text('[[events]]\ntitle = "Yearly call"\nstart = "2026-05-06T10:00"\ntimezone = "America/Mexico_City"\n'
                    'rrule = "FREQ=YEARLY"\n[display]\ntimezones = ["UTC", "America/Bogota"]\n')
    db = str(tmp_path / "a.db")
    assert 0 == CliRunner().invoke(cli, ["ingest", "--config", str(path), "--db", db, str(DEMO / "naralo-2026-10-12-en.txt")]).exit_code
    result = CliRunner().invoke(cli, ["ask", "--config", str(path), "--db", db, "¿Cuándo es la próxima llamada?"])
    assert re.fullmatch(r"Yearly call — 6 de mayo de 20\d\d\n16:00 UTC · 11:00 Bogota", result.stdout.strip())


def test_ask_for_the_next_event_of_a_kind_or_group(tmp_path):
    events = [Event.declared("NARALO monthly call", "2026-05-06T10:00", "UTC", "FREQ=MONTHLY"),
              Event.declared("LACRALO monthly call", "2026-05-04T10:00", "UTC", "FREQ=MONTHLY")]
    now = dt.datetime(2026, 11, 22, tzinfo=UTC)
    with Store(tmp_path / "a.db") as store:
        for name in ("naralo-2026-10-12-en.txt", "lacralo-2026-09-21-en.txt"):
            ingest.ingest_file(store, str(DEMO / name), max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store), next_event=lambda titled=None, after=None: calendar.next_occurrence(
            events, now, titled=titled, after=after), today=now.date)

        def ask(question: str) -> str:
            return render.plain(answerer.ask(question))
        assert "LACRALO monthly call — 4 December 2026\n10:00 UTC" == ask("When is the next call?")
        assert "NARALO monthly call — 6 December 2026\n10:00 UTC" == ask("When is the next NARALO call?")
        # none such: the last one announced, now past, then the next event (not other groups' news)
        said = ask("Quand est le prochain webinaire ?")
        assert ["Rien de tel n'est programmé ni annoncé après le 20 octobre 2026.", "Le dernier annoncé, déjà passé :"] == said.split("\n")[:2]
        assert said.split("\n")[2].startswith("• 20 octobre 2026 (16:00 UTC) — «We are also proposing a short webinar")
        assert said.endswith("Le prochain événement :\nLACRALO monthly call — 4 décembre 2026\n10:00 UTC")


def test_what_is_coming_in_a_month_is_of_that_month(tmp_path):
    events = [Event.declared("LACRALO monthly call", "2026-05-04T10:00", "UTC", "FREQ=MONTHLY")]
    now = dt.datetime(2026, 11, 22, tzinfo=UTC)
    with Store(tmp_path / "a.db") as store:
        for name in ("naralo-2026-10-12-en.txt", "lacralo-2026-10-26-pt.txt"):
            ingest.ingest_file(store, str(DEMO / name), max_bytes=10_000_000)
        answerer = Answerer(store, Searcher(store), today=lambda: now.date(),
                            next_event=lambda titled=None, after=None: calendar.next_occurrence(
                                events, now, titled=titled, after=after))

        def ask(question: str) -> list[str]:
            return render.plain(answerer.ask(question)).split("\n")
        # January: its call, not December's announcements nor the next call
        assert ask("any events in january?") == ["LACRALO monthly call — 4 January 2027", "10:00 UTC"]
        assert ask("¿Hay algo en enero?") == ["LACRALO monthly call — 4 de enero de 2027", "10:00 UTC"]
        assert ask("When is the March LACRALO call?") == ["LACRALO monthly call — 4 March 2027", "10:00 UTC"]
        # December: what was announced for it, then its call
        found = ask("¿Qué hay en diciembre?")
        assert found[0] == "Anunciado en las llamadas (no en el calendario):" and len(found) == 7
        assert found[-2:] == ["LACRALO monthly call — 4 de diciembre de 2026", "10:00 UTC"]
        assert ask("what's happening in december")[0] == "Announced in calls (not in the calendar):"
        # A month gone by is no question about what is coming; of a year gone by, nothing is
        assert "next" != answerer.ask("when is the october call?").kind
        assert ask("any events in March 2025?")[0] == "Nothing is scheduled or announced for then. The next event:"
        # "may" is no month, unless it is one
        assert ask("When is the next call? I may not make it") == ["LACRALO monthly call — 4 December 2026", "10:00 UTC"]
        assert ask("What is coming up — anything in May?") == ["LACRALO monthly call — 4 May 2027", "10:00 UTC"]
        assert "next" == answerer.ask("any events in December in Toronto?").kind      # a place is no topic
        # Nothing that month: said so, and the next event
        once = [Event.declared("Regional workshop", "2027-02-10T15:00", "UTC")]
        later = Answerer(store, Searcher(store), today=lambda: now.date(),
                         next_event=lambda titled=None, after=None: calendar.next_occurrence(once, now, titled=titled, after=after))
        found = render.plain(later.ask("any events in january?")).split("\n")
        assert found[:2] == ["Nothing is scheduled or announced for then. The next event:", "Announced in calls (not in the calendar):"]
        assert found[-4:] == ["", "Next scheduled:", "Regional workshop — 10 February 2027", "15:00 UTC"] and len(found) == 8


def test_next_also_gives_the_events_announced_in_calls_sooner(tmp_path):
    """"When is the next …?" also answers with what a call announced and no one scheduled yet:
    of the group, kind or place asked about, sooner than the next scheduled event."""
    events = [Event.declared("NARALO monthly call", "2026-05-06T10:00", "UTC", "FREQ=MONTHLY"),
              Event.declared("LACRALO monthly call", "2026-05-04T10:00", "UTC", "FREQ=MONTHLY")]
    now = dt.datetime(2026, 11, 22, tzinfo=UTC)
    toronto = ("• 3 December 2026, Toronto — «As you know, NARALO is organizing a community outreach event on "
               "3 December in Toronto")
    with Store(tmp_path / "a.db") as store:
        for name in ("naralo-2026-10-12-en.txt", "lacralo-2026-10-26-pt.txt"):
            ingest.ingest_file(store, str(DEMO / name), max_bytes=10_000_000)

        def ask(question: str, scheduled=events, today=now.date()) -> list[str]:
            answerer = Answerer(store, Searcher(store), today=lambda: today,
                                next_event=lambda titled=None, after=None: calendar.next_occurrence(
                                    scheduled, now, titled=titled, after=after))
            return render.plain(answerer.ask(question)).split("\n")

        found = ask("When is the next NARALO event?")           # the soonest first
        assert found[0] == "Announced in calls (not in the calendar):" and found[1].startswith(toronto)
        assert found[1].endswith("» — Nadine Tremblay, NARALO monthly call, 12 October 2026")
        assert found[2:] == ["", "Next scheduled:", "NARALO monthly call — 6 December 2026", "10:00 UTC"]
        # Announced for after the next scheduled one: not yet.
        sooner = [Event.declared("NARALO monthly call", "2026-05-01T10:00", "UTC", "FREQ=MONTHLY")]
        assert ask("When is the next NARALO event?", scheduled=sooner) == ["NARALO monthly call — 1 December 2026", "10:00 UTC"]
        # A call: the outreach event is none.
        assert ask("When is the next NARALO call?") == ["NARALO monthly call — 6 December 2026", "10:00 UTC"]
        # Of any kind: both announced before the LACRALO call of 4 December, in the member's language.
        found = ask("Quand est le prochain événement ?")
        assert found[0] == "Annoncé dans les appels (pas dans le calendrier) :" and found[1].startswith("• 3 décembre 2026, Toronto — «")
        assert found[2].startswith("• 3–4 décembre 2026, Bogotá — «Dizia")
        assert found[3:] == ["", "Prochain événement programmé :", "LACRALO monthly call — 4 décembre 2026", "10:00 UTC"]
        # A place: that event, not the next call.
        found = ask("¿Cuándo es el próximo evento en Bogotá?")
        assert found[0] == "Anunciado en las llamadas (aún no en el calendario):"
        assert len(found) == 2 and found[1].startswith("• 3–4 de diciembre de 2026, Bogotá — «Dizia que o evento regional")
        assert found[1].endswith("» — Diego Alarcón, seminario web de LACRALO, 26 de octubre de 2026")
        # The event of a place, asked with no "next": the same
        bogota = ask("When is the next event in Bogotá?")
        assert ask("When is the Bogotá event?") == ask("When is the event in Bogotá?") == bogota
        found = ask("¿Cuándo es el evento de Toronto?")
        assert found[0] == "Anunciado en las llamadas (aún no en el calendario):" and found[1].startswith("• 3 de diciembre de 2026, Toronto")
        # (none to come there: what the calls said of it, searched — "Quand aura lieu l'événement à Montevideo ?")
        assert not ask("When is the Paris event?")[0].startswith("Nothing like that")
        # A place nothing was announced at: said so (a month is no place).
        assert ask("When is the next event in Paris?") == ["Nothing like that is scheduled. The next event:",
                                                         "LACRALO monthly call — 4 December 2026", "10:00 UTC"]
        assert ask("When is the next event in December?")[0] == "Announced in calls (not in the calendar):"
        # The time in a city whose time is shown: the next call, not an event there.
        shown = Answerer(store, Searcher(store), today=lambda: now.date(), timezones=("UTC", "America/Mexico_City"),
                         next_event=lambda titled=None, after=None: calendar.next_occurrence(
                             events, now, titled=titled, after=after))
        assert render.plain(shown.ask("¿A qué hora es la próxima llamada en México?")).split("\n") == [
            "LACRALO monthly call — 4 de diciembre de 2026", "10:00 UTC · 04:00 Mexico City"]
        assert render.plain(shown.ask("When is the next event in Mexico?")).startswith("Nothing like that is scheduled.")
        # a country's time is its capital's
        assert render.plain(shown.ask("¿A qué hora es la próxima llamada en Colombia?")).split("\n")[1] == \
            "10:00 UTC · 04:00 Mexico City · 05:00 Bogota"
        assert render.plain(shown.ask("¿A qué hora es la próxima llamada en Narnia?")).split("\n")[1] == \
            "10:00 UTC · 04:00 Mexico City"
        # …and in a city whose time is not shown, its time too
        assert render.plain(shown.ask("What time is the next call in Toronto?")).split("\n") == [
            "LACRALO monthly call — 4 December 2026", "10:00 UTC · 04:00 Mexico City · 05:00 Toronto"]
        # a city of several words; a word several cities share is none of them ("Port")
        assert render.plain(shown.ask("What time is the next call in Port of Spain?")).endswith("06:00 Port of Spain")
        assert render.plain(shown.ask("What time is the next call in Port?")).endswith("04:00 Mexico City")
        # (a province's or an old alias's zone is no city's: San Juan is not Argentina's, Victoria not Australia's)
        assert render.plain(shown.ask("What time is the next call in Victoria?")).split("\n")[1] == \
            "10:00 UTC · 04:00 Mexico City"
        assert render.plain(shown.ask("When is the next event in Paris this time?")).startswith("Nothing like that")
        found = ask("And the next LACRALO one?")           # (the group's: Bogotá, not Toronto)
        assert len(found) == 6 and found[1].startswith("• 3–4 December 2026, Bogotá") and found[4:] == [
            "LACRALO monthly call — 4 December 2026", "10:00 UTC"]
        # Nothing scheduled.
        found = ask("When is the next NARALO event?", scheduled=[])
        assert found[0] == "Announced in calls (not in the calendar yet):" and len(found) == 2 and found[1].startswith(toronto)
        found = ask("When is the next event?", scheduled=[])
        assert found[0] == "Announced in calls (not in the calendar yet):" and len(found) == 3
        # Once they are past, as before.
        later = dt.date(2026, 12, 5)
        assert ask("When is the next event?", scheduled=[], today=later) == ["No call is scheduled yet."]
        gone = ask("When is the next NARALO event?", scheduled=[], today=later)     # (and the last one, past)
        assert gone[:2] == ["Nothing like that is scheduled or announced after 3 December 2026.", "The last one announced, now past:"]
        assert gone[2].startswith("• 3 December 2026, Toronto") and len(gone) == 3
        # A group (or other acronym) no event or call of ours names: nothing like that, not another's call.
        assert ask("When is the next EURALO call?")[0] == "Nothing like that is scheduled. The next event:"
        assert ask("When is the next IDN working group meeting?")[0] == "Nothing like that is scheduled. The next event:"
        assert ask("the next IDN working group meeting")[0] == "Nothing like that is scheduled. The next event:"
        assert ask("When is the next meeting at 10:00 UTC?")[0] != "Nothing like that is scheduled. The next event:"
        assert ask("WHEN IS THE NEXT NARALO CALL?") == ["NARALO monthly call — 6 December 2026", "10:00 UTC"]
        assert ask("When is the NEXT NARALO call?") == ["NARALO monthly call — 6 December 2026", "10:00 UTC"]  # (stress)
        assert ask("When is the next NARALO event?", scheduled=events[:1], today=later) == [
            "NARALO monthly call — 6 December 2026", "10:00 UTC"]


def test_the_next_event_in_telegram_html_escapes_what_calls_said(tmp_path):
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_file(store, str(DEMO / "naralo-2026-10-12-en.txt"), max_bytes=10_000_000)
        html = render.html_answer(Answerer(store, Searcher(store), today=lambda: dt.date(2026, 11, 22)).ask(
            "When is the next NARALO event?"))
    lines = html.split("\n")
    assert lines[0] == "<b>Announced in calls (not in the calendar yet):</b>"
    assert lines[1].startswith("• 3 December 2026, Toronto — «") and "<" not in lines[1]


@pytest.mark.parametrize("start, end, lang, written", [
    ("2026-12-03", "2026-12-04", "en", "3–4 December 2026"),
    ("2026-12-03", "2026-12-04", "es", "3–4 de diciembre de 2026"),
    ("2026-11-30", "2026-12-02", "fr", "30 novembre – 2 décembre 2026"),
    ("2026-12-30", "2027-01-02", "pt", "30 de dezembro de 2026 – 2 de janeiro de 2027"),
    ("2026-12-03", None, "en", "3 December 2026"),
    ("2026-12-03", "2026-12-03", "en", "3 December 2026"),
])
def test_a_span_of_days_is_written_once_where_it_can(start, end, lang, written):
    from bot import i18n
    assert i18n.date_span(start, end, lang) == written


@pytest.mark.parametrize("question", ["When is the event?", "¿Cuándo es el evento?", "When was the Bogotá event announced?",
                                      "When is the deadline for the Abidjan event?", "When is the event about?"])
def test_when_an_event_is_asked_with_no_name_or_of_the_past_is_no_next_event(archive, question):
    assert "next" != archive.ask(question).kind


@pytest.mark.parametrize("question", ["Who will be the next one to speak?", "What happens in the next one or two years?",
                                      # a few words before "meeting" name one only with an acronym
                                      "What are the next steps for the working group meeting?",
                                      "the next steps of our working group meeting",
                                      "Will the next budget review meeting be recorded?",
                                      "What should we prepare for the next outreach planning call?",
                                      "What did Michael say about the next IDN working group meeting?"])
def test_the_next_one_of_something_else_is_no_event(archive, question):
    assert "next" != archive.ask(question).kind


def test_the_next_command_gives_what_calls_announced_sooner_first(archive):
    events = [Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO")]
    talk = Dialogue(store=archive.store, answerer=archive, events=events,
                    clock=lambda: dt.datetime(2026, 11, 22, 12, tzinfo=UTC))
    lines = talk.command("next", "", Member(1, "en"))[0].html.split("\n")
    assert lines[0] == "<b>Announced in calls (not in the calendar):</b>" and lines[1].startswith("• 3 December 2026, Toronto")
    assert lines[-3:] == ["<b>Next scheduled:</b>", "<b>LACRALO monthly call</b> — 21 December 2026", "23:00 UTC"]
    # Of a group: its events.
    naralo = talk.command("next", "NARALO", Member(1, "en"))[0].html.split("\n")
    assert len(naralo) == 2 and naralo[1].startswith("• 3 December 2026, Toronto")
    assert naralo[0] == "<b>Announced in calls (not in the calendar yet):</b>"
    euralo = talk.command("next", "EURALO", Member(1, "en"))[0].html.split("\n")     # no such group's
    assert euralo[0] == "<b>Nothing like that is scheduled. The next event:</b>" and len(euralo) == 3
    # Once they are past: the next call alone.
    later = Dialogue(store=archive.store, answerer=archive, events=events,
                     clock=lambda: dt.datetime(2026, 12, 10, tzinfo=UTC))
    assert later.command("next", "", Member(1, "en"))[0].html == "<b>LACRALO monthly call</b> — 21 December 2026\n23:00 UTC"


def test_next_shows_the_time_in_the_groups_zones(tmp_path):
    e = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO",
                       link="https://example.org/join")
    clock = lambda: dt.datetime(2026, 12, 21, 22, 59, tzinfo=UTC)  # noqa: E731
    with Store(tmp_path / "a.db") as store:
        dialogue = Dialogue(store=store, answerer=None, events=[e], clock=clock,
                            timezones=("UTC", "America/Buenos_Aires", "Asia/Tokyo"))
        (reply,) = dialogue.command("next", "", Member(1, "es"))
    assert ("<b>LACRALO monthly call</b> — 21 de diciembre de 2026\n"
            "23:00 UTC · 20:00 Buenos Aires · 08:00 Tokyo (22 de diciembre de 2026)\n"
            "https://example.org/join") == reply.html


def test_it_after_the_next_event_is_that_event(archive):
    answerer = Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 22))
    talk = Dialogue(archive.store, answerer, clock=lambda: dt.datetime(2026, 11, 22, tzinfo=UTC))
    ana = Member(1, "en", chat=-100)
    (bogota,) = talk.question("When is the next LACRALO event?", ana)
    assert "Bogotá" in bogota.html
    (support,) = talk.question("How many travel support places for it?", ana)
    assert "Diego Alarcón</b> — LACRALO webinar, 26 October 2026" in support.html      # who announced it, where


def test_the_time_asked_right_after_the_next_call_and_in_the_conversations_language(archive):
    answerer = Answerer(archive.store, archive.searcher, today=lambda: dt.date(2026, 11, 22))
    monthly = Event.declared("LACRALO monthly call", "2026-01-19T23:00", "UTC", "FREQ=MONTHLY;BYDAY=3MO", chats=(-100,))
    talk = Dialogue(archive.store, answerer, events=[monthly], clock=lambda: dt.datetime(2026, 11, 22, tzinfo=UTC),
                    timezones=("UTC", "America/Mexico_City"))
    ana = Member(1, None, chat=-100)         # (no client language: the messages' own)
    (call,) = talk.question("hola, cuando es la proxima llamada?", ana)
    assert "<b>LACRALO monthly call</b> — 21 de diciembre de 2026" in call.html
    (time,) = talk.question("a que hora?", ana)              # Spanish as much as Portuguese: the conversation's
    assert time.html == call.html
    (events,) = talk.question("proximos eventos?", ana)
    assert "Anunciado en las llamadas" in events.html
    bea = Member(2, None, chat=-100)
    (first,) = talk.question("proximos eventos?", bea)        # no conversation yet: whatever the identifier says
    assert first.html.split("\n")[0] in ("<b>Anunciado en las llamadas (no en el calendario):</b>",
                                          "<b>Anunciado nas chamadas (não no calendário):</b>")


@pytest.mark.parametrize("question, places", [
    ("When is the next event in Panama?", ["Ciudad de Panamá"]), ("¿Y en Ciudad de Panamá?", ["Ciudad de Panamá"]),
    ("When is the next event in Bogota?", ["Bogotá"]), ("Quando é o evento em São Paulo?", ["São Paulo"]),
    ("When is the next event in the city?", []), ("When is the next event?", []),
])
def test_an_announced_event_at_the_place_asked_about(question, places):
    from knowledge.announced import Announced, at_place_named
    from knowledge.dates import Mention
    said = [Announced(Mention("2027-03-15", "day", "Ana", "…", 1, place=p), None, p)
            for p in ("Ciudad de Panamá", "Bogotá", "São Paulo")]
    assert places == [a.mention.place for a in at_place_named(said, question)]
