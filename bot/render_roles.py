"""Who someone is, in words: the roles the transcripts give them, with who said it, and what they did
in each meeting they were at; or who holds a role asked about; and that they do not say what a name is."""
from __future__ import annotations

from bot import i18n
from bot.render_words import meeting_name, meetings_list
from knowledge.models import Answer, MeetingSummary


def role(answer: Answer, lang: str) -> str:
    known = {i: m for m in answer.meetings for i in m.ids} | {h.meeting_id: h for h in answer.sources}
    if "holders" in answer.names:       # "Who is the liaison with the ALAC?": each one given that role
        return "\n".join([i18n.t(lang, "role_holders")] + [
            f"{person}: «{words}» ({_where(speaker, known[mid], lang)})"
            for person, words, speaker, mid in answer.names["holders"]])
    name = answer.names["person"][0]
    done = answer.names["did"]
    # (staff at roll call is a role the transcripts give: not "they do not say", then "staff")
    staff = any(d[2] for d in done)
    lines = [i18n.t(lang, "role_said" if answer.names["roles"] else "role_staff" if staff else "role_unsaid", name=name)]
    lines += [f"«{words}» ({_where(speaker, known[mid], lang)})" for words, speaker, mid in answer.names["roles"]]
    lines.append(i18n.t(lang, "role_meetings") if done else i18n.t(lang, "role_never_there", name=name))
    for mid, turns, staff, chaired, roll_call, agenda, items in done:
        what = [i18n.t(lang, key) for key, yes in (("did_staff", staff), ("did_chair", chaired), ("did_roll_call", roll_call),
                                                   ("did_agenda", agenda)) if yes]
        what += [i18n.t(lang, "did_present", item=item) for item in items]
        what.append(i18n.t(lang, "did_speak_n", n=turns) if turns > 1 else
                    i18n.t(lang, "did_speak_one") if turns else i18n.t(lang, "did_listen"))
        m = known[mid]
        lines.append(f"– {meeting_name(m, lang)}, {i18n.date(m.date, lang)}: {'; '.join(what)}")
    if more := answer.names.get("more", [0])[0]:       # (the latest meetings only: an attendee of 500)
        lines.append(i18n.t(lang, "role_more", n=more) if more > 1 else i18n.t(lang, "role_more_one"))
    return "\n".join(lines)


def _where(speaker: str, m: MeetingSummary, lang: str) -> str:
    return f"{speaker}, {meeting_name(m, lang)}, {i18n.date(m.date, lang)}"


def undefined(answer: Answer, lang: str) -> str:
    """"The transcripts do not say what NARALO is.", and its meetings (or those that mention it)."""
    lines = [i18n.t(lang, "undefined", term=answer.names["term"][0])]
    if answer.meetings:
        group = answer.names["group"]
        lines.append(i18n.t(lang, "undefined_group", group=group[0], meetings=meetings_list(answer.meetings, lang))
                     if group else i18n.t(lang, "undefined_mentioned", meetings=meetings_list(answer.meetings, lang)))
    return "\n".join(lines)
