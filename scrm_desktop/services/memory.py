"""Building large, cycle-free structures (100,000-row lists) without the cyclic collector.

Such a build allocates about a million objects and none of them are in reference cycles; with the
collector running, each full collection walks the growing heap while holding the GIL, which costs
a third of the build time and freezes the UI for up to a second.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector while the block runs.

    Args:
        freeze: afterwards move everything alive out of the collector's generations
            (``gc.freeze()``), for structures that live until the next reload. Reference counting
            still frees them; only cyclic garbage that existed before would be kept.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()
