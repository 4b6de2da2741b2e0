"""German abbreviations (Abkürzungen) around which sentences do or do not end."""

from provenance.lang.writing import WritingData, words

DATA = WritingData(
    lang="de",
    leading=words(
        """
        ca vgl bzw hrsg hg abs bd kap abb tab dr prof hr fr sog zzgl abzgl inkl exkl
        gem lt ggf evtl
        """
    ),
    numbering=words("nr art s str pl"),
    closing=words("usw etc"),
    # No amount units: German capitalises every noun ("3,5 Mio. Euro"), so a capital
    # after "Mio." is no sign of a new sentence.
    # WMT21 news, reference A, fitted with the other languages (`WritingData.length_factor`).
    length_factor=1.107,
)
