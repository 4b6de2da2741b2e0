"""Progress of the long stages, for a person watching a terminal.

The pipeline reports `progress(stage, done, total)`; it knows nothing of terminals. The
CLI passes `TerminalProgress`, a rich bar on stderr that appears only once a run has taken
a few seconds, so short runs print nothing extra.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

ProgressFn = Callable[[str, int, int], None]

# Sentences sent to the encoder between two progress reports: large enough that the
# encoder's batching is unaffected, small enough that a bar moves every few seconds.
ENCODE_CHUNK = 2_048


def no_progress(stage: str, done: int, total: int) -> None:
    """The default: nobody is watching."""


def encode_with_progress(
    encoder: Any, texts_per_doc: Sequence[Sequence[str]], progress: ProgressFn
) -> None:
    """Encode every document's sentences (`encoder` caches them), reporting how many are done."""
    total = sum(len(t) for t in texts_per_doc)
    done = 0
    for texts in texts_per_doc:
        for start in range(0, len(texts), ENCODE_CHUNK):
            chunk = texts[start : start + ENCODE_CHUNK]
            encoder.encode(list(chunk))
            done += len(chunk)
            progress("embed", done, total)


class TerminalProgress:
    """A rich progress bar on stderr, shown once `delay` seconds have passed."""

    def __init__(self, delay: float = 2.0, *, force: bool = False) -> None:
        self.delay = delay
        self.force = force
        self.started = time.monotonic()
        self._bar: Any = None
        self._tasks: dict[str, Any] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._bar is None:
            if not self.force and time.monotonic() - self.started < self.delay:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

            console = Console(stderr=True, force_terminal=self.force or None)
            self._bar = Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=console,
                transient=True,
            )
            self._bar.start()
        if stage not in self._tasks:
            label = {
                "embed": "embedding sentences",
                "align": "aligning document pairs",
                "check": "checking rows",
            }
            self._tasks[stage] = self._bar.add_task(label.get(stage, stage), total=total)
        self._bar.update(self._tasks[stage], completed=done, total=total)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
