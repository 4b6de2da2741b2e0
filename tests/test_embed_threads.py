"""The encoder's BLAS threads follow how busy the cores are (`provenance.embed.use.ThreadGovernor`);
the embeddings never depend on them."""

from __future__ import annotations

from contextlib import contextmanager

import numpy as np

from provenance.embed import use as mod
from provenance.embed.use import (
    FIRST_RETRY_WINDOWS,
    WINDOW_BATCHES,
    ThreadGovernor,
)


class _Clock:
    """A fake clock and run-queue wait: each batch takes 10 ms, of which `busy` waiting."""

    def __init__(self) -> None:
        self.now, self.wait, self.busy = 0.0, 0, 0.0

    def tick(self) -> None:
        self.now += 0.01
        self.wait += int(self.busy * 0.01 * 1e9)


def _governor(monkeypatch, max_threads: int = 2) -> tuple[ThreadGovernor, _Clock, list[int]]:
    clock, used = _Clock(), []

    @contextmanager
    def limit(limits: int, user_api: str):
        used.append(limits)
        yield

    monkeypatch.setattr(mod, "_read_wait", lambda: clock.wait)
    monkeypatch.setattr(mod.time, "perf_counter", lambda: clock.now)
    monkeypatch.delenv("PROVENANCE_ADAPTIVE_THREADS", raising=False)
    return ThreadGovernor(limit, max_threads), clock, used


def _windows(gov: ThreadGovernor, clock: _Clock, n: int) -> None:
    for _ in range(n * WINDOW_BATCHES):
        gov.run(clock.tick)


def test_free_cores_keep_every_thread(monkeypatch) -> None:
    gov, clock, used = _governor(monkeypatch)
    _windows(gov, clock, 50)
    assert set(used) == {2} and gov.switches == 0
    assert gov.batches == {2: 50 * WINDOW_BATCHES}


def test_busy_cores_drop_to_one_thread_and_retry_with_back_off(monkeypatch) -> None:
    gov, clock, used = _governor(monkeypatch)
    clock.busy = 0.5  # half of each batch spent waiting for a core
    _windows(gov, clock, 1)
    assert gov.threads == 1
    used.clear()
    _windows(gov, clock, FIRST_RETRY_WINDOWS)  # one thread until the first retry
    assert set(used) == {1} and gov.threads == 2
    _windows(gov, clock, 1)  # the retry finds the cores still busy
    assert gov.threads == 1
    used.clear()
    _windows(gov, clock, 2 * FIRST_RETRY_WINDOWS)  # twice as long before the next one
    assert set(used) == {1} and gov.threads == 2
    clock.busy = 0.0  # the machine is quiet again: the retry keeps two threads
    _windows(gov, clock, 5)
    assert gov.threads == 2


def test_fixed_threads_when_told_or_when_the_wait_cannot_be_read(monkeypatch) -> None:
    gov, clock, used = _governor(monkeypatch)
    monkeypatch.setenv("PROVENANCE_ADAPTIVE_THREADS", "0")
    fixed = ThreadGovernor(gov.limit, 2)
    clock.busy = 0.9
    _windows(fixed, clock, 5)
    assert set(used) == {2} and not fixed.adaptive
    monkeypatch.delenv("PROVENANCE_ADAPTIVE_THREADS")
    monkeypatch.setattr(mod, "_read_wait", lambda: None)
    assert not ThreadGovernor(gov.limit, 2).adaptive


def test_small_calls_run_on_one_thread(monkeypatch) -> None:
    gov, clock, used = _governor(monkeypatch)
    with gov.one_thread():
        _windows(gov, clock, 3)
    assert set(used) == {1} and gov.threads == 2 and gov.switches == 0
    used.clear()
    _windows(gov, clock, 1)  # outside the block: the governor's own choice again
    assert set(used) == {2}


def test_a_small_encoder_call_is_pinned_and_a_large_one_is_not(encoder, monkeypatch) -> None:
    pinned: list[bool] = []
    real = encoder.governor.one_thread

    @contextmanager
    def spy():
        pinned.append(True)
        with real():
            yield

    monkeypatch.setattr(encoder.governor, "one_thread", spy)
    encoder.encode(["Ein kurzer Satz."])
    assert pinned == [True]
    encoder.encode(["Ein Satz, der oft wiederholt wird."] * (mod.SMALL_CALL_CHARS // 30))
    assert pinned == [True]


def test_embeddings_are_identical_on_one_thread_and_on_two(encoder, monkeypatch) -> None:
    monkeypatch.setattr(mod, "SMALL_CALL_CHARS", 0)  # this small call on two threads too
    texts = [
        f"Satz Nummer {k}: die Regierung hat {k * 7} Millionen bereitgestellt." for k in range(60)
    ]
    texts += ["Это предложение немного длиннее, чем остальные, и в нём есть запятые. " * 3]
    gov = encoder.governor
    before = gov.max_threads
    try:
        encoder.set_threads(1)
        one = encoder.encode(texts)
        encoder.set_threads(2)
        gov.adaptive = False  # two threads for every batch, however busy the machine is
        two = encoder.encode(texts)
    finally:
        gov.adaptive = mod.adaptive_enabled()
        encoder.set_threads(before)
    assert np.array_equal(one, two)
