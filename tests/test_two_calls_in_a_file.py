"""Two calls in one file are refused, naming the line the second starts on; what a single call
says again (its opening, its roll call, mid-call) opens no second call."""
from __future__ import annotations

import pytest

from knowledge import ingest

from conftest import DEMO

MAX = 20_000_000

NARALO = (DEMO / "naralo-2026-10-12-en.txt").read_text(encoding="utf-8")        # 151 lines, its end marker last
LACRALO = (DEMO / "lacralo-2026-09-21-en.txt").read_text(encoding="utf-8")      # its first turn on line 4
LACRALO_ES = (DEMO / "lacralo-2026-09-21-es.txt").read_text(encoding="utf-8")
WITHOUT_END = NARALO.replace("[END OF TRANSCRIPTION]", "")
# The LACRALO call without its roll call, opened in its second turn, after "the recording has started".
ROLL_CALL = ("On the Spanish channel", "On the English channel", "On the Portuguese channel", "We have received",
             "From staff", "Our interpreters")
UNANNOUNCED = "HERNÁN VILLALOBOS: The recording has started, Valeria.\n\n" + "\n".join(
    line for line in LACRALO.split("\n") if not line.startswith(ROLL_CALL))


def _lines(text: str) -> int:
    return text.count("\n")


@pytest.mark.parametrize("text, line, what", [
    (NARALO + LACRALO, 151 + 4, "the transcript ends at line 151 and LACRALO on 2026-09-21 follows"),
    (NARALO + NARALO, 151 + 1, "the transcript ends at line 151 and the same call again follows"),
    # …a webinar with no roll call, opened in the first turn after the end marker
    (NARALO + "\nVALERIA OSORIO: Welcome to the LACRALO webinar on 19 October 2026. Today our guest speaker "
              "presents the new DNS abuse report.\n\nRACHEL O'CONNOR: Thank you, Valeria.\n", 151 + 2,
     "the transcript ends at line 151 and LACRALO on 2026-10-19 follows"),
    # …opened in its second turn, with no roll call: the turns after the marker are a call's
    (NARALO + UNANNOUNCED, 151 + 1, "the transcript ends at line 151 and LACRALO on 2026-09-21 follows"),
    (WITHOUT_END + LACRALO, 151 + 4, "a second opening: LACRALO on 2026-09-21"),
    (WITHOUT_END + NARALO, 151 + 1, "a second opening: the same call again"),     # pasted twice
    # …its opening's time taken out: what it says again tells it, not a time and a roll call
    (WITHOUT_END + NARALO.replace(" It is 19:00 UTC.", ""), 151 + 1, "a second opening: the same call again"),
    (LACRALO_ES.replace("**[FIN DE LA TRANSCRIPCIÓN]**", "") + LACRALO_ES.replace("21 de septiembre", "19 de octubre"),
     _lines(LACRALO_ES) + 4, "a second opening: LACRALO on 2026-10-19"),
])
def test_two_calls_in_one_file_are_refused_naming_the_line_the_second_starts(store, tmp_path, text, line, what):
    (tmp_path / "calls.txt").write_text(text, encoding="utf-8")
    assert text.split("\n")[line - 1].split(":")[0] in ("VALERIA OSORIO", "RACHEL O'CONNOR", "HERNÁN VILLALOBOS")
    result = ingest.ingest_paths(store, [tmp_path / "calls.txt"], max_bytes=MAX)[0]
    assert ("failed", "two_calls", {"line": line}) == (result.status, result.code, result.params)
    assert (f"two calls in one file: a second one starts at line {line} ({what}); split the file there and ingest "
            "each part") == result.error
    assert [] == store.meetings()           # nothing stored, nothing lost


def _said_mid_call(text: str, turn: str) -> str:
    """The NARALO call with ``turn`` said before Olivia's (line 135), well into the call."""
    return text.replace("OLIVIA HARTMAN: Thank you, Marc-André.", f"{turn}\n\nOLIVIA HARTMAN: Thank you, Marc-André.")


@pytest.mark.parametrize("text", [
    # The chair says the date again, welcoming those who joined late.
    _said_mid_call(NARALO, "MARC-ANDRÉ GAGNON: Welcome to the NARALO monthly call to those who just joined: today is "
                           "Monday, 12 October 2026, and we are on item four."),
    # …and again with the time, and who joined (the same call's date: a roll call alone is not enough without a time).
    _said_mid_call(NARALO, "MARC-ANDRÉ GAGNON: Welcome to the call, Olivia. As a reminder, today is 12 October 2026."),
    # Another call announced, its date and time said: no roll call follows.
    _said_mid_call(NARALO, "TAMARA WILLIAMS: Welcome to the ALAC webinar on Thursday, 3 December 2026 at 14:00 UTC, "
                           "everyone: please register on the wiki."),
    _said_mid_call(NARALO, "TAMARA WILLIAMS: You are all welcome to the LACRALO call on 19 October 2026 at 23:00 UTC."),
    # Back from a break, the date and time said again, and who is on the call.
    _said_mid_call(NARALO, "RACHEL O'CONNOR: Welcome back, everyone. It is Monday, 12 October 2026, 20:00 UTC. On the "
                           "English channel we now also have Olivia Hartman."),
    # A line after the end marker is no second call.
    NARALO + "\nRACHEL O'CONNOR: (recording stopped)\n",
    # Nor is Zoom's chat log appended after it, whoever wrote in it and whatever they wrote.
    NARALO + "\nCHAT LOG\n\nSOFIA HERRERA: Hello from Mexico City, I can hear the Spanish channel well.\n"
             "MICHAEL CHEN: The IDN report is on the wiki page, link shared in the agenda.\n"
             "PRIYA RAMAN: Please send comments on the draft statement by 30 October.\n"
             "RACHEL O'CONNOR: Welcome to the NARALO monthly call on 12 October 2026, everyone.\n",
    NARALO + "\nCHAT LOG\n\nSOFIA HERRERA: Hello from Mexico City.\nMICHAEL CHEN: Hi all.\n"
             "TAMARA WILLIAMS: Welcome to the LACRALO call on 19 October 2026 at 23:00 UTC, after this one.\n",
    # A session restarted after a lost connection: staff open it again, with its date, a new time and
    # the roll call, and the call goes on.
    _said_mid_call(NARALO, "RACHEL O'CONNOR: Apologies, everyone, we lost the Zoom connection and had to restart the "
                           "meeting. Welcome to the NARALO monthly call on Monday, 12 October 2026, resumed at 20:05 "
                           "UTC. For the recording, on the English channel we have Marc-André Gagnon, Tamara "
                           "Williams, Ethan Brooks, Priya Raman and Michael Chen. On the French channel we have "
                           "Nadine Tremblay. Back to you, Marc-André."),
    # Under an annex's heading, a chat log of long messages, another call welcomed in its second one.
    NARALO + "\nZOOM CHAT LOG:\n\n" + UNANNOUNCED,
    NARALO + "\nAnnex – chat\n\n" + UNANNOUNCED,
    # Without a heading, a chat log's short lines, another call welcomed in the second.
    NARALO + "\nSOFIA HERRERA: Hello from Mexico City.\n\nTAMARA WILLIAMS: Welcome to the LACRALO monthly call "
             "on 19 October 2026 at 23:00 UTC, after this one.\n\nSOFIA HERRERA: Thanks, see you there.\n\n"
             "TAMARA WILLIAMS: Link on the wiki.\n\nSOFIA HERRERA: Got it.\n\nTAMARA WILLIAMS: Bye.\n",
    # The recording restarted after the end marker: the same call's date, no roll call, opened in the
    # second turn, and the call goes on at length.
    NARALO + "\n" + UNANNOUNCED.replace("LACRALO", "NARALO").replace("Monday, 21 September 2026", "Monday, 12 October 2026")
    .replace("23:00 UTC", "20:10 UTC"),
])
def test_what_a_single_call_says_again_opens_no_second_call(store, tmp_path, text):
    (tmp_path / "naralo-2026-10-12-en.txt").write_text(text, encoding="utf-8")
    result = ingest.ingest_paths(store, [tmp_path / "naralo-2026-10-12-en.txt"], max_bytes=MAX)[0]
    assert ("ingested", None) == (result.status, result.error)
