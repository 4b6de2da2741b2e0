"""Adding a language is a new folder: a stub language, written to a temporary folder and
put on the language search path, is picked up by every check without an edit elsewhere."""

from __future__ import annotations

import textwrap
from pathlib import Path

import numpy as np
import pytest
from conftest import one_line_pair

from provenance import checks, lang
from provenance.model import Document, PairView
from provenance.pipeline import run_checks

# "Stubbish" (code xx): a toy Latin-script language with just enough data for every
# check to have something to read. Numbers "unu".."dek", negation "ne", quotes „…“,
# verbs of saying "diris"/"diras".
STUB = {
    "__init__.py": """
        '''Stubbish: a toy language for tests.'''
        NAME = "Stubbish"
        SCRIPT = "latin"
    """,
    "facts.py": """
        from provenance.lang.facts import FactsData

        DATA = FactsData(
            lang="xx",
            decimal_sep=",",
            space_groups=True,
            number_words={"unu": 1, "du": 2, "tri": 3, "kvar": 4, "kvin": 5, "dek": 10},
            hundred_words={"cent": 100},
            scale_words={"miliono": 1e6},
            weak_number_words=frozenset({"unu"}),
            number_connectors=frozenset({"kaj"}),
            ordinal_words={"unua": 1, "dua": 2},
            ordinal_suffix="a",
        )
    """,
    "cues.py": """
        from provenance.lang.cues import CueData

        DATA = CueData(
            negation=(r"\\bne\\b",),
            soft_negation=(r"\\bsen\\b",),
            negative_prefixes=("mal",),
            affixal_exceptions=frozenset(),
            affirmative_idioms=(),
            hedges=(r"\\beble\\b",),
            weak_hedges=(r"\\bpovas\\b",),
            assertions=(r"\\bcerte\\b",),
            reported_assertions=(),
            clause_openers=("ke", "kaj", "sed"),
            polarity={"increase": (("kreski",), ("fali",))},
        )
    """,
    "speech.py": """
        from provenance.lang.speech import SpeechData, words

        DATA = SpeechData(
            lang="xx",
            quote_pairs=(("„", "“"), ('"', '"')),
            verbs=words("diris diras"),
            according_to=("laŭ",),
            pronouns=words("li ŝi"),
            complementizers=words("ke"),
        )
    """,
    "writing.py": """
        from provenance.lang.writing import WritingData, words

        DATA = WritingData(lang="xx", leading=words("s-ro"))
    """,
}


@pytest.fixture
def stub_language(tmp_path: Path):
    folder = tmp_path / "xx"
    folder.mkdir()
    for name, body in STUB.items():
        (folder / name).write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    lang.add_path(tmp_path)
    try:
        yield "xx"
    finally:
        lang.remove_path(tmp_path)


def fake_embed(texts):
    """Unit vectors from the texts' characters: the meaning checks need an encoder, not a
    good one."""
    out = np.zeros((len(texts), 16), dtype=np.float32)
    for i, t in enumerate(texts):
        for ch in t:
            out[i, ord(ch) % 16] += 1.0
        out[i] /= max(float(np.linalg.norm(out[i])), 1e-9)
    return out


def view(rid: int, src: tuple[str, str], tgt: tuple[str, str]) -> PairView:
    sim = float(fake_embed([src[1]])[0] @ fake_embed([tgt[1]])[0])
    return one_line_pair(src[1], src[0], tgt[1], tgt[0], sim, row=rid, embed=fake_embed)


PAIRS = [
    ("Ten workers came to Berlin.", "Kvin laboristoj venis al Berlino."),  # 10 -> 5
    ("The prices did not rise.", "La prezoj kreskis."),  # negation dropped
    ('"The taxes rise now and soon," he said.', "La impostoj kreskas nun, li diris."),
    ("Prices rose sharply.", "La prezoj falis."),  # rise -> fall
    ("The talks went well.", "La intertraktadoj iris bone."),
]


def test_a_language_folder_is_found_and_removed(stub_language):
    assert lang.LANGUAGES["xx"] == "Stubbish"
    assert lang.validate("XX") == "xx" and lang.script("xx") == "latin"
    assert "xx" in lang.in_script("latin")


def test_every_check_runs_on_the_stub_language(stub_language):
    check_list = checks.select()
    assert {c.name for c in check_list} == set(checks.available())
    views = [view(k, ("en", en), ("xx", xx)) for k, (en, xx) in enumerate(PAIRS)]
    back = [view(k, ("xx", xx), ("en", en)) for k, (en, xx) in enumerate(PAIRS)]
    for chk in check_list:
        prepare = getattr(chk, "prepare", None)
        for vs in (views, back):
            if prepare is not None:
                prepare(vs)
            for v in vs:
                assert isinstance(chk(v), list), chk.name
    found = run_checks(check_list, views)
    types = {(rid, f.type) for rid, fs in found.items() for f in fs}
    # The stub's own data is what the checks read: its number words, its negation cue,
    # its polarity lexicon and its quotation marks and verbs of saying.
    assert (0, "number") in types
    assert (1, "negation") in types
    assert (3, "meaning") in types
    quotes = run_checks(
        check_list,
        [
            view(
                2,
                ("xx", "La impostoj kreskas, li diris."),
                ("en", '"The taxes rise now," he said.'),
            )
        ],
    )
    # reported speech in Stubbish, a direct quote in English
    assert [f.detail["verdict"] for f in quotes[2] if f.type == "quote"] == ["paraphrased"]


def test_the_document_pass_runs_on_the_stub_language(stub_language):
    docs = [
        Document("a.xx.txt", "xx", ["„La impostoj kreskos baldaŭ“, diris Petro.", "Ne."], [0, 1]),
        Document("b.en.txt", "en", ['"Taxes will rise soon," Peter said.', "No."], [0, 1]),
    ]
    for chk in checks.select():
        finish = getattr(chk, "finish", None)
        if finish is not None:
            result = finish(docs, [[[0], [0]], [[1], [1]]], [])
            assert isinstance(result.flags, list)


def test_the_stub_is_gone_after_removal(tmp_path):
    assert "xx" not in lang.LANGUAGES


def test_language_modules_import_no_check_or_comparison():
    # a language folder is data and small functions behind shared schemas: the checks and
    # the comparison read it, never the other way round
    import ast
    from pathlib import Path

    import provenance.lang

    root = Path(provenance.lang.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            offenders += [
                f"{path.relative_to(root)}: {n}"
                for n in names
                if n.startswith(("provenance.checks", "provenance.comparison"))
            ]
    assert offenders == []
