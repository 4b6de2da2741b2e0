"""Documents in other formats on real translations (wmt21: news nobody here wrote): the
same text saved as an HTML page, a Word file or a PDF must give the sentences and flags
of the plain text. The files are written by the test from `../shared`; nothing is copied
into the repository."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from _documents import docx_bytes, html_page, pdf_bytes
from conftest import need

import provenance

LINES = 200  # about twenty stories: headlines, quotes, numbers, names


def flag_keys(report) -> list[tuple]:
    return [(f.alignment, f.type, f.check, f.severity, f.hop, f.message) for f in report.flags]


@pytest.fixture(scope="module")
def wmt21(shared_dir: Path) -> Path:
    path = shared_dir / "corpora" / "wmt21"
    need(path.is_dir(), f"{path} not found")
    return path


@pytest.mark.slow
@pytest.mark.parametrize(("pair", "src_name"), [("de-en", "source.de"), ("ru-en", "source.ru")])
def test_real_news_saved_as_html_docx_pdf_gives_the_plain_text_flags(
    wmt21, encoder, tmp_path, pair, src_name
) -> None:
    src = (wmt21 / pair / src_name).read_text(encoding="utf-8").splitlines()[:LINES]
    tgt = (wmt21 / pair / "ref-A.en").read_text(encoding="utf-8").splitlines()[:LINES]
    files = {
        "src.txt": "\n\n".join(src).encode("utf-8"),
        "tgt.txt": "\n\n".join(tgt).encode("utf-8"),
        "src.html": html_page(src).encode("utf-8"),
        "tgt.docx": docx_bytes(tgt),
        "src.pdf": pdf_bytes([src[k : k + 25] for k in range(0, LINES, 25)])[0],
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    langs = pair.replace("-", ",")

    def run(a: str, b: str):
        return provenance.check([str(tmp_path / a), str(tmp_path / b)], langs, encoder=encoder)

    plain = run("src.txt", "tgt.txt")
    assert plain.flags  # professional translations still raise some flags: compare them
    saved = run("src.html", "tgt.docx")
    assert [d.sentences for d in saved.documents] == [d.sentences for d in plain.documents]
    assert flag_keys(saved) == flag_keys(plain)
    # A PDF keeps lines, not paragraphs: reflowing may split a sentence broken by a page
    # end (when the next page starts with a capital), never more than one per page.
    pdf = run("src.pdf", "tgt.docx")
    got, want = pdf.documents[0].sentences, plain.documents[0].sentences
    assert len(want) <= len(got) <= len(want) + LINES // 25
    assert sum(s in set(want) for s in got) >= len(want) - 2 * (LINES // 25)
    # Row ids shift after a split sentence: compare the flags themselves.
    what = Counter((f.type, f.check, f.severity, f.message) for f in plain.flags)
    got_what = Counter((f.type, f.check, f.severity, f.message) for f in pdf.flags)
    assert sum(((what - got_what) + (got_what - what)).values()) <= 2
