"""Writers of test documents in the formats `provenance.text.formats` reads: each builds
the file with the library an editor's tool would use (python-docx, fpdf2,
translate-toolkit), so the extractors are tested on real files, not on hand-made bytes."""

from __future__ import annotations

import html
import io
from pathlib import Path

FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def docx_bytes(
    paras: list[str], *, header: str = "", table: list[list[str]] | None = None
) -> bytes:
    import docx

    document = docx.Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
        document.sections[0].footer.paragraphs[0].text = header + " (footer)"
    for para in paras:
        document.add_paragraph(para)  # "\n" inside becomes a line break (w:br)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def html_page(paras: list[str], *, title: str = "Nachrichten", lang: str = "ru") -> str:
    """An article page wrapped in the boilerplate of a news site: menu, header, sidebar,
    related links, cookie banner and footer."""
    head, *body = paras
    article = f"<h1>{html.escape(head)}</h1>\n" + "\n".join(
        f"<p>{html.escape(p)}</p>" for p in body
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<link rel="stylesheet" href="/s.css"></head>
<body>
<header><div class="logo">Daily Paper</div>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/economy">Economy</a></li><li><a href="/login">Log in</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies. <a href="/privacy">Privacy policy</a></div>
<main><article>
{article}
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Markets tumble again</a></li>
<li><a href="/b">Weather: rain expected</a></li></ul></aside></main>
<footer><p>© 2024 Daily Paper Ltd. All rights reserved.</p>
<p><a href="/imprint">Imprint</a> · <a href="/contact">Contact</a></p></footer>
</body></html>
"""


def font_path() -> str | None:
    return next((f for f in FONT_CANDIDATES if Path(f).exists()), None)


def pdf_bytes(pages: list[list[str]]) -> tuple[bytes, bool]:
    """A PDF with a text layer, one list of paragraphs per page. Uses a Unicode TTF font
    when the machine has one (then Cyrillic works); returns (bytes, unicode_font_used)."""
    from fpdf import FPDF

    pdf = FPDF()
    font = font_path()
    if font:
        pdf.add_font("Body", "", font)
        pdf.set_font("Body", size=11)
    else:
        pdf.set_font("Helvetica", size=11)
    for paras in pages:
        pdf.add_page()
        for para in paras:
            pdf.multi_cell(0, 6, para)
            pdf.ln(6)
    return bytes(pdf.output()), font is not None


def image_only_pdf() -> bytes:
    """A 'scan': one page holding an image and no text at all."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(img).rectangle((20, 20, 380, 180), outline="black", width=5)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(img, x=10, y=10, w=150)
    return bytes(pdf.output())


def encrypted_pdf(data: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def tmx_bytes(pairs: list[tuple[str, str]], src: str, tgt: str) -> bytes:
    from translate.storage.tmx import tmxfile

    store = tmxfile(sourcelanguage=src, targetlanguage=tgt)
    for k, (s, t) in enumerate(pairs):
        unit = store.addsourceunit(s, src)
        unit.settarget(t, tgt)
        unit.xmlelement.set("tuid", f"u{k}")
    return bytes(store)


def xliff_bytes(pairs: list[tuple[str, str]], src: str, tgt: str) -> bytes:
    from translate.storage.xliff import xlifffile

    store = xlifffile(sourcelanguage=src, targetlanguage=tgt)
    for k, (s, t) in enumerate(pairs):
        unit = store.UnitClass(s)
        store.addunit(unit)
        unit.settarget(t, tgt)
        unit.setid(f"seg{k}")
    return bytes(store)


def po_bytes(pairs: list[tuple[str, str]], tgt: str, *, untranslated: str = "") -> bytes:
    from translate.storage.pypo import pofile

    store = pofile()
    store.updateheader(add=True, Language=tgt)
    for s, t in pairs:
        unit = store.addsourceunit(s)
        unit.target = t
    if untranslated:
        store.addsourceunit(untranslated)
    return bytes(store)
