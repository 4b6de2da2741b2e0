"""French quotation marks and verbs of saying."""

from provenance.lang.speech import SpeechData, words

DATA = SpeechData(
    lang="fr",
    # « … » with (narrow) no-break spaces inside, “…” and "…".
    quote_pairs=(("«", "»"), ("“", "”"), ('"', '"'), ("‹", "›")),
    verbs=words(
        """
        dit dire disait déclare déclaré déclarait affirme affirmé affirmait souligne
        souligné soulignait estime estimé estimait explique expliqué expliquait ajoute
        ajouté ajoutait pense pensé pensait croit cru croyait précise précisé précisait
        assure assuré assurait insiste insisté avertit averti répond répondu indique indiqué
        juge jugé martèle martelé confie confié raconte raconté
        """
    ),
    according_to=("selon", "d'après", "d’après", "aux yeux de"),
    pronouns=frozenset({"il", "elle"}),
    articles=frozenset({"le", "la", "les", "un", "une", "l'", "l’"}),
    prepositions=words(
        """
        à au aux en de du des dans par pour sur chez avec
        """
    ),
    complementizers=frozenset({"que", "qu'", "qu’"}),
)
