"""provenance.text.formats: each extractor on files the tests write with the libraries
editors' tools use (python-docx, fpdf2, pypdf, translate-toolkit), the source map back to
the original, format detection, and the malformed files that must fail in one line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from _documents import (
    docx_bytes,
    encrypted_pdf,
    html_page,
    image_only_pdf,
    paragraphs,
    pdf_bytes,
    po_bytes,
    tmx_bytes,
    xliff_bytes,
)

from provenance.errors import InputError, UsageError
from provenance.text.formats import FORMATS, Extracted, detect_format, extract, extract_path

DEMO = Path(__file__).resolve().parent.parent / "corpora" / "demo"
RU = paragraphs((DEMO / "2.ru.txt").read_text(encoding="utf-8"))
DE = paragraphs((DEMO / "1.de.txt").read_text(encoding="utf-8"))
PAIRS = [
    ("Das Regime könnte bald fallen.", "The regime could fall soon."),
    ("Er besitzt 200 Milliarden Dollar & mehr <sagt er>.", "He owns 200 billion dollars & more."),
    ("Die Wahl ist am 9. Juni.", "The election is on 9 June."),
]


def refused(data: bytes, name: str, *needles: str, fmt: str | None = None) -> str:
    """The extraction fails with one line naming the file and each needle."""
    with pytest.raises(InputError) as info:
        extract(data, name, fmt)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{name}: "), message
    for needle in needles:
        assert needle in message, message
    return message


def assert_map_consistent(ext: Extracted) -> None:
    """One map entry per paragraph, in order, each covering exactly that paragraph."""
    paras = ext.text.split("\n\n")
    assert len(ext.source_map) == len(paras)
    for span, para in zip(ext.source_map, paras, strict=True):
        assert ext.text[span.start : span.end] == para
        assert ext.locate(span.start) == span.locator
        assert ext.locate(span.end - 1) == span.locator


# --- plain text ------------------------------------------------------------------------


def test_plain_text_goes_through_load_and_maps_lines() -> None:
    ext = extract(
        "Erste Zeile über Größe.\r\n\r\n\r\nZweiter Absatz\nmit Umbruch.".encode("cp1252"), "a.txt"
    )
    assert ext.format == "text" and ext.encoding == "cp1252"
    assert ext.text == "Erste Zeile über Größe.\n\n\nZweiter Absatz\nmit Umbruch."
    assert ext.paragraph_locators() == ["line 1", "line 4"]
    assert ext.locate(ext.text.index("mit")) == "line 4"


# --- HTML ------------------------------------------------------------------------------


def test_html_article_without_boilerplate_and_xpath_locators() -> None:
    ext = extract(html_page(RU).encode("utf-8"), "article.ru.html")
    assert ext.format == "html"
    assert ext.text.split("\n\n") == RU
    for junk in ("Home", "Politics", "cookies", "Related", "Markets tumble", "Imprint", "©"):
        assert junk not in ext.text
    assert_map_consistent(ext)
    locs = ext.paragraph_locators()
    assert locs[0].endswith("/article/h1")
    assert locs[1].endswith("/article/p[1]") and locs[-1].endswith(f"/article/p[{len(RU) - 1}]")


LIVE_PAGE = """<html><head><title>Politik</title>
<script>var x=1;</script><style>p{}</style></head><body>
<div id="top"><a href="/">Startseite</a> | <a href="/politik">Politik</a></div>
<div class="content"><div class="article-body">
<h1 class="title">Kasachstan: Regime <em>könnte</em> fallen</h1>
<div class="teaser"><p>Der Oppositionelle <a href="/p/abl">Muchtar Ablyasow</a>
rechnet mit einem <strong>baldigen</strong> Ende.</p></div>
<figure><img src="a.jpg"><figcaption>Ablyasow in Paris. Foto: AFP</figcaption></figure>
<p>„Die Bevölkerung hat diese Diktatur satt“, sagte Ablyasow<br>am Dienstag in Paris.</p>
<div class="read-also"><h4>Lesen Sie auch</h4>
<ul><li><a href="/x">Wahl in Kasachstan vorgezogen</a></li></ul></div>
<blockquote><p>„Seit 30 Jahren bereichert sich der Clan nur selbst.“</p></blockquote>
<ul><li>Erstens: 200 Milliarden Dollar.</li><li>Zweitens: 40 Städte.</li></ul>
<table><tr><td>Jahr</td><td>Wert</td></tr><tr><td>2019</td><td>200</td></tr></table>
<p>Nasarbajew war im März nach fast 30 Jahren an der Macht zurückgetreten.</p>
</div></div>
<div class="comments"><p>Kommentar von Leser: Super Artikel!</p></div>
<footer>Impressum · Datenschutz</footer></body></html>"""


def test_html_inline_markup_teaser_quotes_lists_tables_and_comments() -> None:
    ext = extract(LIVE_PAGE.encode("utf-8"), "live.html")
    paras = ext.text.split("\n\n")
    assert paras[0] == "Kasachstan: Regime könnte fallen"
    # the lead paragraph, links and emphasis inside, is article text
    assert paras[1] == "Der Oppositionelle Muchtar Ablyasow rechnet mit einem baldigen Ende."
    assert "sagte Ablyasow\nam Dienstag in Paris." in ext.text  # <br> is a line break
    for kept in (
        "„Seit 30 Jahren",
        "Erstens: 200 Milliarden Dollar.",
        "2019\n200",
        "Nasarbajew war",
    ):
        assert kept in ext.text
    for junk in ("Startseite", "Kommentar von Leser", "Impressum", "var x"):
        assert junk not in ext.text
    assert_map_consistent(ext)
    locs = dict(zip(paras, ext.paragraph_locators(), strict=True))
    assert not any(loc.startswith("block ") for loc in locs.values()), locs
    assert locs[paras[1]] == "/html/body/div[2]/div/div[1]/p"  # the innermost element
    assert locs["2019\n200"] == "/html/body/div[2]/div/table/tr[2]"


def test_html_by_content_without_extension_and_in_legacy_encoding() -> None:
    page = html_page(DE, lang="de").replace('charset="utf-8"', 'charset="windows-1252"')
    ext = extract(page.encode("cp1252"), "<stdin>")
    assert ext.format == "html"
    assert "Muchtar Ablyasow rechnet" in ext.text and "„Die Bevölkerung" in ext.text


def test_html_forced_as_text_keeps_the_markup() -> None:
    ext = extract(html_page(RU).encode("utf-8"), "page.html", "text")
    assert ext.format == "text" and "<article>" in ext.text


def test_html_with_nothing_but_boilerplate_is_refused() -> None:
    page = "<html><body><nav><a href='/'>Home</a> <a href='/x'>News</a></nav></body></html>"
    refused(page.encode(), "menu.html", "no article text", "--format-in text")


# --- DOCX ------------------------------------------------------------------------------


def test_docx_paragraphs_breaks_tables_and_no_header() -> None:
    data = docx_bytes(
        ["Überschrift", "Erster Absatz.\nNach einem Zeilenumbruch.", "", "Dritter Absatz."],
        header="Kopfzeile Verlag",
        table=[["Stadt", "Zahl"], ["Paris", "40"]],
    )
    ext = extract(data, "brief.de.docx")
    assert ext.format == "docx"
    assert ext.text.split("\n\n") == [
        "Überschrift",
        "Erster Absatz.\nNach einem Zeilenumbruch.",
        "Dritter Absatz.",
        "Stadt",
        "Zahl",
        "Paris",
        "40",
    ]
    assert "Kopfzeile" not in ext.text
    assert_map_consistent(ext)
    assert ext.paragraph_locators()[:3] == ["paragraph 1", "paragraph 2", "paragraph 4"]
    assert ext.paragraph_locators()[-1] == "table 1, row 2, cell 2"


def test_docx_truncated_or_not_a_docx_is_refused(tmp_path) -> None:
    data = docx_bytes(DE)
    refused(data[: len(data) // 2], "cut.docx", "damaged or truncated")
    refused(b"Nur Text, kein Word.\n", "fake.docx", "is not a Word .docx", "--format-in text")
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as zf:
        zf.writestr("readme.txt", "hello")
    refused(other.getvalue(), "archive.docx", "not a readable Word document")
    refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "locked.docx", "encrypted")
    refused(docx_bytes(["", "  "]), "blank.docx", "no text")
    # a real .docx saved under .txt: named, not "binary"
    refused(data, "notes.txt", "looks like a Word .docx", "--format-in docx")


def test_docx_zip_bomb_is_refused_before_unpacking(monkeypatch) -> None:
    from provenance.text.formats import word

    monkeypatch.setattr(word, "MAX_UNPACKED", 2**20)  # the real limit is 512 MB
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"<w/>" + b" " * (3 * 2**20))
    assert len(bomb.getvalue()) < 2**16
    refused(bomb.getvalue(), "bomb.docx", "zip bomb")


# --- PDF -------------------------------------------------------------------------------


def test_pdf_text_layer_paragraphs_and_pages() -> None:
    data, unicode_font = pdf_bytes([RU[:4], RU[4:]])
    if not unicode_font:  # no TTF with Cyrillic on this machine: Latin text instead
        data, _ = pdf_bytes([DE[:4], DE[4:]])
    expected = RU if unicode_font else DE
    ext = extract(data, "article.pdf")
    assert ext.format == "pdf"
    assert ext.text.split("\n\n") == expected  # wrapped lines reflowed, gaps kept
    assert_map_consistent(ext)
    assert ext.paragraph_locators() == ["page 1"] * 4 + ["page 2"] * (len(expected) - 4)


def test_pdf_encrypted_scanned_or_truncated_is_refused() -> None:
    data, _ = pdf_bytes([DE[:2]])
    refused(encrypted_pdf(data, "secret"), "locked.pdf", "encrypted", "unprotected copy")
    # Only an owner password (no password to open): readable, as any viewer reads it.
    assert extract(encrypted_pdf(data, ""), "owner.pdf").text.split("\n\n") == DE[:2]
    refused(image_only_pdf(), "scan.pdf", "no text layer", "OCR")
    refused(data[:300], "cut.pdf", "not a readable PDF")
    refused(b"just words", "words.pdf", "is not a PDF", "--format-in text")


# --- TMX, XLIFF, PO --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "name", "make", "langs", "first_locator"),
    [
        ("tmx", "memory.tmx", lambda: tmx_bytes(PAIRS, "de", "en"), ("de", "en"), "tu 1 (id=u0)"),
        (
            "xliff",
            "job.xlf",
            lambda: xliff_bytes(PAIRS, "de-DE", "en-US"),
            ("de-DE", "en-US"),
            "trans-unit 1 (id=seg0)",
        ),
        (
            "po",
            "messages.po",
            lambda: po_bytes(PAIRS, "en", untranslated="Noch offen."),
            (None, "en"),
            "entry 1",
        ),
    ],
)
def test_bilingual_files_give_pairs_and_two_sides(fmt, name, make, langs, first_locator) -> None:
    data = make()
    for label in (name, "<stdin>"):  # by extension, and by content alone
        ext = extract(data, label)
        assert ext.format == fmt and ext.bilingual
        assert ext.pairs == PAIRS  # the untranslated PO entry is left out
        assert ext.langs == langs
        assert ext.pair_locators[0] == first_locator
        src, tgt = ext.sides()
        assert src.text.split("\n\n") == [p[0] for p in PAIRS]
        assert tgt.text.split("\n\n") == [p[1] for p in PAIRS]
        assert tgt.paragraph_locators() == ext.pair_locators
        assert not src.bilingual and src.format == fmt
        assert_map_consistent(tgt)


XLIFF2 = b"""<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en">
 <file id="f1"><unit id="intro"><segment><source>Hallo Welt.</source>
 <target>Hello world.</target></segment></unit>
 <unit id="u2"><segment><source>Ohne Ziel.</source></segment></unit></file></xliff>"""


def test_xliff_2() -> None:
    ext = extract(XLIFF2, "job.xlf")
    assert ext.pairs == [("Hallo Welt.", "Hello world.")]
    assert ext.langs == ("de", "en")
    assert ext.pair_locators == ["trans-unit 1 (id=intro)"]


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<tmx version="1.4"><header srclang="de"/><body>
<tu><tuv xml:lang="de"><seg>&lol4;</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>
</body></tmx>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE xliff [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">
<file original="a" source-language="de" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>&leak;</source><target>x</target></trans-unit></body></file></xliff>"""


def test_xml_bombs_external_entities_and_broken_xml_are_refused() -> None:
    refused(BOMB, "bomb.tmx", "entities", "refused")
    refused(EXTERNAL, "leak.xlf", "refused")
    refused(
        BOMB.split(b"<!DOCTYPE")[0]
        + b'<!DOCTYPE tmx [<!ENTITY leak SYSTEM "http://example.org/x">]>'
        + BOMB.split(b"]>")[1].replace(b"&lol4;", b"&leak;"),
        "leak.tmx",
        "refused",
    )
    refused(tmx_bytes(PAIRS, "de", "en")[:-40], "cut.tmx", "not well-formed XML")
    refused(xliff_bytes(PAIRS, "de", "en"), "wrong.tmx", "is not a TMX file")
    refused(b'msgid "a"\nmsgstr ""\n', "empty.po", "no translated units")
    refused(b'msgid "a\nmsgstr "b"\n', "broken.po", "PO")


# --- detection and the API -------------------------------------------------------------


def test_detection_by_content_extension_and_forcing(tmp_path) -> None:
    data, _ = pdf_bytes([DE[:1]])
    assert detect_format(data, "<stdin>") == "pdf"
    assert detect_format(docx_bytes(DE[:1]), "") == "docx"
    assert detect_format(b"Hallo Welt", "") == "text"
    assert detect_format(b"<p>Hallo</p>", "snippet.html") == "html"
    assert detect_format(b"anything", "x.pdf", "text") == "text"
    with pytest.raises(UsageError, match="--format-in"):
        detect_format(b"x", "a.txt", "rtf")
    path = tmp_path / "brief.de.docx"
    path.write_bytes(docx_bytes(DE))
    assert extract_path(path).text.split("\n\n") == DE
    assert set(FORMATS) == {"text", "html", "docx", "pdf", "tmx", "xliff", "po"}


def test_documents_from_files_keep_locators_per_sentence(tmp_path) -> None:
    from provenance.text.documents import documents_from, load_documents

    word = tmp_path / "brief.docx"
    word.write_bytes(docx_bytes(["Erster Satz. Zweiter Satz.", "Dritter Satz\nnach Umbruch."]))
    memory = tmp_path / "memory.tmx"
    memory.write_bytes(tmx_bytes(PAIRS, "de-CH", "xx"))  # xx: unknown, so detected
    doc = load_documents([word], "de")[0]
    assert doc.format == "docx"
    assert doc.sentences == ["Erster Satz.", "Zweiter Satz.", "Dritter Satz", "nach Umbruch."]
    assert doc.locators == ["paragraph 1", "paragraph 1", "paragraph 2", "paragraph 2"]
    # --presplit: a paragraph (Word) or a unit (TMX) is one sentence
    assert load_documents([word], "de", presplit=True)[0].sentences == [
        "Erster Satz. Zweiter Satz.",
        "Dritter Satz nach Umbruch.",
    ]
    src, tgt = load_documents([memory], presplit=True)
    assert (src.lang, tgt.lang) == ("de", "en")
    assert src.sentences == [p[0] for p in PAIRS] and tgt.sentences == [p[1] for p in PAIRS]
    assert tgt.locators == ["tu 1 (id=u0)", "tu 2 (id=u1)", "tu 3 (id=u2)"]
    # uploads: bytes extracted by the caller, then made documents
    docs = documents_from([extract(memory.read_bytes(), "upload.tmx")], "de,en")
    assert [d.path for d in docs] == ["upload.tmx (source de-CH)", "upload.tmx (target xx)"]
