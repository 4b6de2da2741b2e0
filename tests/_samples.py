"""A constructed `Report` for the report tests: no encoder, no alignment, known flags."""

from __future__ import annotations

from provenance.model import Alignment, Document, Flag, Report, Span

EVIL = (
    '<script>window.__pwned = 1</script><b>bold</b> & "quoted" '
    '<img src=x onerror="window.__pwned = 2"> </td></tr></table><a href="https://example.org">x</a>'
)


def make_report(rows: int = 40, *, evil: bool = True) -> Report:
    """`rows` aligned rows (at least 30), five flags on rows 3, 7, 25 and the last, one quote."""
    assert rows >= 30
    de = [f"Satz {i}: Die Regierung besuchte {i + 10} Städte." for i in range(rows)]
    ru = [f"Предложение {i}: правительство посетило {i + 10} городов." for i in range(rows)]
    en = [f"Sentence {i}: the government visited {i + 10} cities." for i in range(rows)]
    en[3] = '"The regime may collapse before the end of the year," Ablyazov said.'
    ru[3] = "«Режим может рухнуть до конца года», — сказал Аблязов."
    de[3] = "Ablyasow sagte, das Regime könnte vor Jahresende zusammenbrechen."
    if evil:
        en[7] = f"Archived page text {EVIL} ends here."
        de[7] = f"Archivierter Text {EVIL} endet hier."
    ru[25] = ru[25].replace(str(35), "53")
    en[25] = en[25].replace(str(35), "53")
    docs = [
        Document("1.de.txt", "de", de, list(range(rows))),
        Document("2.ru.txt", "ru", ru, list(range(rows))),
        Document("3.en.txt", "en", en, list(range(rows))),
    ]
    alignments = [Alignment(i, [[i], [i], [i]], [0.8, 0.85]) for i in range(rows)]

    def span(d: int, i: int, needle: str) -> Span:
        text = docs[d].sentences[i]
        a = text.index(needle)
        return Span(d, i, a, a + len(needle), needle)

    flags = [
        Flag(
            3,
            "quote",
            "major",
            (0, 1),
            [span(0, 3, de[3]), span(1, 3, "«Режим может рухнуть до конца года»")],
            "reported speech in de became a direct quote in ru",
            {"verdict": "paraphrased"},
        ),
        Flag(
            7,
            "untranslated",
            "minor",
            (0, 1),
            [span(0, 7, "<script>window.__pwned = 1</script>")] if evil else [],
            "<b>markup</b> left as is & <script>alert(1)</script>",
        ),
        Flag(
            25,
            "number",
            "critical",
            (0, 1),
            [span(0, 25, "35"), span(1, 25, "53"), span(2, 25, "53")],
            "35 became 53",
        ),
        Flag(25, "meaning", "minor", (1, 2), [], "the sentences diverge a little"),
        Flag(rows - 1, "date", "major", (1, 2), [span(2, rows - 1, "Sentence")], "a date moved"),
    ]
    quotes = [
        {
            "id": 0,
            "document": 2,
            "sentences": [3],
            "start": 0,
            "end": 54,
            "text": "The regime may collapse before the end of the year,",
            "speaker": "Ablyazov",
            "verb": "said",
            "alignments": [3],
            "sources": [
                {
                    "document": d,
                    "lang": docs[d].lang,
                    "sentences": [3],
                    "speech": s,
                    "speaker": sp,
                    "text": docs[d].sentences[3],
                }
                for d, s, sp in (
                    (0, "reported", "Ablyasow"),
                    (1, "direct", "Аблязов"),
                    (2, "direct", "Ablyazov"),
                )
            ],
            "verdict": "paraphrased",
            "hop": [0, 1],
            "flags": [0],
        }
    ]
    return Report(docs, alignments, flags, quotes=quotes)
