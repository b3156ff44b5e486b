"""A bot admin's .ics import for every chat: it takes over what groups imported, and what was
cancelled stays cancelled or is on again."""
from __future__ import annotations

from dataclasses import astuple

from jobs import ics
from bot import render_events
from knowledge.models import ImportCounts
from knowledge.store import Store

from conftest import calendar_file
from ics_imports import NOW, SERIES, import_file


def test_a_bot_admins_import_for_every_chat_takes_over_and_merges_what_other_chats_imported(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-100,))
        import_file(store, calendar_file(SERIES), chats=(-200,))
        counts = store.import_calendar(ics.from_ics(calendar_file(SERIES), NOW), [-100, -200], 1, NOW, every_chat=True)
        assert (0, 3, 0, ()) == astuple(counts)[:4]
        assert [[-100, -200]] * 3 == [e["chats"] for e in store.scheduled_events()]
        counts = store.import_calendar(ics.from_ics(calendar_file(SERIES), NOW), [-100], 1, NOW, every_chat=True)
        assert (0, 3, 0) == astuple(counts)[:3] and [[-100]] * 3 == [e["chats"] for e in store.scheduled_events()]


def bot_admins_import(store: Store, content: bytes, chats) -> ImportCounts:
    """A bot admin's import for [telegram] chats = ``chats``."""
    return store.import_calendar(ics.from_ics(content, NOW), list(chats), 1, NOW, every_chat=True)


def test_a_bot_admins_import_takes_over_a_removed_groups_events_and_what_it_cancelled_is_active_again(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-100,))                # that group's own import
        first = store.scheduled_events()[0]["id"]
        store.set_event_status(first, "cancelled")                             # that group cancels one
        # -100 is no longer in [telegram] chats = [-200]: its administrator cannot reach the bot;
        # the bot admin's import of the same calendar takes its occurrences over (no copies), and
        # what that group cancelled does not bind -200: the calendar says it is on.
        counts = bot_admins_import(store, calendar_file(SERIES), [-200])
        assert (1, 2, 0) == astuple(counts)[:3] and 1 == counts.restored
        assert [[-200]] * 3 == [e["chats"] for e in store.scheduled_events()]
        assert "active" == store.scheduled_event(first)["status"]
        reply = render_events.imported("en", 3, 0, counts)
        assert "1 cancelled by a group no longer served are on again for these chats" in reply
        again = bot_admins_import(store, calendar_file(SERIES), [-200])             # (once)
        assert (0, 0, 0, 0) == (again.added, again.updated, again.cancelled, again.restored)
        # -100 added back to [telegram] chats: the calendar sent again reaches it
        assert (0, 3, 0) == astuple(bot_admins_import(store, calendar_file(SERIES), [-100, -200]))[:3]
        assert [[-100, -200]] * 3 == [e["chats"] for e in store.scheduled_events()]


def test_what_a_bot_admin_cancelled_of_an_orphan_stays_cancelled_when_their_import_takes_it_over(tmp_path):
    from bot.dialogue import Dialogue, Member
    from knowledge.answers import Answerer
    from knowledge.search import Searcher

    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-100,))                # -100's own import
        first, second, _ = (e["id"] for e in store.scheduled_events())
        # -100 removed from [telegram] chats = [-200]: the bot admin cancels the first orphan in private,
        # -100's administrator had cancelled the second (from the group, while it was served).
        d = Dialogue(store, Answerer(store, Searcher(store)), "en", clock=lambda: NOW, default_chats=(-200,))
        bot_admin = Member(1, "en", admin=True, bot_admin=True, chat=1)
        assert d.command("cancel", str(first), bot_admin)[0].html.startswith("Cancelled")
        store.set_event_status(second, "cancelled", by="group")
        said = d.import_calendar(ics.from_ics(calendar_file(SERIES), NOW), bot_admin, NOW, "en")
        assert ["cancelled", "active"] == [store.scheduled_event(e)["status"] for e in (first, second)]
        assert "1 cancelled by a group no longer served are on again for these chats" in said
        # The console is the operator too; a cancellation from before who cancelled was kept is a group's.
        third = store.scheduled_events()[-1]["id"]
        assert d.command("cancel", str(third), Member(0, "en", admin=True))[0].html.startswith("Cancelled")
        store.set_event_status(second, "cancelled")
        bot_admins_import(store, calendar_file(SERIES), [-300])
        assert ["cancelled", "active", "cancelled"] == [store.scheduled_event(e)["status"] for e in (first, second, third)]


def test_what_a_removed_group_cancelled_that_the_calendar_cancels_too_stays_cancelled(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-100,))
        first = store.scheduled_events()[0]["id"]
        store.set_event_status(first, "cancelled")
        counts = bot_admins_import(store, calendar_file(SERIES + "\nEXDATE:20261221T230000Z"), [-200])
        assert (0, 2, 0, 0) == astuple(counts)[:3] + (counts.restored,)
        assert "cancelled" == store.scheduled_event(first)["status"]


def test_what_a_served_group_or_a_bot_admin_cancelled_stays_cancelled_under_a_bot_admins_import(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-200,))                # a group still served
        import_file(store, calendar_file(SERIES.replace("call@lacralo", "webinar")), chats=(-100, -200))
        own, shared = (e["id"] for e in store.scheduled_events()[:2])
        store.set_event_status(own, "cancelled")                               # its administrator's /cancel
        store.set_event_status(shared, "cancelled")                            # a bot admin's (-200 still served)
        both = calendar_file(SERIES, SERIES.replace("call@lacralo", "webinar"))
        counts = bot_admins_import(store, both, [-200])
        assert (0, 0) == (counts.added, counts.restored)
        assert ["cancelled", "cancelled"] == [store.scheduled_event(e)["status"] for e in (own, shared)]
        # nor does a group's administrator's import revive what another group cancelled
        import_file(store, calendar_file(SERIES), chats=(-300,))
        assert "cancelled" == store.scheduled_event(own)["status"]


def test_a_bot_admins_import_leaves_the_events_of_a_private_chat_which_is_always_served(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(4242,))     # imported in private, [telegram] chats empty
        first = store.scheduled_events()[0]["id"]
        store.set_event_status(first, "cancelled")
        counts = bot_admins_import(store, calendar_file(SERIES), [-200])    # [telegram] chats set since
        assert (3, 0, 0, 0) == astuple(counts)[:3] + (counts.restored,)
        assert [[-200], [4242], [-200], [4242], [-200]] == [e["chats"] for e in store.scheduled_events()]
        assert "cancelled" == store.scheduled_event(first)["status"]


def test_a_bot_admins_import_without_telegram_chats_leaves_each_groups_own_events(tmp_path):
    with Store(tmp_path / "acta.db") as store:
        import_file(store, calendar_file(SERIES), chats=(-100,))                # a group's own import
        # (the console, with no [telegram] chats: for every chat; each group's stays its own)
        store.import_calendar(ics.from_ics(calendar_file(SERIES), NOW), [], 0, NOW, every_chat=True)
        events = store.scheduled_events()
        assert [[-100]] * 3 == [e["chats"] for e in events if e["chats"]] and 3 == len([e for e in events if not e["chats"]])
