"""The cycle collector during a run (`check`, `pairs`): fewer collections, and none over
the run's own analyses, which live until the run ends and are then freed by reference
counting."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Objects a run allocates before the cycle collector's youngest generation is examined
# (Python's default: 700).
RUN_GC_THRESHOLD = 100_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cycle collector less often while a run allocates. A run builds hundreds of
    thousands of small objects that live until it ends (memoised analyses, extractions);
    with the default threshold they trigger a collection every 700 allocations, and the
    full ones among them rescan everything alive, the model's and language data's objects
    included — a third of the fact checks' CPU time on `provenance bench checks --suite
    facts`. Cyclic garbage waits a little longer (~100,000 objects); reference-counted
    objects are freed as always. The caller's threshold is restored afterwards."""
    global _runs
    before = gc.get_threshold()
    gc.set_threshold(RUN_GC_THRESHOLD, *before[1:])
    _runs += 1
    try:
        yield
    finally:
        gc.set_threshold(*before)
        promote_young()
        _runs -= 1


# Objects `promote_young` may move to the oldest generation unexamined before it asks for
# a full collection instead (~7 runs on a 1,000-row chain): cyclic garbage among them,
# which a run does not make (none on the timing chain of `provenance bench checks`), is
# then freed; a process that runs once never pays it.
PROMOTE_BOUND = 2_000_000
_promoted = 0
_runs = 0  # runs under way (`_fewer_collections`): only they promote


def promote_young() -> None:
    """Move the objects the run allocated since the last collection to the oldest
    generation without examining them. They are the run's analyses (memos, extractions,
    findings): alive until the run ends and then freed by reference counting, so a young
    collection over them (~100,000 objects each, 0.13-0.18 s a run on the timing chain)
    only finds them alive. `gc.freeze` + `gc.unfreeze` moves every generation to the
    oldest in constant time and resets the young count; a full collection every
    `PROMOTE_BOUND` promoted objects frees any cyclic garbage among them, as CPython's own
    schedule would. Not where the process froze objects itself (the batch fork server):
    `unfreeze` would thaw them too."""
    global _promoted
    young = gc.get_count()[0]
    if not _runs or not gc.isenabled() or gc.get_freeze_count() or young == 0:
        return
    if _promoted + young > PROMOTE_BOUND:
        _promoted = 0
        gc.collect()
        return
    _promoted += young
    gc.freeze()
    gc.unfreeze()
