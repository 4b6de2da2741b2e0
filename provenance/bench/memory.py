"""`provenance bench memory`: peak memory and time of `check` as the documents grow.

Builds German–English document pairs of the requested sizes from the demo chain's
sentences (each copy numbered, so no two sentences are the same and nothing is embedded
only once by the cache), runs `provenance check` on each in a fresh process and reads that
process's peak RSS from the kernel (`wait4`), and which stages its progress bar (forced
on, `--progress`) reported on stderr. A straight line through the points gives
the memory model quoted in BENCHMARKS.md: peak ≈ fixed + per-character × input.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from provenance.errors import InputError


@dataclass
class MemoryPoint:
    megabytes: float  # of the pair, both documents, UTF-8
    characters: int  # both documents
    sentences: int  # both documents, as given (one per line)
    wall_s: float
    peak_rss_mb: float
    exit_code: int
    progress: list[str]  # the progress bar's stages seen on the run's stderr


def _sentences(corpus: Path) -> tuple[list[str], list[str]]:
    de, en = corpus / "1.de.txt", corpus / "3.en.txt"
    if not de.is_file() or not en.is_file():
        raise InputError(
            "no demo chain here (1.de.txt, 3.en.txt)",
            source=str(corpus),
            hint="run from the repository root or pass --corpus corpora/demo",
        )
    from provenance.text.segment import segment

    return segment(de.read_text(), "de").sentences, segment(en.read_text(), "en").sentences


def build_pair(corpus: Path, megabytes: float, folder: Path) -> tuple[Path, Path, int, int]:
    """Write a.de.txt / b.en.txt of about `megabytes` together; one sentence a line, a
    paragraph every ten lines. Returns the paths, characters and sentences written."""
    de, en = _sentences(corpus)
    target = int(megabytes * 1_000_000)
    a, b = folder / "a.de.txt", folder / "b.en.txt"
    written = chars = sentences = 0
    with a.open("w", encoding="utf-8") as fa, b.open("w", encoding="utf-8") as fb:
        k = 0
        while written < target:
            i = k % min(len(de), len(en))
            src = f"{de[i]} (Meldung {k + 1}.)"
            tgt = f"{en[i]} (Report {k + 1}.)"
            end = "\n\n" if k % 10 == 9 else "\n"
            fa.write(src + end)
            fb.write(tgt + end)
            written += len((src + tgt).encode()) + 2 * len(end)
            chars += len(src) + len(tgt)
            sentences += 2
            k += 1
    return a, b, chars, sentences


# What the progress bar shows for each stage (`provenance.util.progress.TerminalProgress`).
PROGRESS_LABELS = ("embedding sentences", "aligning document pairs", "checking rows")


def measure(corpus: Path, megabytes: float) -> MemoryPoint:
    with tempfile.TemporaryDirectory(prefix="provenance-memory-") as tmp:
        a, b, chars, sentences = build_pair(corpus, megabytes, Path(tmp))
        cmd = [
            sys.executable, "-m", "provenance.cli", "check", str(a), str(b),
            "--langs", "de,en", "--presplit", "--format", "json", "-o", os.devnull,
            "--max-chars", str(max(chars, 1)), "--progress",
        ]  # fmt: skip
        err_path = Path(tmp) / "stderr.txt"  # a file: a long run's bar would fill a pipe
        start = time.perf_counter()
        with err_path.open("wb") as err_file:
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err_file)
            _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err = err_path.read_text(encoding="utf-8", errors="replace")
        if proc.returncode != 0:
            sys.stderr.write(err[-2000:])
        return MemoryPoint(
            megabytes=round(megabytes, 3),
            characters=chars,
            sentences=sentences,
            wall_s=round(wall, 2),
            peak_rss_mb=round(usage.ru_maxrss / 1024.0, 1),  # KiB on Linux
            exit_code=proc.returncode,
            progress=[label for label in PROGRESS_LABELS if label in err],
        )


def fit(points: list[MemoryPoint]) -> tuple[float, float]:
    """Least-squares line peak_mb = fixed + per_char * characters (per_char in bytes)."""
    import numpy as np

    xs = np.array([p.characters for p in points], dtype=float)
    ys = np.array([p.peak_rss_mb for p in points], dtype=float)
    if len(points) < 2 or np.ptp(xs) == 0:
        return float(ys.mean()), 0.0
    slope, intercept = np.polyfit(xs, ys, 1)
    return float(intercept), float(slope * 1_048_576)  # MB per char -> bytes per char


def main(
    sizes: list[float], corpus: Path | None = None, json_out: Path | None = None
) -> dict[str, object]:
    corpus = corpus or Path("corpora/demo")
    points = []
    for mb in sizes:
        point = measure(corpus, mb)
        points.append(point)
        print(
            f"{point.megabytes:>7.2f} MB pair  {point.sentences:>8,} sentences  "
            f"{point.wall_s:>8.1f} s  peak RSS {point.peak_rss_mb:>7.0f} MB"
            + f"  progress: {', '.join(point.progress) or 'none'}"
            + ("" if point.exit_code == 0 else f"  (exit {point.exit_code})")
        )
    fixed, per_char = fit(points)
    print(f"fit: peak RSS ≈ {fixed:.0f} MB + {per_char:.0f} bytes × input characters")
    result: dict[str, object] = {
        "points": [asdict(p) for p in points],
        "fit": {"fixed_mb": round(fixed, 1), "bytes_per_char": round(per_char, 1)},
    }
    if json_out is not None:
        json_out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return result
