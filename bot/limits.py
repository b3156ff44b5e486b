"""Per-member rate limit: a token bucket per user, bounded in memory."""
from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

MAX_TRACKED = 10_000   # members remembered at once; the least recently seen are forgotten


class RateLimit:
    """``allow(user)`` is True while the user has questions left; refills ``per_minute`` a minute.

    ``first_refusal(user)`` tells whether to say "slow down" (once per burst, then silence)."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.capacity = max(1, per_minute)
        self.rate = self.capacity / 60.0
        self.clock = clock
        self._buckets: OrderedDict[int, list[float]] = OrderedDict()   # user -> [tokens, last, warned]

    def allow(self, user: int) -> bool:
        now = self.clock()
        tokens, last, warned = self._buckets.pop(user, [self.capacity, now, 0.0])
        tokens = min(self.capacity, tokens + (now - last) * self.rate)
        allowed = tokens >= 1
        if allowed:
            tokens -= 1
            warned = 0.0
        self._buckets[user] = [tokens, now, warned]
        if len(self._buckets) > MAX_TRACKED:
            self._buckets.popitem(last=False)
        return allowed

    def first_refusal(self, user: int) -> bool:
        """True the first time a user is refused since they were last allowed."""
        bucket = self._buckets.get(user)
        if bucket is None or bucket[2]:
            return False
        bucket[2] = 1.0
        return True
