"""English abbreviations around which sentences do or do not end."""

from provenance.lang.writing import WritingData, words

DATA = WritingData(
    lang="en",
    leading=words(
        "vol vols approx ca cf fig figs pp ch para dr mr mrs ms prof gen col lt sgt gov sen rev"
    ),
    numbering=words("no nos p art sec"),
    closing=words("etc"),
    closing_amount=words("bn mln"),
)
