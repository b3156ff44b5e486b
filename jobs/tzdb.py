"""Which time-zone rules Acta uses: the ``tzdata`` package's, the same on every machine, so that
bot.toml, an .ics, /schedule and every displayed time put one local time at one UTC time
whatever the host's /usr/share/zoneinfo holds (an old host can be years behind: British
Columbia's permanent summer time is in tzdata 2026, not in a host's 2025b). An operator who
sets PYTHONTZPATH chooses the host's rules instead; that is left alone."""
from __future__ import annotations

import importlib.util
import os
import zoneinfo


def prefer_packaged() -> str:
    """Make ``zoneinfo`` read the ``tzdata`` package before the host's files (unless PYTHONTZPATH
    says where to read them, or the package is missing); what is used, for the log."""
    if os.environ.get("PYTHONTZPATH") is not None:
        return f"host rules from PYTHONTZPATH ({os.environ['PYTHONTZPATH'] or 'empty'})"
    if importlib.util.find_spec("tzdata") is None:
        return "host rules (the tzdata package is not installed)"
    if zoneinfo.TZPATH:
        zoneinfo.reset_tzpath(to=[])
        zoneinfo.ZoneInfo.clear_cache()     # zones read from the host before this are read again
    return f"tzdata {packaged_version()}"


def packaged_version() -> str | None:
    """The IANA release of the ``tzdata`` package ("2026f"), or None without it."""
    try:
        import tzdata
    except ImportError:
        return None
    return tzdata.IANA_VERSION
