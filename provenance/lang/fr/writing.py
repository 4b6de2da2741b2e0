"""French abbreviations around which sentences do or do not end."""

from provenance.lang.writing import WritingData, words

DATA = WritingData(
    lang="fr",
    leading=words("chap env cf fig mme mlle mm me dr pr ste"),
    numbering=words("art al p pp vol no n°"),
    closing=words("etc"),
    closing_amount=words("md mds"),
    # WMT21 news, reference A, fitted with the other languages (`WritingData.length_factor`).
    length_factor=1.163,
)
