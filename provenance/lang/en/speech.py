"""English quotation marks and verbs of saying."""

from provenance.lang.speech import SpeechData, words

DATA = SpeechData(
    lang="en",
    # “…” and "…" (double), ‘…’ and '…' (single; apostrophes are told apart by context).
    quote_pairs=(("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»")),
    verbs=words(
        """
        say says said saying tell tells told stated stresses stressed emphasize emphasizes
        emphasized emphasise emphasises emphasised believe believes believed add adds added
        explain explains explained notes noted declare declares declared claimed argue
        argues argued insist insists insisted warn warns warned think thinks maintain
        maintains maintained assert asserts asserted remarked reply replies replied answered
        announce announces announced underline underlines underlined
        """
    ),
    according_to=("according to", "in the words of"),
    pronouns=frozenset({"he", "she"}),
    articles=frozenset({"the", "a", "an"}),
    prepositions=words(
        """
        in from to at with of by for on into over
        """
    ),
    complementizers=frozenset({"that"}),
)
