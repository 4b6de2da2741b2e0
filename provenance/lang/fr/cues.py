"""French cue data for the meaning checks (see provenance.lang.cues)."""

from provenance.lang.cues import CueData, TenseCues

_SAY = r"(?:a\s+dit|a\s+déclaré|a\s+annoncé|a\s+affirmé|a\s+promis|a\s+confirmé|dit|déclare)"

# A time an event is moved to or by: "au 9 juin", "à l'automne", "de deux semaines".
_WHEN = (
    r"(?:à|au|aux|en|jusqu['’]?(?:au|à)|d['’]|de|du|pour)\s+(?:la\s+|le\s+|l['’]|une\s+|un\s+"
    r"|deux\s+|trois\s+|quelques\s+|plusieurs\s+)?(?:\d|janvier|février|mars|avril|mai\b|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|mercredi|jeudi|vendredi"
    r"|samedi|dimanche|printemps|été\b|automne|hiver|semaine|mois\b|année|an\b|ans\b|jours?\b"
    r"|date|plus\s+tard|plus\s+tôt|lendemain|prochain|début|fin\b|mi-)"
)

# A word that is not the second part of a French negation ("pas", "jamais" ...).
_NOT_NEGATIVE = (
    r"(?!(?:pas|point|jamais|rien|guère|aucun\w*|personne|nullement)\b)"
    # nor a verb of a litotes (`_LITOTES_VERB`): "n'a cessé de répéter que" = kept saying
    r"(?!(?:cess|tard|hésit|manqu|empêch)\w*)"
)
# One word with the elided words it carries ("s'élever", "d'un", "qu'il"), also as a
# tokenised text spells them ("s' élever", "d' un"): the elision is no word of its own.
_TOK = r"[\w-]+(?:['’]\s*[\w-]+)*['’]?"
# "que" as the head of a conjunction ("parce que", "depuis que", "bien que", "avant que"):
# not the "que" of a restriction "ne ... que" ("il ne travaille plus depuis que" = no
# longer works since).
_CONJUNCTION_QUE = (
    r"(?!(?:parce|depuis|alors|bien|tandis|pour|avant|après|dès|ainsi|afin|sans|pendant"
    r"|tant|lors|maintenant|moins|sorte|point|condition|encore|même|si|tel(?:le)?s?)\s+qu)"
)
# "n'avoir que faire de" = to have no use for: a negation, no restriction
_NOT_NEED = r"(?!\s*faire\b)"
# The second part of a French negation after a "ne": then the "ne" is no expletive.
_PARTNER = (
    r"(?![^.;:!?,]{0,50}?\b(?:pas|plus|jamais|rien|personne|aucun\w*|guère|point|nullement"
    r"|ni)\b)"
)
# A French negation made of a "ne" and a verb that is itself negative, which together
# assert (litotes): "ne cesse de" = keeps on, "ne tarde pas à" = soon, "n'hésite pas à" =
# readily, "ne manque pas de" = is sure to, "n'empêche pas de" = lets, "ne perd pas de
# temps à" = at once (round 12): a translation often says them positively ("immer
# wieder", "bald", "unverzüglich"). Pronouns or a modal ("ne peut manquer de") may stand
# between.
_LITOTES_VERB = (
    r"\bn(?:e\b|['’])\s*(?:(?:pas|point|jamais|plus)\s+)?"
    r"(?:(?:se|me|te|nous|vous|le|la|les|lui|leur|en|y)\s+|[smtl]['’]\s*)*"
    r"(?:(?:peu\w*|pourr\w*|pouv\w*|sau\w*|sav\w*|doi\w*|dev\w*|v\w+|a|ont|av\w+|aur\w+"
    r"|eu\w*)\s+"
    r"(?:(?:pas|point|jamais|plus)\s+)?(?:(?:se|me|te|nous|vous|le|la|les|lui|leur|en|y)\s+"
    r"|[smtl]['’]\s*)*)?"
    r"(?:(?:cess\w*|a\s+de\s+cesse|avai\w*\s+de\s+cesse|tard\w*|hésit\w*|manqu\w*|empêch\w*)"
    r"(?:\s+(?:pas|point|jamais|plus))?(?:\s+(?:(?:se|me|te|nous|vous|le|la|les|lui|leur|en|y)\s+){0,2}(?:de\b|d['’]|à\b|qu))"
    # "ne perd pas de temps à" = at once, "unverzüglich"
    r"|perd\w*\s+(?:(?:pas|point|jamais|plus)\s+)?(?:de\s+|d['’]\s*)temps)"
)

# fmt: off
# --- tense (provenance.checks.tense) ---------------------------------------------------


def aller_infinitive(forms: str, adverbs: str) -> str:
    """A form of "aller" (`forms`, an alternation) with an infinitive: the futur proche,
    and in the imparfait the future seen from the past (`tense.py`). Pronouns and the
    `adverbs` may stand between, each a whole word ("va entre" is no "va en tre")."""
    return (
        rf"\b(?:{forms})\s+(?:(?:ne|se|y|en|le|la|les|lui|leur|me|te|nous|vous|pas|plus"
        rf"|{adverbs})\s+|(?:n|s|l|m|t)['’]\s*)*"
        # an infinitive, not a preposition or determiner spelt like one ("va contre")
        r"(?!(?:contre|entre|outre|notre|votre|autre)\b)\w+(?:er|ir|re|oir)\b"
    )


_TENSE = TenseCues(
    future_aux=frozenset({"va", "vont", "vais", "vas", "allons", "allez"}),
    # (not "si": its clause takes a present, and "s'il viendra" asks whether)
    future_clause_openers=frozenset({"quand", "lorsque", "lorsqu", "dès", "aussitôt", "tant"}),
    future_phrases=(
        aller_infinitive("va|vont|vais|vas|allons|allez", "bientôt|probablement|certainement"),
    ),
    future_stems=frozenset(
        {
            "ser", "aur", "fer", "ir", "pourr", "devr", "viendr", "tiendr", "voudr", "faudr",
            "saur", "verr", "enverr", "mourr", "courr", "recevr", "vaudr", "pleuvr", "deviendr",
            "reviendr", "obtiendr", "maintiendr", "appartiendr", "parviendr", "interviendr",
            "retiendr", "contiendr", "apercevr", "s'assiér", "assiér", "cueiller", "acquerr",
        }
    ),
    # Irregular passé simple forms (regular -er / -ir ones are read from the infinitive).
    past_forms=frozenset(
        {
            "fit", "firent", "prit", "prirent", "mit", "mirent", "vint", "vinrent", "tint",
            "tinrent", "dut", "durent", "put", "purent", "sut", "surent", "parut", "parurent",
            "eûmes", "fûmes", "dit", "dirent", "naquit", "mourut", "voulut", "voulurent",
            # spelt like no present nor participle: the passé simple of the irregular
            # verbs of narration ("il fallut", "reprit", "rejoignit", "partit")
            "fallut", "reçut", "reçurent", "connut", "connurent", "vécut", "vécurent",
            "parvint", "parvinrent", "devint", "devinrent", "revint", "revinrent", "obtint",
            "obtinrent", "maintint", "soutint", "courut", "apparut", "apparurent", "disparut",
            "disparurent", "reprit", "reprirent", "comprit", "comprirent", "apprit",
            "surprit", "permit", "permirent", "promit", "promirent", "remit", "admit",
            "soumit", "commit", "rejoignit", "rejoignirent", "atteignit", "atteignirent",
            "craignit", "éteignit", "peignit", "ouvrit", "ouvrirent", "offrit", "offrirent",
            "découvrit", "découvrirent", "couvrit", "souffrit", "conduisit", "conduisirent",
            "construisit", "construisirent", "produisit", "produisirent", "traduisit",
            "introduisit", "réduisit", "détruisit", "détruisirent", "écrivit", "écrivirent",
            "décrivit", "inscrivit", "naquirent", "moururent", "élut", "élurent", "crut",
            "crurent", "valut", "partit", "partirent", "repartit", "sortit", "sortirent",
            "sentit", "ressentit", "servit", "dormit", "tins", "tînmes", "vîmes", "vînmes",
        }
    ),
    past_aux=frozenset(
        {"était", "étaient", "étais", "avait", "avaient", "avais", "fut", "furent", "eut", "eurent"}
    ),
    past_perfect_aux=frozenset({"a", "ont", "ai", "as", "avons", "avez"}),
    perfect_aux=frozenset({"est", "sont", "suis", "es", "sommes", "êtes"}),
    past_with_be=frozenset(
        {
            "aller", "venir", "arriver", "partir", "entrer", "sortir", "monter", "descendre",
            "naître", "mourir", "rester", "tomber", "devenir", "revenir", "retourner",
            "rentrer", "parvenir", "intervenir", "survenir", "décéder",
        }
    ),
    prospective=frozenset(
        {
            "serait", "seraient", "aurait", "auraient", "pourrait", "pourraient", "devrait",
            "devraient",
        }
    ),
    non_verbs=frozenset(
        {
            "mais", "jamais", "vrai", "frais", "désormais", "français", "anglais", "palais",
            "relais", "délais", "délai", "extra",
        }
    ),
)

# --- polarity (provenance.checks.antonyms) ---------------------------------------------
# Month names, for the start or end of a month ("Ende Mai", "the end of May").
_MONTH_NAMES = (
    "janvier|février|mars|avril|mai|juin|"
    "juillet|août|septembre|octobre|novembre|décembre"
)

_POLARITY = {
    "increase": (
        (
            "augmenter", "augmentation", "hausse", "croître", "croissance", "progresser",
            "progression", "grimper", "monter", "relever", "accroître", "accroissement",
        ),
        (
            "baisser", "baisse", "diminuer", "diminution", "réduire", "réduction", "chuter",
            "chute", "reculer", "recul", "abaisser", "abaissement", "fléchir", "décroître",
        ),
    ),
    # How much against how big (see the English lexicon).
    "amount": (("davantage", "nombreux"), ("moins", "peu")),
    "size": (("grand", "gros", "énorme"), ("petit",)),
    "strength": (
        ("fort", "renforcer", "renforcement", "durcir", "durcissement"),
        (
            "faible", "affaiblir", "affaiblissement", "faiblesse", "assouplir", "assouplissement",
            "fragile",
        ),
    ),
    "support": (
        ("soutenir", "soutien", "appuyer", "appui", "partisan"),
        ("opposer", "opposant", "combattre"),
    ),
    "win": (
        ("gagner", "victoire", "vainqueur", "remporter"),
        ("perdre", "défaite", "perdant"),
    ),
    "profit": (("bénéfice", "profit", "gain", "excédent"), ("perte", "déficit", "perdre")),
    "accept": (
        ("accepter", "approuver", "adopter", "approbation", "acceptation", "valider"),
        ("rejeter", "refuser", "rejet", "refus", "veto", "décliner"),
    ),
    "allow": (
        ("autoriser", "permettre", "autorisation", "légaliser"),
        ("interdire", "interdiction", "prohiber", "restreindre", "restriction"),
    ),
    "success": (("succès", "réussir", "réussite", "percée"), ("échec", "échouer")),
    "good": (
        ("bon", "meilleur", "améliorer", "amélioration", "positif"),
        (
            # "mal" is the adverb of "mauvais", as "bien" is of "bon" (German says both
            # with "schlecht"): "les cordées les plus mal réveillées"
            "mauvais", "mal", "pire", "aggraver", "détériorer", "dégrader", "dégradation",
            "détérioration", "négatif", "défavorable",
        ),
    ),
    "height": (("haut", "élevé"), ("bas",)),
    "heat": (("chaud", "chaleur", "canicule"), ("froid", "fraîcheur", "gel")),
    "safety": (("sûr", "sans danger"), ("dangereux", "danger", "risqué", "périlleux")),
    "open": (
        ("ouvrir", "ouverture", "ouvert", "rouvrir", "réouverture"),
        ("fermer", "fermeture", "fermé"),
    ),
    "protect": (
        ("protéger", "protection", "défendre", "défense"),
        ("menacer", "menace", "mettre en danger"),
    ),
    "wealth": (("riche", "richesse", "enrichir"), ("pauvre", "pauvreté", "appauvrir")),
    "trade": (("exportation", "exporter"), ("importation", "importer")),
    "buy": (
        ("acheter", "achat", "acquérir", "acquisition", "acheteur"),
        ("vendre", "vente", "vendeur"),
    ),
    "price": (("cher", "coûteux"), ("bon marché", "abordable")),
    "majority": (("majorité",), ("minorité",)),
    "maximum": (("maximum", "maximal"), ("minimum", "minimal")),
    "guilt": (
        ("coupable", "condamner", "condamnation"),
        ("innocent", "acquitter", "acquittement"),
    ),
    "custody": (
        ("arrestation", "détenir", "interpeller", "incarcérer"),
        ("libérer", "libération", "relâcher"),
    ),
    "start": (
        ("commencer", "début", "lancer", "entamer"),
        ("cesser", "suspendre", "interrompre", "mettre fin"),
    ),
    "ally": (("allié", "ami", "partenaire"), ("ennemi", "adversaire", "rival")),
    "legal": (("légal", "licite", "légitime"), ("illégal", "illicite", "illégitime")),
    "truth": (("vrai", "exact", "correct"), ("faux", "erroné", "inexact")),
    "ease": (("facile", "simple"), ("difficile", "dur")),
    # also the start or end of a month or year: "fin mai" = "late May"
    "early": (
        ("tôt", "précoce", "prématuré", "prématurément",
         r"début\s+(?:" + _MONTH_NAMES + r"|d['’]année)"),
        ("tard", "tardif", "tardivement",
         r"fin\s+(?:" + _MONTH_NAMES + r"|d['’]année)"),
    ),
    "peace": (("paix", "pacifique", "cessez-le-feu", "trêve"), ("guerre", "violence", "violent")),
    "find": (("trouver", "découvrir", "retrouver"), ("perdre",)),
    "capture": (("capturer", "conquérir", "prendre le contrôle"), ("céder", "capituler", "perdre")),
    "unite": (("unir", "fusionner", "fusion", "unifier"), ("diviser", "scinder", "scission")),
    "admit": (("admettre", "reconnaître", "confirmer", "avouer"), ("nier", "démentir", "démenti")),
    "impose": (
        ("imposer", "instaurer", "prolonger", "prolongation"),
        ("lever", "abolir", "abroger", "supprimer"),
    ),
    "length": (
        ("long", "longue", "longtemps", "allonger"),
        ("court", "courte", "bref", "raccourcir"),
    ),
    "age": (("jeune",), ("vieux", "vieille", "âgé", "âgée")),
    # an age stated as a number (concept "aged" of English)
    "aged": (
        (r"jeunes?\s+de\s+\d+\s+(?:ans|mois|semaines|jours)",),
        (r"âgée?s?\s+de\s+\d+\s+(?:ans|mois|semaines|jours)",),
    ),
    "speed": (
        ("rapide", "rapidement", "accélérer"),
        ("lent", "lentement", "ralentir", "ralentissement"),
    ),
    # the order of two events
    "order": (("après",), ("avant",)),
    # a time relative to another event, as an adverb (concept "sequel" of English)
    "sequel": (
        ("ultérieurement", r"par\s+la\s+suite", r"après\s+coup"),
        ("auparavant", "précédemment", r"au\s+préalable"),
    ),
    "joy": (
        ("heureux", "content", "ravi", "joyeux", "joie", "satisfait"),
        ("triste", "malheureux", "tristesse", "chagrin", "insatisfait", "mécontent"),
    ),
    # a test result, not good or bad news: "testé positif au Covid-19"
    "test": (
        (r"test(?:é|ée|és|ées)\s+positi\w*", r"tests?\s+positi\w*"),
        (r"test(?:é|ée|és|ées)\s+négati\w*", r"tests?\s+négati\w*"),
    ),
}

_POLARITY_STEADY = {
    "increase": ("inchangé", "stable", "stagner", "stagnation"),
}

_POLARITY_IDIOMS = (
    r"\bà\s+(?:court|long)\s+terme\b", r"\ble\s+long\s+de\b", r"\btout\s+au\s+long\b",
    r"\btôt\s+ou\s+tard\b",  # both poles in one idiom: eventually
    r"\bquelque\s+peu\b", r"\bun\s+(?:petit\s+)?peu\b", r"\bau\s+moins\b", r"\bdu\s+moins\b",
    r"\bplus\s+ou\s+moins\b", r"\bà\s+peu\s+près\b", r"\bpeu\s+à\s+peu\b",
    r"\bde\s+moins\s+en\s+moins\b", r"\bà\s+moins\s+que\b", r"\bnéanmoins\b", r"\ben\s+bas\b",
    r"\bpas\s+mal\b",
    # "haut" and "bas" as the top and bottom of something, or a voice: a place or a sound,
    # not a height ("ouverte depuis le bas" = opened from below, "jurer tout haut" = aloud)
    r"\b(?:depuis|vers|par|jusqu['’]en)\s+(?:le\s+|en\s+)?(?:haut|bas)\b",
    r"\b(?:d['’]en|tout\s+en|là-)\s*(?:haut|bas)\b", r"\ben\s+haut\b",
    # "du haut de", "au bas de la page" (not "du haut commandement")
    r"\b(?:du|au)\s+(?:haut|bas)\b(?=\s+(?:de|du|des|d['’])|\s*[,.;:!?)]|$)",
    r"\btout\s+haut\b", r"\bà\s+haute\s+voix\b", r"\bhaut\s+et\s+fort\b",
    # time, not amount: "peu après" = shortly after, "depuis peu" = recently
    r"\bpeu\s+(?:après|avant)\b", r"\bsous\s+peu\b", r"\bdepuis\s+peu\b",
    r"\bil\s+y\s+a\s+peu\b", r"\bpetit\s+à\s+petit\b", r"\bqui\s+plus\s+est\b",
    # "après tout" set off by punctuation = after all, in the end: no order of two events
    # (not "après tout le travail")
    r"\baprès\s+tout\b(?=\s*(?:[,.;:!?)\"»—–]|\s-\s|$))",
    # "le bon"/"la bonne"/"au bon" before a noun is the right one, not a good one ("chercher
    # le bon rocher" = the right rock, "au bon moment", "la bonne direction"; German says
    # "der richtige"): no quality ("du bon travail", "de bons résultats" stay good)
    # not before a conjunction ("le bon et le mauvais": nouns) nor in "la bonne nouvelle"
    # (good news, a quality)
    r"\b(?:le|la|au)\s+bon(?:ne)?\b(?=\s+[^\W\d_])(?!\s+(?:et|ou|nouvelles?)\b)",
)
# fmt: on

DATA = CueData(
    # "ne"/"n'" marks negation on its own; the second part (pas, jamais, rien...) is
    # listed too for colloquial French that drops "ne". One clause counts once.
    negation=(
        r"\bne\b", r"\bn['’]", r"\bpas\b", r"\bjamais\b", r"\brien\b", r"\baucun(?:e|s|es)?\b",
        r"\bnullement\b", r"\bguère\b", r"\bni\b", r"\bnon\b(?=\s*[,.;:!?»\"]|\s*$)",
        r"\bnul(?:le)?\b",
    ),
    soft_negation=(
        r"\bsans\b", r"\brefus\w*", r"\bnie\w*", r"\béchou\w*", r"\bincapable\w*",
        r"\bà\s+peine\b", r"\brarement\b", r"\bau\s+lieu\s+de\b", r"\bcontre\b", r"\bannul\w*",
        r"\bcess\w*", r"\bnon\s+(?=\w)",
        r"\babsen\w*",
        # the French for the implicit negatives German and English list: lack ("manque",
        # "faute de" = mangels, fehlt), ban ("interdit" = verboten), prevent ("empêcher" =
        # verhindern), ruled out ("exclu" = ausgeschlossen), denied ("démenti" =
        # dementiert), in vain ("en vain" = vergeblich), out of the question
        r"\bmanqu(?:e|es|ent|ait|aient|é|ée|és|ées|er|ant)\b", r"\bfaute\s+de\b",
        r"\binterdi\w*", r"\bprohib\w*", r"\bexclu(?:e|s|es)?\b",
        # (with the expletive "ne" of "empêcher qu'il ne parte", which is part of it)
        r"\bempêch\w*(?:\s+qu(?:e\s+|['’])(?:[\w'’-]+\s+){0,2}?n(?:e\b|['’])"
        r"(?![^.;:!?,]{0,50}?\b(?:pas|plus|jamais|rien|aucun\w*|guère|point|nullement)\b))?",
        r"\bdément\w*", r"\ben\s+vain\b", r"\bhors\s+de\s+question\b",
        # "ne ... guère" = hardly, like "kaum", "hardly", "едва": a near-negation
        r"\bn(?:e\s+|['’])(?:[\w'’-]+\s+){1,3}?guère\b",
        _LITOTES_VERB,
    ),
    negation_correlatives=frozenset({"ni"}),
    # "non plus" continues the negation of its clause ("il n'est pas venu non plus" =
    # he did not come either): it does not cancel it as an implicit negative would
    negative_polarity=(r"\bnon\s+plus\b",),
    # French negative concord: "jamais", "rien", "aucun" negate a statement beside "ne"
    # ("il n'a jamais gagné"); without it they mean "ever", "anything", "any" ("plus que
    # jamais" = more than ever, "sans aucun doute", "si jamais", "rien que" = merely) or
    # answer elliptically ("Jamais !"). ("pas" stays a negation alone: "c'est pas vrai".)
    # "ni" too: "sans eau ni nourriture" = without water or food.
    negation_concord=r"jamais|rien|aucun(?:e|s|es)?|nullement|nul(?:le)?|ni",
    negation_removals=((r"^jamais$", "toujours"), (r"^rien$", "quelque chose")),
    # "n'est plus", "ne peut plus" = no longer (not "ne reste plus que" = only ... left,
    # nor the comparison "ne ... plus de ... que")
    continuation_negations=(
        (r"\bn(?:e\s+|['’]\s*)(\w+)\s+plus\b(?!\s+(?:de\s+\w+\s+)?qu)", r"\1 toujours"),
    ),
    success_statements=(
        r"\bréussi\w*", r"\bparv(?:enu|enue|enus|enues|ient|iennent|int|inrent)\b",
        r"\b(?:a|ont|avait|avaient)\s+pu\b",
    ),
    negative_prefixes=("in", "im", "il", "ir", "dé", "dés", "non-"),
    potential_adjective=r"\w{2,}[ai]bles?",
    # "-er": "imposait", "imposent"; "-ir": "définissait", "détenait"; "-re": "défait"
    verb_finite_forms=((r"(\w+)er", r"\1ait"), (r"(\w+)er", r"\1ent"),
                       (r"(\w+)ir", r"\1issait"), (r"(\w+)ir", r"\1ait"),
                       (r"(\w+)re", r"\1ait"), (r"(\w+)re", r"\1t")),
    participle_infinitive=(r"(\w+)ée?s?", r"\1er"),
    verb_negating_prefix=r"dés(?=[aeiouyhéèêâîôû])",
    affixal_exceptions=frozenset({"information", "important", "importante", "intérieur",
                                  "international", "internationale", "depuis", "des", "dès"}),
    # a bound before a number: "plus de 500" (not "ne ... plus que" = only now)
    scalar_words={"only": r"seulement|uniquement",
                  "more": r"plus\s+(?:de|d')(?=\s*\d)", "less": r"moins\s+(?:de|d')(?=\s*\d)"},
    scalar_negation=r"\b(?:pas|non)\s+",
    affirmative_idioms=(
        # "ne ... que" = only; "ne ... pas seulement" = not only. Not with "pas", "jamais"
        # ... between: then "que" opens a clause ("il ne pense pas que", "n'a jamais dit
        # que" = did not think, never said that), and the negation stands. The "que" may
        # stand far from its "ne" ("ne peut-on s'élever à la hauteur d'un défi de ce
        # genre qu'à", round 8: up to ten words, within the clause).
        # (Also as a tokenised text spells it, "n' ouvre ... qu' à"; not the "que" of a
        # conjunction, "ne ... plus depuis que", round 10.)
        r"\bne\s+" + _NOT_NEGATIVE + _CONJUNCTION_QUE + _TOK + r"\s+(?:" + _NOT_NEGATIVE
        + _CONJUNCTION_QUE + _TOK + r"\s+){0,10}?qu(?:e\b|['’])" + _NOT_NEED,
        r"\bn['’]\s*" + _NOT_NEGATIVE + _CONJUNCTION_QUE + _TOK + r"\s+(?:" + _NOT_NEGATIVE
        + _CONJUNCTION_QUE + _TOK + r"\s+){0,10}?qu(?:e\b|['’])" + _NOT_NEED,
        r"\bn['’]\w+\s+pas\s+seulement\b|\bne\s+\w+\s+pas\s+seulement\b",
        r"\b(?:non|pas)\s+seulement\b",
        r"\bcomme\s+(?:aucun(?:e)?\s+autre|jamais)\b", r"\bpas\s+mal\b", r"\bsans\s+doute\b",
        # "pas de problème" = fine (with the "ne" of "il n'y a", "ce n'est")
        r"\bn['’](?:y\s+a|est)\s+(?:pas|aucun)\s+(?:de\s+|un\s+)?problèmes?\b",
        r"\b(?:pas\s+de|aucun)\s+problèmes?\b",
        # the expletive "ne" after a comparison, a verb of fear or prevention, "avant que"
        # and "à moins que", which negates nothing: "plus grave qu'on ne le pensait" = more
        # serious than thought, "de peur qu'il ne parte" = for fear he leaves, "avant que
        # la sensation ... n'ait disparu" = before it faded; with no "pas", "jamais",
        # "rien" ... after it, which would make it a real negation. (Round 10: the subject
        # between "que" and "ne" may be a noun phrase, up to eight words.)
        r"\b(?:plus|moins|mieux|pire|davantage|autrement|craign\w*|crain(?:t|s|dre|te)\b"
        r"|peur|redout\w*|évit\w*|avant)\s+(?:[\w'’-]+\s+){0,4}?qu(?:e\s+|['’]\s*)"
        r"(?:" + _TOK + r"\s+){0,8}?n(?:e\b|['’])" + _PARTNER,
        # the exclamation "quelle ne fut pas notre surprise" = how great was our surprise
        r"\bquel(?:le)?s?\s+n(?:e\s+|['’]\s*)" + _TOK + r"\s+pas\b",
        # "si ce n'est (que)" = except (that), "außer (dass)"
        r"\bsi\s+ce\s+n['’]\s*(?:est|était)\b(?:\s+qu(?:e\b|['’]))?",
        # "il n'y a pas que" = not only (as "pas seulement")
        r"\bn['’]\s*y\s+(?:a|avait|aura)\s+pas\s+qu(?:e\b|['’])",
        # a bound of a quantity, as "nicht weniger als", "no more than": "(il n'y avait) pas
        # moins de 500", "pas plus de 20 %"; "il n'en reste pas moins que" = nonetheless;
        # the double negation "(n'était) pas sans savoir" = knew well, "non sans mal"
        r"(?:\bn(?:e\s+|['’]\s*)(?:y\s+|en\s+)?" + _TOK + r"\s+)?\bpas\s+moins\s+d(?:e\s+|['’]\s*)"
        r"(?=\d)",
        r"(?:\bn(?:e\s+|['’]\s*)(?:y\s+|en\s+)?" + _TOK + r"\s+)?\bpas\s+plus\s+d(?:e\s+|['’]\s*)"
        r"(?=\d)",
        r"\bn['’]\s*en\s+(?:reste|demeure|restait|demeurait)\s+pas\s+moins\b",
        r"(?:\bn(?:e\s+|['’]\s*)" + _TOK + r"\s+)?\b(?:pas|non)\s+sans\b",
        # litotes: "(ne ...) pas rare" = frequent, as "nicht selten", "not uncommon"
        r"(?:\bn(?:e\s+|['’]\s*)" + _TOK + r"\s+)?\b(?:pas|guère)\s+(?:si\s+|très\s+|trop\s+)?"
        r"rar(?:e|es|ement)\b",
        # ... and after "sans que" ("sans que personne ne le sache" = without anyone
        # knowing; "sans" itself stays a soft negative)
        r"(?<=\bsans\s)qu(?:e\s+|['’]\s*)(?:[\w'’-]+\s+){0,2}?n(?:e\b|['’])"
        r"(?![^.;:!?,]{0,50}?\b(?:pas|plus|jamais|rien|aucun\w*|guère|point|nullement)\b)",
        # "n'importe qui/quoi/où/quel" = anyone, anything, anywhere, any
        r"\bn['’]\s*importe\s+(?:qui|quoi|où|quel\w*|lequel|laquelle|lesquel\w*|comment|quand)\b",
        # "pas" the noun (a step): after a determiner or "à"/"au" ("un pas", "faire le
        # premier pas", "pas à pas", "au pas"), not after the "-ce" of "n'est-ce pas"
        r"(?<!-)\b(?:un|le|les|des|du|ce|ces|cet|son|ses|leur|leurs|mon|mes|nos|vos"
        r"|premiers?|grands?|petits?|faux|nouveaux?|quelques|chaque|deux|trois|dix|cent|mille|au|à)"
        r"\s+pas\b(?:\s+à\s+pas\b)?",
        r"\bpas\s+à\s+pas\b",
        # "ne serait-ce que" = if only, even just
        r"\bne\s+serait-ce\s+qu(?:e\b|['’])",
    ),
    hedges=(
        r"\bpourrai(?:t|ent|s)\b", r"\bpeut[- ]être\b", r"\bprobablement\b",
        r"\bvraisemblablement\b", r"\bsans\s+doute\b", r"\bpossible(?:ment)?\b",
        r"\bsemble(?:nt)?\b", r"\bapparemment\b", r"\bprésumé(?:ment)?\b",
        r"\bsupposé(?:ment)?\b", r"\bdevrai(?:t|ent)\b", r"\bprobable\b",
        # possibly, potentially, liable to, presumably, allegedly, not necessarily, the
        # likelihood: French says them as German "eventuell", "potenziell", "könnte",
        # "vermutlich", "angeblich", "nicht unbedingt", "Wahrscheinlichkeit" do
        r"\béventuel(?:le|s|les|lement)?\b", r"\bpotentiel(?:le|s|les|lement)?\b",
        r"\bsusceptibles?\s+d(?:e\b|['’])", r"\ba\s+priori\b", r"\bprétendu\w*",
        r"\bsembl(?:ait|aient|er|é)\b", r"\bparaît-il\b", r"\bil\s+paraît\s+qu",
        r"\bvraisemblable\b", r"\bpas\s+(?:forcément|nécessairement)\b",
    ),
    possibility_modals=(r"\bpeu(?:t|vent|x)\b",),
    likelihood_hedges=(
        r"\bprobablement\b", r"\bvraisemblablement\b", r"\bsans\s+doute\b", r"\bsûrement\b",
    ),
    certainty_adverbs=(
        r"\bcertainement\b", r"\bassurément\b", r"\bsans\s+aucun\s+doute\b", r"\bà\s+coup\s+sûr\b",
        r"\bforcément\b",
    ),
    epistemic_hedges=(
        r"\bpeut[- ]être\b", r"\bprobablement\b", r"\bvraisemblablement\b", r"\bprobable\b",
        r"\béventuellement\b",
    ),
    reportative=(
        r"\bapparemment\b", r"\bselon\b", r"\bprésumé(?:ment)?\b", r"\bsupposé(?:ment)?\b",
        r"\bprétendu\w*", r"\bparaît-il\b", r"\bil\s+paraît\s+qu",
    ),
    # (and what impends, said with a modal: "il encourt cinq ans" = he could face five years)
    ability_modals=(r"\bcapables?\s+de\b", r"\ben\s+mesure\s+de\b", r"\bencour(?:t|ent)\b"),
    # the conditional of hearsay: "le ministre aurait démissionné" = reportedly resigned
    reported_speech=(r"\b\w+(?:rait|raient)\b",),
    # "risque de" (is liable to) and "censé" (supposed to) as German "droht zu", "soll"
    weak_hedges=(r"\bpeu(?:t|vent|x)\b", r"\bcroi(?:t|ent|s)\b", r"\bpense(?:nt)?\b",
                 r"\brisqu(?:e|ent|ait|aient)\s+d(?:e\b|['’])", r"\bcensée?s?\b",
                 # a noun of likelihood, also the figure of a forecast
                 r"\bprobabilités?\b"),
    assertions=(
        r"\bcertainement\b", r"\bsûrement\b",
        # "certain" after a copula ("il est certain que"), not "certains pays"
        r"\b(?:est|sont|suis|être|était|étaient)\s+(?:\w+\s+)?certain(?:e|s|es)?\b",
        r"\bassurément\b", r"\bsans\s+aucun\s+doute\b", r"\b\w+(?:era|eront|ira|iront)\b",
        r"\bsera(?:nt)?\b", r"\baura(?:nt)?\b", r"\bfera(?:nt)?\b", r"\bva\s+\w+er\b",
    ),
    reported_assertions=(_SAY + r"\b[^.;:]{0,80}?\b\w+(?:rait|raient)\b",),
    clause_openers=(
        "et", "mais", "ou", "car", "parce", "puisque", "bien que", "quoique", "que", "qui",
        "dont", "où", "si", "lorsque", "quand", "pendant que", "tandis que",
    ),
    shift_earlier=(
        # "avancer" is also "make progress": only with a time it was brought forward to.
        r"\bavanc(?:er|é|ée|és|ées|e|es|ent|ait|aient|èrent)\b(?=(?:\s+[\w'’-]+){0,3}?\s+"
        + _WHEN + ")",
        r"\b(?:élections?|scrutins?|législatives|présidentielles?|votes?)\s+anticipé(?:e|s|es)?\b",
        r"\bde\s+manière\s+anticipée\b", r"\bplus\s+tôt\s+que\s+prévu\b",
        r"\bà\s+une\s+date\s+antérieure\b",
    ),
    shift_later=(
        r"(?<!\bun )(?<!\ble )(?<!\bce )\brepor(?:ter|té|tée|tés|tées|te|tent|tait|taient|ta"
        r"|tèrent)\b",
        r"\breport\s+(?:de|du|des)\b(?!\s+voix)", r"\bajourn\w*", r"\bdifféré(?:e|s|es)?\b",
        r"\brepouss(?:er|é|ée|és|ées|e|ent)\b(?=(?:\s+[\w'’-]+){0,3}?\s+" + _WHEN + ")",
        r"\bretard(?:er|é|ée|és|ées|e|ent)\b", r"\bremis(?:e|es)?\s+à\s+plus\s+tard\b",
        r"\bplus\s+tard\s+que\s+prévu\b", r"\bà\s+une\s+date\s+ultérieure\b", r"\bsine\s+die\b",
    ),
    shift_neutral=(
        r"\breprogramm\w*",
        r"\b(?:déplac|décal)(?:er|é|ée|és|ées|e|ent)\b(?=(?:\s+[\w'’-]+){0,3}?\s+" + _WHEN + ")",
    ),
    polarity=_POLARITY,
    polarity_idioms=_POLARITY_IDIOMS,
    polarity_steady=_POLARITY_STEADY,
    conditional_openers=("si", "s'il", "s'ils"),
    tense=_TENSE,
)  # fmt: skip
