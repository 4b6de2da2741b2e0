"""German quotation marks and verbs of saying."""

from provenance.lang.speech import SpeechData, words

DATA = SpeechData(
    lang="de",
    # „…“ (Germany), »…« (books), «…» (Switzerland: the Tages-Anzeiger), ‚…‘ (inner).
    quote_pairs=(("„", "“"), ("»", "«"), ("«", "»"), ("‚", "‘"), ('"', '"'), ("“", "”")),
    verbs=words(
        """
        sagen sage sagst sagt sagte sagten sagtest gesagt erklären erkläre erklärt erklärte
        erklärten betonen betone betont betonte betonten meinen meint meinte meinten gemeint
        glauben glaubt glaubte glaubten geglaubt behaupten behauptet behauptete behaupteten
        unterstreichen unterstreicht unterstrich unterstrichen versichern versichert
        versicherte versicherten warnen warnt warnte warnten gewarnt ergänzen ergänzt
        ergänzte ergänzten fügte fügt hinzugefügt äußern äußert äußerte äußerten geäußert
        antworten antwortet antwortete antworteten geantwortet erzählen erzählt erzählte
        erzählten berichten berichtet berichtete berichteten bekräftigen bekräftigt
        bekräftigte verkünden verkündet verkündete ankündigen kündigte kündigt angekündigt
        """
    ),
    according_to=("laut", "zufolge", "nach angaben von", "nach worten von", "so"),
    pronouns=frozenset({"er", "sie"}),
    articles=words(
        """
        der die das des dem den ein eine einer eines einem einen sein seine ihr ihre
        """
    ),
    prepositions=words(
        """
        in im aus nach von vom mit bei beim zu zum zur für gegen über auf an am
        """
    ),
    complementizers=frozenset({"dass", "daß", "ob"}),
)
