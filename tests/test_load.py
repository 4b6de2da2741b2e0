"""Stage 1 (load): decoding, normalisation and the errors a user sees."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from provenance.errors import InputError
from provenance.text.load import decode, load_text, normalise

RU = "Назарбаев владеет имуществом стоимостью 200 млрд долларов. Выборы перенесены на 9 июня."
DE = "Die Präsidentschaftswahl wurde auf den 9. Juni vorgezogen, sagte Müller über Nasarbajew."


@pytest.mark.parametrize(
    ("raw", "expected_encoding"),
    [
        (RU.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + RU.encode("utf-8"), "utf-8-sig"),
        (RU.encode("utf-16"), "utf-16"),  # Python writes a BOM
        (codecs.BOM_UTF16_BE + RU.encode("utf-16-be"), "utf-16"),
        (RU.encode("cp1251"), "cp1251"),
        (RU.encode("koi8_r"), "koi8_r"),
        (DE.encode("cp1252"), "cp1252"),
    ],
)
def test_decode_detects_encoding(raw: bytes, expected_encoding: str) -> None:
    text, enc = decode(raw, "x.txt")
    assert enc == expected_encoding
    assert text.lstrip("\ufeff") in (RU, DE)


def test_latin1_german_is_not_read_as_cyrillic() -> None:
    text, _ = decode(DE.encode("latin_1"), "x.txt")
    assert text == DE


def test_binary_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "img.txt")


def test_undecodable_is_refused_clearly() -> None:
    raw = bytes(range(0x80, 0x100)) * 4
    with pytest.raises(InputError, match=r"x\.txt: .*UTF-8"):
        decode(raw, "x.txt")


def test_normalise_nfc_newlines_and_paragraphs() -> None:
    decomposed = unicodedata.normalize("NFD", "Müller\r\n\r\nЙошкар-Ола  \r\n")
    out = normalise(decomposed)
    assert out == "Müller\n\nЙошкар-Ола"
    assert unicodedata.is_normalized("NFC", out)


def test_load_text_errors_name_the_file(tmp_path) -> None:
    with pytest.raises(InputError, match=r"missing\.txt: no such file"):
        load_text(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_text(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.txt: is empty"):
        load_text(empty)


def test_stdin(monkeypatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RU.encode("cp1251"))))
    loaded = load_text("-")
    assert loaded.source == "<stdin>"
    assert loaded.text == RU
