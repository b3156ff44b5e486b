"""Named exceptions of the knowledge base; the edges (CLI, chat) turn them into friendly words."""


class ActaError(Exception):
    """Base class for every error Acta reports to a user."""


class TranscriptError(ActaError):
    """A file could not be read or understood as a meeting transcript.

    ``reason`` is English (the CLI and its JSON); ``code`` and ``params`` let the chat say the
    same in the member's language."""

    def __init__(self, reason: str, path: str | None = None, *, code: str = "unreadable", **params):
        self.reason = reason
        self.path = path
        self.code = code
        self.params = params
        super().__init__(f"{path}: {reason}" if path else reason)

    def at(self, path: str) -> "TranscriptError":
        """The same error, naming the file it happened in."""
        return type(self)(self.reason, path, code=self.code, **self.params)


NOT_A_TRANSCRIPT = "not a transcript (no one speaks in it): "


class NotATranscript(TranscriptError):
    """A file with no speaker turns, and nothing in it written like people speaking: a README,
    notes, an agenda sent round. Found in a folder it is skipped; named on its own, an error."""

    def __init__(self, reason: str, path: str | None = None, *, code: str = "no_labels", **params):
        prefix = NOT_A_TRANSCRIPT
        super().__init__(reason if reason.startswith(prefix) else prefix + reason, path, code=code, **params)


class WrittenRecord(NotATranscript):
    """A call's minutes, notes or agenda: a document its heading names so, in which no one speaks
    at length (``code``: minutes or agenda). Skipped in a folder, an error named on its own, like
    any file that is no transcript; it never takes a call's place."""

    def __init__(self, reason: str, path: str | None = None, *, code: str = "minutes", **params):
        TranscriptError.__init__(self, reason, path, code=code, **params)


class TryAgain(ActaError):
    """A message the chat service could not take for now (network, timeout, flood control): the
    job sends it again at its next tick rather than recording it as failed. ``sent``: how many of
    the replies went out before it (sending them all again would repeat those)."""

    def __init__(self, reason: str, sent: int = 0):
        self.sent = sent
        super().__init__(reason)


class MeetingNotFound(ActaError):
    """No meeting has the id that was asked for."""

    def __init__(self, meeting_id: str):
        self.meeting_id = meeting_id
        super().__init__(f"no meeting with id {meeting_id!r}")


class EvalSetError(ActaError):
    """An evaluation file is missing, is not JSON lines, or lacks the keys its format needs."""


class ConfigError(ActaError):
    """bot.toml is missing a file, has an unknown key or a value of the wrong type."""
