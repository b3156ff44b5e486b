"""Parsing the published format, checked on the two real calls in ../shared/corpus."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from knowledge import opening as opening_mod
from knowledge import formats, rollcall, transcripts
from knowledge.models import INTERPRETER, MEMBER, STAFF


def names(t, status, source="roll_call"):
    return [a.name for a in t.attendance if a.status == status and a.source == source]


# --- meeting metadata ---------------------------------------------------------------------------

def test_2016_metadata(call_2016):
    assert dt.date(2016, 6, 20) == call_2016.date
    assert dt.datetime(2016, 6, 20, 23, 0, tzinfo=dt.timezone.utc) == call_2016.start_utc
    assert ("LACRALO", "monthly_call", "fr") == (call_2016.group, call_2016.kind, call_2016.language)
    assert "LACRALO monthly call" == call_2016.title


def test_2020_metadata(call_2020):
    assert dt.datetime(2020, 2, 17, 23, 0, tzinfo=dt.timezone.utc) == call_2020.start_utc
    assert ("LACRALO", "monthly_call", "fr") == (call_2020.group, call_2020.kind, call_2020.language)


# --- turns --------------------------------------------------------------------------------------

def test_turn_counts_match_the_labels_in_the_file(call_2016, call_2020):
    assert 75 == len(call_2016.turns)
    assert 51 == len(call_2020.turns)
    assert list(range(75)) == [t.index for t in call_2016.turns]


def test_distinct_speakers_with_typos_merged(call_2016, call_2020):
    assert ["Terri Agnew", "Humberto Carrasco", "Maritza Aguero", "Vanda Scartezini", "Raitme Citterio",
            "Silvia Vivanco", "Rodrigo Saucedo", "Alfredo Lopez", "Alberto Soto", "Mark Datysgeld",
            "Aida Noblia"] == call_2016.speakers
    assert ["Claudia Ruiz", "Sergio Salinas Porto", "Harold Arcos", "Alberto Soto", "Patricio Carranza",
            "Lilian de Luque", "Adrian Carballo", "Raitme Citterio", "Silvia Vivanco", "León Sanchez",
            "Humberto Carrasco"] == call_2020.speakers


def test_misspelled_labels_are_aliases_of_the_right_person(call_2016, call_2020):
    aliases_2016 = {p.key: p.aliases for p in call_2016.people}
    aliases_2020 = {p.key: p.aliases for p in call_2020.people}
    assert ("RAITME CITTIERO",) == aliases_2016["RAITME CITTERIO"]
    assert "PATRICIO CARRANZO" in aliases_2020["PATRICIO CARRANZA"]
    typo = next(t for t in call_2016.turns if t.label == "RAITME CITTIERO")
    assert ("Raitme Citterio", "RAITME CITTERIO") == (typo.speaker, typo.person)


def test_labels_with_space_before_colon_and_alone_on_their_line(call_2016, call_2020):
    # "HUMBERTO CARRASCO : Merci beaucoup, Maritza" and "MARITZA AGUERO:" alone, text below.
    t = call_2016.turns[3]
    assert ("Humberto Carrasco", "HUMBERTO CARRASCO") == (t.speaker, t.label)
    assert t.text.startswith("Merci beaucoup, Maritza, pour cette mise à jour.")
    alone = call_2016.turns[2]
    assert "Maritza Aguero" == alone.speaker
    assert alone.text.startswith("Merci beaucoup, Humberto. Bonjour et bonsoir à tous.")
    leon = [t for t in call_2020.turns if t.label == "LEÓN SANCHEZ"]
    assert 3 == len(leon) and {"León Sanchez"} == {t.speaker for t in leon}


def test_interpreters_are_kept_but_not_members(call_2016):
    interp = [t for t in call_2016.turns if t.role == INTERPRETER]
    assert ["INTERPRETE FRANCAISE", "INTERPRETE ESPAGNOL"] == [t.label for t in interp]
    assert all(t.person is None for t in interp)
    assert "L'interprète dit qu'elle n'entend plus Vanda." == interp[0].text


def test_staff_and_members_roles(call_2016):
    roles = {t.speaker: t.role for t in call_2016.turns}
    assert STAFF == roles["Terri Agnew"] == roles["Silvia Vivanco"]
    assert MEMBER == roles["Humberto Carrasco"]


# --- clean text ---------------------------------------------------------------------------------

def test_no_disclaimer_separator_or_end_marker_left(call_2016, call_2020):
    for t in call_2016.turns + call_2020.turns:
        assert "présent document" not in t.text
        assert "FIN DE LA TRANSCRIPTION" not in t.text
        assert "**" not in t.text and not re.search(r"(^|\n)-{3}", t.text)


def test_sentences_cut_by_page_breaks_are_joined(call_2016, call_2020):
    joined = " ".join(t.text for t in call_2020.turns)
    assert "Nous allons donc commencer par ce webinaire" in joined      # across --- and the disclaimer
    assert "J'ai parlé avec Antonio Medina également" in joined
    assert "seront les membres du conseil d'administration" in joined  # across blank lines and ---
    assert "Ce groupe aura une réunion en face à face" in " ".join(t.text for t in call_2016.turns)


def test_finished_sentences_stay_separate_paragraphs(call_2016):
    vanda = call_2016.turns[6]
    assert vanda.text.split("\n")[0] == ("Bien, parfait. Je vais vous montrer ma présentation sur l'écran. "
                                         "Je vais vous parler des points importants, des points qui peuvent "
                                         "nous intéresser.")
    assert len(vanda.text.split("\n")) > 10


def test_markers_are_kept_in_one_spelling(call_2016, call_2020):
    text = " ".join(t.text for t in call_2016.turns + call_2020.turns)
    assert "[Inaudible]" not in text
    assert text.count("[inaudible]") == 4
    assert text.count("[coupure audio]") == 4


# --- roll call ----------------------------------------------------------------------------------

def test_2016_roll_call(call_2016):
    assert ["Enmanuel Alcántara", "Carlos Vera Quintana", "Ricardo Holmquist", "Aida Noblia", "Cristian Casas",
            "Alberto Soto", "Humberto Carrasco", "Maritza Aguero", "Alyne Andrade"] == names(call_2016, "present")
    channels = {a.name: a.channel for a in call_2016.attendance}
    assert "pt" == channels["Alyne Andrade"] and channels["Aida Noblia"] is None
    # The last is announced mid-call: "j'excuse Rodrigo de La Parra, qui envoie ses excuses".
    assert ["Carlos Raúl Gutiérrez", "Javier Chandia", "Carlos Dionisio Aguirre", "Rodrigo de La Parra"] == names(
        call_2016, "apology")
    assert ["Silvia Vivanco", "Terri Agnew"] == names(call_2016, "staff")
    assert ["Bettina", "Camila", "Claire"] == names(call_2016, "interpreter")


def test_2016_people_who_spoke_without_being_announced(call_2016):
    assert ["Vanda Scartezini", "Raitme Citterio", "Rodrigo Saucedo", "Alfredo Lopez",
            "Mark Datysgeld"] == names(call_2016, "present", source="spoke")


def test_2020_roll_call_by_channel(call_2020):
    present = [(a.name, a.channel) for a in call_2020.attendance if a.status == "present" and a.source == "roll_call"]
    assert 14 == len(present)
    assert ("Sylvia Solara", "es") in present         # "[Sylvia Solara]": an uncertain spelling, still a name
    assert [("Kerry Kerr", "en"), ("Dev Anand Teelucksingh", "en")] == present[-2:]
    assert ["Humberto Carrasco", "Sylvia Herlein Leite", "Maritza Aguero", "Alejandro Pisanty"] == names(call_2020, "apology")
    assert ["Silvia Vivanco", "Claudia Ruiz"] == names(call_2020, "staff")
    assert ["Veronica", "Marina", "Esperanza", "Bettina", "Isabelle", "Jacques"] == names(call_2020, "interpreter")


def test_roll_call_names_link_to_speakers(call_2020):
    # "Lilian Ivette de Luque" in the roll call is the "LILIAN DE LUQUE" who speaks.
    lilian = next(p for p in call_2020.people if p.key == "LILIAN DE LUQUE")
    assert "LILIAN IVETTE DE LUQUE" in lilian.aliases
    assert "Lilian de Luque" == next(a.name for a in call_2020.attendance if a.person == "LILIAN DE LUQUE")


# --- agenda -------------------------------------------------------------------------------------

def test_2016_agenda(call_2016):
    assert [
        ("Révision de la consultation publique", "Vanda Scartezini"),
        ("Présentation sur la cybersécurité pour l'Amérique latine et les perspectives", None),
        ("Présentation du plan de mitigation pour LACRALO", "Rodrigo Saucedo"),
        ("Présentation du nouveau groupe de travail pour les utilisateurs d'Amérique latine et des Caraïbes",
         "Alberto Soto"),
        ("État du groupe de travail en cours et des données pour les membres de la communauté", "Maritza Aguero"),
        ("Processus de médiation de LACRALO", None),
        ("Divers", None),
    ] == [(i.title, i.presenter) for i in call_2016.agenda]
    assert "Humberto Carrasco" == call_2016.agenda[3].moderator


def test_2020_agenda(call_2020):
    assert [
        ("Webinaire sur le DNS et l'internet des objets", "Patricio Carranza"),
        ("Rapport du groupe de travail sur la communication", "Lilian de Luque"),
        ("Rapport sur le groupe de travail de formation", "Adrian Carballo"),
        ("Rapport sur les IDN", "Sylvia Herlein Leite"),
        ("Conversation régionale avec les membres de l'ALAC", None),
        ("Point sur les unités de mesure", "Alberto Soto"),
        ("Point par rapport à LACRALO", "Sergio Salinas Porto"),
        ("Restez dans la salle Zoom pour remplir le questionnaire", None),
        ("Divers", None),
    ] == [(i.title, i.presenter) for i in call_2020.agenda]


# --- the splitter on small texts ----------------------------------------------------------------

def test_split_turns_on_a_small_text():
    text = transcripts.clean(
        "LIVE STREAM NOTES\n\nJANE DOE: Hello all. We start\n\n---\n\n*Note: The following is the output "
        "resulting from transcribing an audio file into a word/text document. It is posted as an aid to the "
        "original audio file, but should not be treated as an authoritative record.*\n\n---\n\nnow. "
        "[Inaudible]\n\nJOHN O'BRIEN :\n\nThanks Jane.\nSecond line.\n\n[END OF TRANSCRIPTION]\n")
    preamble, turns = transcripts.split_turns(text)
    assert "LIVE STREAM NOTES" == preamble
    assert [("JANE DOE", "Hello all. We start now. [inaudible]"),
            ("JOHN O'BRIEN", "Thanks Jane.\nSecond line.")] == [(t.label, t.text) for t in turns]


def test_words_in_capitals_inside_a_turn_are_not_labels():
    _, turns = transcripts.split_turns("ANA LIMA: See http://example.org: it is OK.\nICANN and IPv6: done.")
    assert 1 == len(turns)


def test_label_variants_and_lines_that_only_look_like_labels():
    _, turns = transcripts.split_turns(
        "JANE DOE: Welcome. We talked with\nICANN: about the budget.\nNOTE: kept in Jane's turn.\n"
        "[00:12:34] JOHN SMITH: Thanks.\nDR. OMAR HADDAD, ALAC CHAIR: Hello.\nSPEAKER 2: Who is this?\n"
        "JOHN SMITH (00:13:00): Me again, and\nINTERPRETER: we cannot hear the speaker.\nACTION ITEMS:\nSend it.")
    assert [("JANE DOE", "Welcome. We talked with ICANN: about the budget.\nNOTE: kept in Jane's turn."),
            ("JOHN SMITH", "Thanks."), ("OMAR HADDAD", "Hello."), ("SPEAKER 2", "Who is this?"),
            ("JOHN SMITH", "Me again, and"), ("INTERPRETER", "we cannot hear the speaker.\nACTION ITEMS:\nSend it.")
            ] == [(t.label, t.text) for t in turns]


def test_numbered_speakers_are_unidentified_not_members():
    t = transcripts.build([transcripts.RawTurn("SPEAKER 2", "Hello on 12 October 2026."),
                           transcripts.RawTurn("JANE DOE", "Hi.")])
    assert ["unidentified", "member"] == [turn.role for turn in t.turns]
    assert ["Jane Doe"] == t.speakers


def test_a_regional_group_wins_over_at_large():
    assert "NARALO" == opening_mod.find_group("Welcome to this At-Large call of NARALO.")


def test_an_item_with_a_relative_clause_keeps_its_title():
    text = ("2026-05-04\nANA SILVA: Welcome to the call. On the agenda, we will have three items. First, the "
            "outreach plan for Montevideo, which will be presented by Bruno Costa. Then, capacity building, "
            "we will be hearing from Carla Diaz. Finally, the budget, it will be short.\n"
            "BRUNO COSTA: Thank you Ana.\nCARLA DIAZ: Thanks.\n")
    call = transcripts.parse(formats.from_bytes(text.encode(), "lacralo-2026-05-04-en.txt"))
    assert [("Outreach plan for Montevideo", "Bruno Costa"), ("Capacity building", "Carla Diaz"),
            ("Budget", None)] == [(i.title, i.presenter) for i in call.agenda]


@pytest.mark.parametrize("sentence, item", [
    ("First, as usual, we will review the action items.", ("Action items", None)),
    ("First, after the roll call, we will have the outreach plan by Bruno Costa.", ("Outreach plan", "Bruno Costa")),
    ("First, the ten topics for the next webinar series, by Bruno Costa.",
     ("Ten topics for the next webinar series", "Bruno Costa")),
    ("First, several items on the budget.", ("Several items on the budget", None)),
    # A person's report: they present it, and the title keeps their name.
    ("First, the report from Bruno Costa on outreach.", ("Report from Bruno Costa on outreach", "Bruno Costa")),
    ("Primero, el informe de Bruno Costa.", ("Informe de Bruno Costa", "Bruno Costa")),
    ("D'abord, le rapport de la secrétaire.", ("Rapport de la secrétaire", None)),
    ("First, an update of The Budget.", ("Update of The Budget", None)),
])
def test_agenda_items_with_an_introduction_or_a_count(sentence, item):
    text = (f"2026-05-04\nANA SILVA: Welcome to the call. Our agenda is as follows. {sentence} Then, the "
            "survey.\nBRUNO COSTA: Thank you Ana.\n")
    call = transcripts.parse(formats.from_bytes(text.encode(), "lacralo-2026-05-04-en.txt"))
    assert [item, ("Survey", None)] == [(i.title, i.presenter) for i in call.agenda]


@pytest.mark.parametrize("said, apologised", [
    ("Je vois que Hugo Reis a envoyé ses excuses, Ines Vaz même chose.", ["Hugo Reis", "Ines Vaz"]),
    ("J'excuse Rodrigo de La Parra, qui envoie ses excuses, parce qu'il voyage.", ["Rodrigo de La Parra"]),
    ("Unfortunately, Nadine Tremblay has sent her apologies too.", ["Nadine Tremblay"]),
    ("Malheureusement, Hugo Reis a envoyé ses excuses.", ["Hugo Reis"]),
    ("Lamentablemente Hugo Reis envió sus disculpas.", ["Hugo Reis"]),
    ("Mais Hugo Reis a envoyé ses excuses.", ["Hugo Reis"]),
    ("Yes, Hugo Reis sent his apologies.", ["Hugo Reis"]),
    # Not a person's full name: a pronoun, a company.
    ("I heard from Michael Chen. He sent his apologies, he is travelling.", []),
    ("She has sent her apologies.", []), ("Ella envió sus disculpas.", []), ("Ele enviou suas desculpas.", []),
    ("Verisign sent their apologies for the outage last week.", []),
    ("Je vous envoie mes excuses pour le retard.", []),                   # someone apologising
    # What follows is not another apology.
    ("Hugo Reis sent his apologies, so on Monday we will vote too.", ["Hugo Reis"]),
    ("Hugo Reis sent his apologies, and Sergio Salinas will chair as well.", ["Hugo Reis"]),
    ("Hugo Reis a envoyé ses excuses, nous allons aussi parler avec Ines Vaz du budget.", ["Hugo Reis"]),
])
def test_apologies_sent_by_someone_named_mid_call(said, apologised):
    text = f"2026-05-04\nANA SILVA: Welcome. On the call we have Bruno Costa.\nBRUNO COSTA: Thanks.\nANA SILVA: {said}\n"
    call = transcripts.parse(formats.from_bytes(text.encode(), "lacralo-2026-05-04-en.txt"))
    assert apologised == [a.name for a in call.attendance if a.status == "apology"]


def test_apologies_announced_later_in_the_call_count():
    said = ["BRUNO COSTA: Thank you Ana. About the budget, we need more time.",
            "CARLA DIAZ: Apologies from me, I was on mute. Bruno Costa, could you repeat?",
            "BRUNO COSTA: Sure. We also have apologies from Montevideo, where the power went out.",
            "CARLA DIAZ: Mil disculpas de mi parte, Bruno Costa, no le oí. Toutes mes excuses de vous avoir "
            "interrompu, Daniel Rocha. Con las disculpas del caso, le paso la palabra a Lucía Fuentes.",
            "ANA SILVA: We have also received apologies from Fabio Mota, who is travelling.",
            "ANA SILVA: Nous avons aussi reçu les excuses de Dora Lima. Recebemos as desculpas de Joana Dias.",
            "BRUNO COSTA: I received apologies from Carla Diaz, but she is here now.",
            "ANA SILVA: Je vois que Hugo Reis a envoyé ses excuses, Ines Vaz même chose. Je vous envoie mes excuses.",
            "BRUNO COSTA: Lia Moura, qui a déjà envoyé ses excuses, nous écrira. Carla Diaz sent her apologies too.",
            "ANA SILVA: Yesterday the budget committee has sent their apologies."]
    text = ("2026-05-04\nANA SILVA: Welcome. On the call we have Bruno Costa and Carla Diaz. We have received "
            "apologies from Elsa Ruiz.\n" + "\n".join(said) + "\n")
    call = transcripts.parse(formats.from_bytes(text.encode(), "lacralo-2026-05-04-en.txt"))
    assert ["Elsa Ruiz", "Fabio Mota", "Dora Lima", "Joana Dias", "Hugo Reis", "Ines Vaz", "Lia Moura"] == [
        a.name for a in call.attendance if a.status == "apology"]
    assert {"Bruno Costa", "Carla Diaz"} <= {a.name for a in call.attendance if a.status == "present"}


@pytest.mark.parametrize("label, name", [
    ("OPERADORA – MARÍA JOSÉ DE LA TORRE", "María José de la Torre"), ("CHAIR - TOM BAKER", "Tom Baker"),
    ("TOM BAKER (CHAIR)", "Tom Baker"), ("RACHEL GREEN [00:00:05]", "Rachel Green"),
    ("GISELLA VAN DER MEER (STAFF)", "Gisella van der Meer"), ("ICANN STAFF – SILVIA VIVANCO", "Silvia Vivanco"),
    ("JEAN-JACQUES O'BRIEN", "Jean-Jacques O'Brien"), ("ANA (LUCÍA) PÉREZ", "Ana Lucía Pérez"),
    # a role or organisation beside the name, in lower case or of several words
    ("CLAUDIA RUIZ (ICANN staff)", "Claudia Ruiz"), ("CLAUDIA RUIZ, ICANN staff", "Claudia Ruiz"),
    ("CLAUDIA RUIZ – ICANN Staff", "Claudia Ruiz"), ("CLAUDIA RUIZ (personal de ICANN)", "Claudia Ruiz"),
    ("SERGIO SALINAS PORTO (PRESIDENTE DE LACRALO)", "Sergio Salinas Porto"),
    ("CLAUDIA RUIZ (ISOC ARGENTINA)", "Claudia Ruiz"), ("PRESIDENTE (SERGIO SALINAS PORTO)", "Sergio Salinas Porto"),
    ("GLENN McKNIGHT", "Glenn McKnight"), ("ROBERT MCALLISTER", "Robert McAllister"),
])
def test_roles_and_times_in_labels_are_not_the_name(label, name):
    text = f"2026-05-04\n{label}: [00:02:15] Welcome. On the call we have Bruno Costa and Carla Diaz.\nBRUNO COSTA: Thanks.\n"
    call = transcripts.parse(formats.from_bytes(text.encode(), "lacralo-2026-05-04-en.txt"))
    assert [name, "Bruno Costa"] == [t.speaker for t in call.turns]
    assert call.turns[0].text.startswith("Welcome.")        # (the time the turn starts is no text)
    # Who reads the roll call out was there from the start, not "joined late".
    assert {name, "Bruno Costa", "Carla Diaz"} == {a.name for a in call.attendance if a.source == "roll_call"}


@pytest.mark.parametrize("said, present, apologised", [
    ("Attending the call today we have Bruno Costa and Carla Diaz.", ["Bruno Costa", "Carla Diaz"], []),
    ("In attendance: Bruno Costa, Carla Diaz.", ["Bruno Costa", "Carla Diaz"], []),
    ("We have Bruno Costa and Carla Diaz on the call. Lee Park has sent his apologies.", ["Bruno Costa", "Carla Diaz"],
     ["Lee Park"]),
    ("Participantes: Bruno Costa, Carla Diaz. Se han excusado Lee Park y Sam Wu.", ["Bruno Costa", "Carla Diaz"],
     ["Lee Park", "Sam Wu"]),
    ("Sur cet appel, nous avons Bruno Costa. Lee Park et Sam Wu se sont excusés.", ["Bruno Costa"], ["Lee Park", "Sam Wu"]),
    ("Na chamada temos Bruno Costa. Justificaram a ausência Lee Park e Sam Wu.", ["Bruno Costa"], ["Lee Park", "Sam Wu"]),
    ("Na chamada temos Bruno Costa. Lee Park e Sam Wu enviaram suas desculpas.", ["Bruno Costa"], ["Lee Park", "Sam Wu"]),
    ("On the call we have Bruno Costa. Excused: Lee Park. Sam Wu sent his regrets.", ["Bruno Costa"], ["Lee Park", "Sam Wu"]),
    ("It's good to see so many people on the call today. Je m'excuse du retard.", [], []),
    # Ordinary speech with the same words: no one.
    ("We have a lot of participants from Brazil and Argentina today.", [], []),
    ("Saludamos a todos los participantes de Argentina, Brasil y Chile.", [], []),
    ("Is Humberto Carrasco on the line?", [], []), ("As Humberto Carrasco said on the call last month, we need more.", [], []),
    ("Participants in the Bogotá workshop must register with Silvia Vivanco.", [], []),
    ("I have no regrets about the Toronto event, Carla Diaz did great work.", [], []),
    ("Carla Diaz was excused from presenting today, so Dev Patel will do it.", [], []),
    ("Me excuso por el retraso, soy Ana Silva.", [], []), ("En ausencia de Humberto Carrasco, presidirá Aida Noblia.", [], []),
    ("Según la interpretación de Humberto Carrasco, los estatutos lo permiten.", [], []),
    ("Carlos Mendes will join us later on the call.", [], []), ("Ana Silva is on the line from Brazil.", [], []),
    ("In attendance at the Toronto event were Priya Raman and Keisha Brown.", [], []),
    ("The interpretation of the bylaws by Olga Petrova was wrong.", [], []),
    ("Pedro Gómez se excusó por llegar tarde, ya está conectado.", [], []),
    # Both in one sentence; headings; a group's word before the names.
    ("We have Bruno Costa and Carla Diaz on the call, and Lee Park has sent his apologies.", ["Bruno Costa", "Carla Diaz"],
     ["Lee Park"]),
    ("Nous avons Bruno Costa et Carla Diaz sur l'appel, et Lee Park s'est excusé.", ["Bruno Costa", "Carla Diaz"], ["Lee Park"]),
    ("Present: Bruno Costa, Carla Diaz.", ["Bruno Costa", "Carla Diaz"], []), ("Roll call: Bruno Costa.", ["Bruno Costa"], []),
    ("On the call today we have at-Large members Bruno Costa and Carla Diaz.", ["Bruno Costa", "Carla Diaz"], []),
])
def test_ways_of_reading_out_who_is_there_and_who_sent_apologies(said, present, apologised):
    text = f"2026-05-04\nANA SILVA: Welcome. {said}\nBRUNO COSTA: Thanks.\nCARLA DIAZ: Excuse-moi Bruno, tu peux répéter ?\n"
    call = transcripts.parse(formats.from_bytes(text.encode(), "lacralo-2026-05-04-en.txt"))
    in_roll_call = [a.name for a in call.attendance if a.status == "present" and a.source == "roll_call"]
    assert (present + ["Ana Silva"] if present else []) == in_roll_call
    assert apologised == [a.name for a in call.attendance if a.status == "apology"]
    assert not [a for a in call.attendance if a.status == "interpreter"]


def test_a_roll_call_not_read_makes_no_one_late(tmp_path):
    from knowledge import ingest
    from knowledge.answers import Answerer
    from knowledge.search import Searcher
    from knowledge.store import Store
    text = ("2026-05-04\nANA SILVA: Welcome to the LACRALO monthly call. Today with us Bruno Costa and Carla Diaz. "
            "Apologies: Lee Park.\nBRUNO COSTA: Thanks.\nCARLA DIAZ: Hello.\n")
    (tmp_path / "lacralo-2026-05-04-en.txt").write_text(text, encoding="utf-8")
    with Store(tmp_path / "a.db") as store:
        ingest.ingest_paths(store, [tmp_path / "lacralo-2026-05-04-en.txt"], max_bytes=10_000)
        late = Answerer(store, Searcher(store)).ask("Who joined late?")
        assert ("late", []) == (late.kind, late.names["late"]) and "no_roll_call" in late.flags
        assert [] == store.meeting("lacralo-2026-05-04-en").to_json()["late_arrivals"]


@pytest.mark.parametrize("said, start", [
    ("It is 16:00 UTC-3.", "2026-11-03T19:00:00+00:00"), ("Son las 21:00 UTC+2.", "2026-11-03T19:00:00+00:00"),
    ("It is 23:00 UTC-3.", "2026-11-04T02:00:00+00:00"),        # the next day in UTC
    ("Il est 20 h UTC −05:00.", "2026-11-04T01:00:00+00:00"), ("It is 23:00 UTC.", "2026-11-03T23:00:00+00:00"),
    ("It is 15:00 UTC - 2 items today.", "2026-11-03T15:00:00+00:00"),      # (a dash between words is no offset)
])
def test_a_start_time_with_a_utc_offset(said, start):
    text = f"ANA SILVA: Welcome to the call of 3 November 2026. {said}\nBRUNO COSTA: Thanks.\n"
    call = transcripts.parse(formats.from_bytes(text.encode(), "call.txt"))
    assert ("2026-11-03", start) == (call.date.isoformat(), call.start_utc.isoformat())


@pytest.mark.parametrize("items", [
    "1) IPv6 deployment update, presented by Sam Wu.\n2) Budget for the outreach event, presented by Jane Doe.\n3) Any other business.",
    "1. IPv6 deployment update, presented by Sam Wu.\n2. Budget for the outreach event, presented by Jane Doe.\n3. Any other business.",
    "- IPv6 deployment update, presented by Sam Wu.\n- Budget for the outreach event, presented by Jane Doe.\n- Any other business.",
    "Item 1: IPv6 deployment update, presented by Sam Wu.\nItem 2: Budget for the outreach event, presented by Jane Doe.\n"
    "Item 3: Any other business.",
    "First, IPv6 deployment update, presented by Sam Wu. Second, Budget for the outreach event, presented by Jane Doe. "
    "Third, any other business.",
])
def test_an_agenda_read_out_as_a_list(items):
    text = (f"2026-11-09\nTOM BAKER: Welcome. On the call we have Sam Wu and Jane Doe.\nJANE DOE: Today's agenda:\n"
            f"{items}\nAre there any comments on the agenda?\nSAM WU: Thanks.\n")
    call = transcripts.parse(formats.from_bytes(text.encode(), "naralo-2026-11-09-en.txt"))
    assert [("IPv6 deployment update", "Sam Wu"), ("Budget for the outreach event", "Jane Doe"),
            ("Any other business", None)] == [(i.title, i.presenter) for i in call.agenda]


def test_names_with_particles_in_the_roll_call_and_the_agenda():
    text = ("2026-11-09\nTOM BAKER: Welcome to the NARALO monthly call. On the call we have Pieter ter Horst, "
            "Sami ben Ali, Leila al-Hashimi and Ahmad bin Yusuf.\nTOM BAKER: Today's agenda: first, the IPv6 report, "
            "presented by Ahmad bin Yusuf. Then, Javier de la Vega will present the mentoring programme. Finally, any "
            "other business.\n"
            "SAMI BEN ALI: Thanks.\n")
    call = transcripts.parse(formats.from_bytes(text.encode(), "naralo-2026-11-09-en.txt"))
    assert ["Pieter ter Horst", "Sami ben Ali", "Leila al-Hashimi", "Ahmad bin Yusuf", "Tom Baker"] == [
        a.name for a in call.attendance if a.source == "roll_call"]
    assert [("IPv6 report", "Ahmad bin Yusuf"), ("Mentoring programme", "Javier de la Vega"), ("Any other business", None)] == [
        (i.title, i.presenter) for i in call.agenda]
    assert ["Tom Baker", "Tom Baker", "Sami ben Ali"] == [t.speaker for t in call.turns]


def test_page_numbers_and_running_headers_of_a_pdf_export_are_no_text():
    text = ("RACHEL GREEN: Welcome to the NARALO monthly call on Monday, 9 November 2026.\n\nJANE DOE: The newsletter "
            "will go out at the end of\n\n12\n\nNARALO Monthly Call – 9 November 2026                    EN\n\nthe month, "
            "in English and French, with a Spanish version\n\n- 13 -\n\na week later. We have 3 items:\n\n1\n\n"
            "2026 was a good year.\n")
    _, turns = transcripts.split_turns(transcripts.clean(text))
    assert ("The newsletter will go out at the end of the month, in English and French, with a Spanish version a week "
            "later. We have 3 items:\n2026 was a good year.") == turns[1].text


@pytest.mark.parametrize("opening, date, start", [
    ("Wednesday, the eighteenth of November, two thousand twenty-six. It is six o'clock.", "2026-11-18", None),
    ("Martes, tres de noviembre de dos mil veintiséis. Son las veintitrés horas UTC.", "2026-11-03", "23:00"),
    ("Segunda-feira, dezoito de novembro de dois mil e vinte e seis.", "2026-11-18", None),
    ("Nous sommes le vingt juin deux mille seize. Il est vingt-trois heures UTC.", "2016-06-20", "23:00"),
])
def test_a_date_said_in_words(opening, date, start):
    text = f"ANA SILVA: Welcome. {opening} On the call we have Bruno Costa.\nBRUNO COSTA: Thanks.\n"
    call = transcripts.parse(formats.from_bytes(text.encode(), "call.txt"))
    assert (date, start) == (call.date.isoformat(), call.start_utc.strftime("%H:%M") if call.start_utc else None)


def test_a_time_range_is_no_utc_offset_and_an_offset_moves_an_announced_day():
    from knowledge.dates import mentions
    text = "ANA SILVA: Welcome to the call of 3 November 2026. It runs 13:00 UTC-14:00 UTC.\nBRUNO COSTA: Thanks.\n"
    call = transcripts.parse(formats.from_bytes(text.encode(), "call.txt"))
    assert "2026-11-03T13:00:00+00:00" == call.start_utc.isoformat()
    said = [transcripts.Turn(0, "Bruno Costa", "BRUNO COSTA", "member",
                             "The next webinar will be on 5 December at 23:00 UTC-3, in Bogotá.")]
    (webinar,) = mentions(said, "2026-11-03", "en")
    assert ("2026-12-06", "02:00", "Bogotá") == (webinar.date, webinar.time_utc, webinar.place)


def test_a_roll_call_read_as_lists_under_headings_and_who_read_it():
    text = ("2026-05-04\nOPERATOR: Welcome to the LACRALO call, and welcome to everyone on the call. Thank you "
            "for joining us today.\nANA SILVA: Before the agenda, the roll call.\nParticipantes no canal português:\n"
            "- João Pedro dos Anjos\n- Maria da Conceição Guimarães\nParticipantes no canal espanhol:\n- Javier de la Vega\n"
            "Apologies:\n- Lee Park\nNow, Tom, the agenda.\nJOÃO PEDRO DOS ANJOS: Thanks.\n")
    call = transcripts.parse(formats.from_bytes(text.encode(), "lacralo-2026-05-04-en.txt"))
    assert [("João Pedro dos Anjos", "pt"), ("Maria da Conceição Guimarães", "pt"), ("Javier de la Vega", "es"),
            ("Ana Silva", None)] == [(a.name, a.channel) for a in call.attendance if a.status == "present" and a.source == "roll_call"]
    assert ["Lee Park"] == [a.name for a in call.attendance if a.status == "apology"] and not call.agenda
    assert "Ana Silva" == rollcall.roll_call_turn(call.turns).speaker      # (not the operator's greeting)


@pytest.mark.parametrize("later", [
    "SAM WU: Three findings.\n1. Adoption is at forty percent in rural networks.\n2. Most providers lack training.\n",
    "SAM WU: The budget is five thousand dollars. Second, the venue is booked. Third, catering is included.\n",
])
def test_a_presenters_numbered_points_are_no_agenda(later):
    text = (f"2026-11-09\nTOM BAKER: Welcome. On the call we have Sam Wu and Jane Doe. Let us start with the agenda "
            f"review.\nJANE DOE: Thanks.\n{later}")
    assert () == transcripts.parse(formats.from_bytes(text.encode(), "naralo-2026-11-09-en.txt")).agenda


@pytest.mark.parametrize("label, speaker", [
    ("TOM BAKER (NARALO CHAIR)", "Tom Baker"), ("JANE DOE – NARALO", "Jane Doe"), ("LEE PARK (VICE CHAIR)", "Lee Park"),
    ("JANE DOE (ISOC)", "Jane Doe"), ("PHASE 1 – PILOT (2026)", None), ("PHASE 2 – ROLLOUT [Q3]", None),
])
def test_groups_and_organisations_beside_a_name_and_headings_with_a_dash(label, speaker):
    text = f"2026-05-04\nANA SILVA: Welcome. On the call we have Bruno Costa.\n{label}: Hello everyone.\n"
    call = transcripts.parse(formats.from_bytes(text.encode(), "lacralo-2026-05-04-en.txt"))
    assert (["Ana Silva", speaker] if speaker else ["Ana Silva"]) == [t.speaker for t in call.turns]


def test_a_number_that_is_all_a_speaker_said_is_kept():
    _, turns = transcripts.split_turns("JANE DOE:\n42\nTOM BAKER: The budget is\n\n5000\n\ndollars until the end of\n\n12\n\nthe month.\n")
    assert [("JANE DOE", "42"), ("TOM BAKER", "The budget is 5000 dollars until the end of the month.")] == [
        (t.label, t.text) for t in turns]


def test_words_a_pdf_broke_at_line_ends_are_joined_when_the_file_breaks_words_so():
    from knowledge import transcripts
    broken = "JANE DOE: the draft statement was pres-\nented, the outr-\neach event in Dece-\nmber, a well-\nknown idea.\n"
    assert "presented, the outreach event in December, a wellknown idea." in transcripts.clean(broken)
    once = "JANE DOE: a well-\nknown idea, and a long-\nterm plan.\n"        # two: compounds, kept
    assert "well-\nknown" in transcripts.clean(once) and "long-\nterm" in transcripts.clean(once)
