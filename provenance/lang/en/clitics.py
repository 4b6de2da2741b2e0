"""English clitics written out (`provenance.comparison.clitics`): "It's" = "It is",
"we'll" = "we will". Negative clitics ("isn't", "don't") are negation cues and stay."""

from provenance.lang.clitics import CliticData
from provenance.lang.speech import words

DATA = CliticData(
    words={"s": "is", "re": "are", "m": "am", "ve": "have", "ll": "will", "d": "would"},
    hosts={
        # "'s" is "is"/"has" after these; after a noun it is mostly a possessive
        "s": words(
            """it he she that there here what who where how this everything nothing
            everyone someone somebody nobody"""
        ),
    },
)
