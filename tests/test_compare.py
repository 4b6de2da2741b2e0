"""`provenance compare`, `check --parallel` and the reproducibility signature."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import ROOT, need

A_TEXT = (
    "The council approved 45 new flats on Monday.\n"
    "Mayor Anna Keller said the plan will help young families.\n"
    "Construction starts in March.\n"
)
# One number, one name and a negation changed; one word reworded.
B_TEXT = (
    "The council approved 75 new flats on Monday.\n"
    "Mayor Maria Schulz said the plan will not help young families.\n"
    "Building starts in March.\n"
)


@pytest.fixture
def ab(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A_TEXT, encoding="utf-8")
    b.write_text(B_TEXT, encoding="utf-8")
    return a, b


def footer_signature(out: str) -> str:
    """The signature of a text report's footer (wrapped lines joined back)."""
    tail = out[out.index("signature: ") + len("signature: ") :]
    return "".join(line.strip() for line in tail.splitlines())


# ---------------------------------------------------------------- scores and diff


def _sacrebleu_pairs(shared_dir: Path | None) -> list[tuple[str, str]]:
    pairs = [
        ("The cat sat on the mat.", "The cat sat on a mat."),
        ("Völlig anders.", "Ganz und gar nicht dasselbe!"),
        ("Цены выросли на 5 %.", "Цены выросли на 5 процентов."),
        ("identical", "identical"),
    ]
    if shared_dir is not None:
        folder = shared_dir / "corpora" / "wmt21" / "de-en"
        a = (folder / "ref-A.en").read_text(encoding="utf-8").splitlines()[:40]
        b = (folder / "ref-B.en").read_text(encoding="utf-8").splitlines()[:40]
        pairs += list(zip(b, a, strict=True))
    return pairs


def test_sentence_chrf_and_ter_are_sacrebleus(shared_dir):
    """The row scores are sacrebleu's own sentence scores on the same strings."""
    import sacrebleu

    from provenance.comparison import scores

    for hyp, ref in _sacrebleu_pairs(shared_dir):
        assert scores.chrf(hyp, ref) == sacrebleu.sentence_chrf(hyp, [ref]).score
        assert scores.ter(hyp, ref) == sacrebleu.sentence_ter(hyp, [ref]).score
    sigs = scores.signatures()
    assert sigs[0].startswith("chrF2|nrefs:1|") and f"version:{sacrebleu.__version__}" in sigs[0]
    assert sigs[1].startswith("TER|nrefs:1|") and "tok:tercom" in sigs[1]


def test_word_diff_finds_inserted_deleted_replaced():
    from provenance.comparison.diff import word_diff

    a, b = "He paid 45 euros yesterday.", "He paid 75 euros, not more."
    edits = word_diff(a, b)
    assert [(e.op, e.a_text, e.b_text) for e in edits] == [
        ("replace", "45", "75"),
        ("replace", "yesterday", ", not more"),
    ]
    for e in edits:
        assert a[e.a_start : e.a_end] == e.a_text and b[e.b_start : e.b_end] == e.b_text
    ins = word_diff("a b", "a x b")
    assert [(e.op, e.b_text) for e in ins] == [("insert", "x")]
    dele = word_diff("a x b", "a b")
    assert [(e.op, e.a_text) for e in dele] == [("delete", "x")]
    assert word_diff("same text.", "same text.") == []


def test_ngram_mix_is_a_weighted_cosine(encoder):
    from provenance.comparison.ngrams import MixedEncoder, ngram_vectors

    texts = ["Prices rose by five percent.", "Prices went up five per cent."]
    mixed = MixedEncoder(encoder, 0.5).encode(texts)
    emb = encoder.encode(texts)
    grams = ngram_vectors(texts)
    expected = 0.5 * float(emb[0] @ emb[1]) + 0.5 * float(grams[0] @ grams[1])
    assert float(mixed[0] @ mixed[1]) == pytest.approx(expected, abs=1e-5)
    assert np.allclose(np.linalg.norm(mixed, axis=1), 1.0, atol=1e-5)


# ---------------------------------------------------------------- compare


def test_compare_api_flags_changed_facts(ab, encoder):
    import provenance

    cr = provenance.compare(ab[0], ab[1], "en", encoder=encoder)
    d = cr.to_dict()
    assert d["schema"] == "provenance.compare/1"
    assert [a["sentences"] for a in d["alignments"]] == [[[0], [0]], [[1], [1]], [[2], [2]]]
    serious = {(f["alignment"], f["type"]) for f in d["flags"] if f["severity"] != "minor"}
    assert (0, "number") in serious
    assert (1, "entity") in serious
    assert (1, "negation") in serious
    assert not any(f["type"] == "untranslated" for f in d["flags"])
    row2 = d["alignments"][2]
    assert [(e["op"], e["a_text"], e["b_text"]) for e in row2["diff"]] == [
        ("replace", "Construction", "Building")
    ]
    assert 0 < row2["chrf"] < 100 and row2["ter"] > 0
    assert d["signature"].startswith("provenance:") and "chrF2|" in d["signature"]
    # the same-language severity rules' version: a change of the rules changes the signature
    from provenance.comparison.severity import VERSION

    assert f"|severity:diff@{VERSION}|" in d["signature"]


def test_compare_cli_formats_and_fail_on(ab, run_cli, tmp_path):
    a, b = map(str, ab)
    res = run_cli("compare", a, b, "--lang", "en", "--presplit", "--format", "json")
    assert res.code == 0, res.err
    data = json.loads(res.out)
    assert data["schema"] == "provenance.compare/1" and "signature" in data
    for al in data["alignments"]:
        assert {"id", "sentences", "chrf", "ter"} <= set(al)
    assert all("alignment" in f for f in data["flags"])

    res = run_cli("compare", a, b, "--lang", "en", "--fail-on", "critical")
    assert res.code == 1
    assert "signature: provenance:" in res.out and "chrF" in res.out
    assert max(len(line) for line in res.out.splitlines()) <= 100
    assert footer_signature(res.out).endswith("version:2.6.0") or "TER|" in footer_signature(
        res.out
    )
    assert run_cli("compare", a, a, "--lang", "en", "--fail-on", "major").code == 0

    out = tmp_path / "cmp.html"
    res = run_cli("compare", a, b, "--lang", "en", "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert re.search(r"<del>(<mark [^>]*>)?45(</mark>)?</del>", page)
    assert re.search(r"<ins>(<mark [^>]*>)?75(</mark>)?</ins>", page)
    assert 'class="sev-critical"' in page
    assert "<footer>" in page and "signature:" in page


def test_compare_escapes_html(tmp_path, run_cli):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The <b>council</b> met on Monday.\n", encoding="utf-8")
    b.write_text("The <script>alert(1)</script> met on Monday.\n", encoding="utf-8")
    out = tmp_path / "x.html"
    res = run_cli("compare", str(a), str(b), "--lang", "en", "--format", "html", "-o", str(out))
    assert res.code in (0, 1)
    page = out.read_text(encoding="utf-8")
    assert "<script>alert" not in page
    text = re.sub(r"</?(ins|del|mark)[^>]*>", "", page)  # the diff cuts the text in pieces
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_compare_rejects_two_languages(tmp_path, run_cli):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Der Rat hat am Montag 45 neue Wohnungen genehmigt. " * 3, encoding="utf-8")
    b.write_text("The council approved 45 new flats on Monday. " * 3, encoding="utf-8")
    res = run_cli("compare", str(a), str(b))
    assert res.code == 2
    assert "one language" in res.err and "Traceback" not in res.err


# ---------------------------------------------------------------- signature


def test_signature_in_every_check_format(ab, run_cli):
    src = ab[0].parent / "src.de.txt"
    src.write_text(
        "Der Rat genehmigte am Montag 45 neue Wohnungen.\n"
        "Bürgermeisterin Anna Keller sagte, der Plan helfe jungen Familien.\n"
        "Der Bau beginnt im März.\n",
        encoding="utf-8",
    )
    args = ("check", str(src), str(ab[1]), "--langs", "de,en", "--presplit")
    js = json.loads(run_cli(*args, "--format", "json").out)
    sig = js["signature"]
    assert "encoder:use-multilingual-v3@" in sig and "checks:numbers@" in sig
    assert "langs:de,en" in sig
    assert sig in footer_signature(run_cli(*args).out)
    assert sig in run_cli(*args, "--format", "html").out


def test_signature_changes_with_encoder_and_check_version(encoder):
    from provenance import checks as checks_mod
    from provenance.signature import signature

    class Other:
        name = "another-encoder"
        dim = 4

    chks = checks_mod.select(only=["numbers", "dates"])
    base = signature(encoder, chks, ["de", "en"])
    assert signature(encoder, chks, ["de", "en"]) == base
    assert signature(Other(), chks, ["de", "en"]) != base
    bumped = checks_mod.select(only=["numbers", "dates"])
    bumped[0].version = f"{int(bumped[0].version) + 1}"  # one more than it is now
    assert signature(encoder, bumped, ["de", "en"]) != base
    assert f"numbers@{bumped[0].version}" in signature(encoder, bumped, ["de", "en"])


def test_weights_digest_follows_the_files(tmp_path):
    from provenance.signature import encoder_id

    weights = tmp_path / "model"
    weights.mkdir()
    (weights / "w.bin").write_bytes(b"\0" * 100)

    class Fake:
        name = "fake"
        weights_path = str(weights)

    first = encoder_id(Fake())
    (weights / "w.bin").write_bytes(b"\1" * 100)
    assert encoder_id(Fake()) != first and encoder_id(Fake()).startswith("fake@")


# ---------------------------------------------------------------- --parallel


def test_parallel_siblings_and_disagreements(tmp_path, run_cli):
    src = tmp_path / "src.de.txt"
    src.write_text(
        "Der Rat genehmigte am Montag 45 neue Wohnungen.\nDer Bau beginnt im März.\n",
        encoding="utf-8",
    )
    t1, t2 = tmp_path / "t1.en.txt", tmp_path / "t2.en.txt"
    t1.write_text("The council approved 45 new flats on Monday.\nWork starts in March.\n")
    t2.write_text("The council approved 75 new flats on Monday.\nWork starts in March.\n")
    res = run_cli(
        "check",
        str(src),
        str(t1),
        str(t2),
        "--langs",
        "de,en,en",
        "--presplit",
        "--parallel",
        "--format",
        "json",
    )
    assert res.code == 0, res.err
    d = json.loads(res.out)
    assert d["schema"] == "provenance.check/1" and d["mode"] == "parallel"
    assert {tuple(f["hop"]) for f in d["flags"]} <= {(0, 1), (0, 2)}
    assert [a["sentences"] for a in d["alignments"]] == [[[0], [0], [0]], [[1], [1], [1]]]
    number = [x for x in d["disagreements"] if x["type"] == "number"]
    assert number == [
        {"alignment": 0, "type": "number", "agree": [1], "differ": [2], "flags": number[0]["flags"]}
    ]
    assert all(d["flags"][k]["hop"] == [0, 2] for k in number[0]["flags"])
    assert "mode:parallel" in d["signature"]


# ---------------------------------------------------------------- no torch


def test_compare_and_check_do_not_import_torch(ab, tmp_path):
    code = (
        "import sys, provenance\n"
        f"provenance.compare({str(ab[0])!r}, {str(ab[1])!r}, 'en')\n"
        f"provenance.check([{str(ab[0])!r}, {str(ab[1])!r}], 'en,en')\n"
        "print('torch' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "False"


def test_bench_compare_planted_items_are_changes(shared_dir):
    from provenance.bench.compare import REF_PAIRS, load_refs, planted_items

    corpus = shared_dir / "corpora" / "wmt21"
    need((corpus / "de-en" / "ref-B.en").is_file(), f"{corpus} incomplete")
    rp = REF_PAIRS[0]
    items = planted_items(rp, load_refs(corpus, rp, 200), seed=0, per_kind=3)
    assert {it.kind for it in items} >= {"number", "date", "negation"}
    for it in items:
        assert it.perturbed != it.original and it.src_lang == it.tgt_lang == "en"


@pytest.mark.parametrize(
    ("a", "b", "lang", "names", "negation", "values"),
    [
        # a surname replaced: a different person (strong); a given name: weaker
        (
            "Chancellor Angela Merkel met the press in Berlin on Monday.",
            "Chancellor Angela Scholz met the press in Berlin on Monday.",
            "en",
            [("Merkel", "Scholz", True)],
            [],
            [],
        ),
        (
            "Der Schlagzeuger Bryan Carter spielt mit Russell Hall.",
            "Der Schlagzeuger Frank Carter spielt mit Russell Hall.",
            "de",
            [("Bryan", "Frank", False)],
            [],
            [],
        ),
        (
            "The meeting took place in Lithuania on Monday.",
            "The meeting took place in Latvia on Monday.",
            "en",
            [("Lithuania", "Latvia", True)],
            [],
            [],
        ),
        # a translated category word, a respelling, an abbreviation: one name
        (
            "The acting head of Khabarovsk Krai spoke about his trip.",
            "The acting head of the Khabarovsk Region spoke about his trip.",
            "en",
            [],
            [],
            [],
        ),
        (
            "Ash O'Brien and her husband Jarett Kelley said so.",
            "Ash O'Brien and her husband Jarett Kelly said so.",
            "en",
            [],
            [],
            [],
        ),
        (
            "Paul Pogba hints at his future after Manchester United qualify.",
            "Paul Pogba hints at his future after Man Utd qualify.",
            "en",
            [],
            [],
            [],
        ),
        # a negation added or removed alone; moved within the row or rephrased: none
        (
            "The minister will resign next week.",
            "The minister will not resign next week.",
            "en",
            [],
            [("added", "not")],
            [],
        ),
        (
            "Die Regierung hat keine Einwände erhoben.",
            "Die Regierung hat eine Einwände erhoben.",
            "de",
            [],
            [("lost", "keine")],
            [],
        ),
        (
            "Министр подал в отставку в понедельник.",
            "Министр не подал в отставку в понедельник.",
            "ru",
            [],
            [("added", "не")],
            [],
        ),
        ("We don't have any injuries.", "We have no injuries.", "en", [], [], []),
        ("A driver overlooks a biker.", "A driver doesn't see a biker.", "en", [], [], []),
        # a value replaced; the same value written otherwise is none
        (
            "Police were called at about 8 pm on Sunday.",
            "Police were called at about 5 pm on Sunday.",
            "en",
            [],
            [],
            [("8", "5")],
        ),
        ("It was built in 1920.", "It was built in 1918.", "en", [], [], [("1920", "1918")]),
        (
            "The fire spread over five miles of forest.",
            "The fire spread over nine miles of forest.",
            "en",
            [],
            [],
            [("five", "nine")],
        ),
        # one measure in other units
        (
            "The fire spread over five miles of forest.",
            "The fire spread over eight kilometres of forest.",
            "en",
            [],
            [],
            [],
        ),
        ("So far 4,840 tests were positive.", "So far 4840 tests were positive.", "en", [], [], []),
        # a cue inserted next to a reworded word (aligned by spelling): the only cue of its
        # clause, though the clause polarity does not count it
        (
            "Durch sie werden unbewusste Vorurteile vermieden, die schaden könnten.",
            "Durch sie werden nicht unterbewusste Vorbehalte, die schaden könnten, beseitigt.",
            "de",
            [],
            [("added", "nicht")],
            [],
        ),
        # a cue moved (compensated), a second cue of a negated clause (negative concord)
        ("We don't have any money left.", "We have no money left.", "en", [], [], []),
        (
            "В этом зрелище не было никакой определенности.",
            "В этом зрелище не было определенности.",
            "ru",
            [],
            [],
            [],
        ),
    ],
)
def test_row_evidence(a, b, lang, names, negation, values):
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import row_evidence

    ev = row_evidence(a, b, word_diff(a, b), lang)
    assert [(s.a_text, s.b_text, s.strong) for s in ev.names] == names
    assert [(c.direction, c.cue) for c in ev.negation] == negation
    assert [(e.a_text, e.b_text) for e in ev.values] == values


def test_word_alignment_splits_replaced_spans():
    """Inside a replaced span, words that are one word by lemma or spelling are aligned,
    so the edit splits around them; whole spans without such words stay whole."""
    from provenance.comparison.diff import aligned_edits, word_diff

    a = "Durch sie werden unbewusste Vorurteile vermieden."
    b = "Durch sie werden nicht unterbewusste Vorbehalte."
    got = [(e.op, e.a_text, e.b_text) for e in aligned_edits(a, b, word_diff(a, b), str.lower)]
    assert got == [("insert", "", "nicht"), ("replace", "Vorurteile vermieden", "Vorbehalte")]
    a, b = "A driver overlooks a biker", "A driver doesn't see a biker"
    got = [(e.op, e.a_text, e.b_text) for e in aligned_edits(a, b, word_diff(a, b), str.lower)]
    assert got == [("replace", "overlooks", "doesn't see")]
    for e in aligned_edits(a, b, word_diff(a, b), str.lower):
        assert a[e.a_start : e.a_end] == e.a_text and b[e.b_start : e.b_end] == e.b_text


def test_same_language_reassess():
    """Flags keep their severity where the diff supports them, are raised or added where
    it shows a change the checks missed, and are minor otherwise."""
    from provenance.comparison.diff import word_diff
    from provenance.comparison.severity import reassess
    from provenance.model import Document, Flag, Span

    a = [
        "About 45 people were hurt in the crash.",
        "Chancellor Angela Merkel met the press in Berlin on Monday.",
        "The minister will resign next week.",
        "He died at the site of the accident.",
        "Cramer said it is not going well for many companies.",
    ]
    b = [
        "People were hurt in the crash.",
        "Chancellor Angela Scholz met the press in Berlin on Monday.",
        "The minister will not resign next week.",
        "He died at the scene.",
        "Cramer said many companies are having difficulties.",
    ]
    docs = [Document("a", "en", a), Document("b", "en", b)]

    def span(d, row, text):
        start = (a if d == 0 else b)[row].index(text)
        return Span(d, row, start, start + len(text), text)

    flags = [
        Flag(0, "number", "critical", (0, 1), [span(0, 0, "45")], "45 is missing"),
        Flag(1, "entity", "minor", (0, 1), [span(0, 1, "Merkel"), span(1, 1, "Scholz")], "m"),
        Flag(3, "omission", "major", (0, 1), [span(0, 3, "site of the")], "missing"),
        Flag(
            4,
            "negation",
            "major",
            (0, 1),
            [span(0, 4, "not")],
            "lost",
            {"direction": "lost", "embedding_gain": 0.004},
        ),
    ]
    rows = [[[i], [i]] for i in range(len(a))]
    diffs = [word_diff(x, y) for x, y in zip(a, b, strict=True)]
    got = {(f.alignment, f.type): f.severity for f in reassess(flags, docs, rows, diffs)}
    assert got == {
        (0, "number"): "minor",  # dropped on one side: the diff shows every dropped word
        (1, "entity"): "critical",  # a surname replaced in the diff
        (2, "negation"): "critical",  # added by the diff alone: the checks missed it
        (3, "omission"): "minor",  # rephrased, not dropped
        (4, "negation"): "minor",  # rephrased around the cue; weak evidence
    }


@pytest.mark.parametrize(
    ("a", "b", "lang", "swaps"),
    [
        # a name word standing twice on one side and once on the other: one of its
        # mentions became another name
        (
            "Anna Weber thanked Anna Berg and Tom Lee.",
            "Anna Weber thanked Maria Berg and Tom Lee.",
            "en",
            [("Anna", "Maria", False, True)],
        ),
        # a middling-frequency word inside a name whose other words are kept
        (
            "The Capitals play the Tampa Bay Lightning on Monday.",
            "The Capitals play the Tampa Bay Bykov on Monday.",
            "en",
            [("Lightning", "Bykov", True, True)],
        ),
        # a hypocorism, an exonym, a city's other name: one name (nicknames, CLDR, GeoNames)
        (
            "Bill Clinton spoke in Little Rock on Monday.",
            "William Clinton spoke in Little Rock on Monday.",
            "en",
            [],
        ),
        (
            "The talks were held in Kiev on Monday.",
            "The talks were held in Kyiv on Monday.",
            "en",
            [],
        ),
        ("Er flog am Montag nach München.", "Er flog am Montag nach Munich.", "de", []),
        # a given name and its form in another language (corp-names' data)
        ("At some point, Sasha got fed up.", "At some point, Alexander got tired.", "en", []),
        # a name translated two ways (two common words), or translated in one version and
        # transliterated in the other (a common word against a word the language lacks)
        (
            "The opposition Union of the Fatherland leads.",
            "The opposition Homeland Union leads.",
            "en",
            [],
        ),
        (
            "The aerobatic teams Russian Knights and Swifts flew.",
            "The aerobatic teams Russian Vityazi and Strizhi flew.",
            "en",
            [],
        ),
        # an acronym replaced, one word for one, by a name it cannot abbreviate
        (
            "There is no political will in the AfD because of that.",
            "There is no political will in the Kulzer because of that.",
            "en",
            [("AfD", "Kulzer", True, True)],
        ),
        # a given name replaced in a kept name: no transcription when the length differs
        (
            "Der Vorsitzende Peter Duthie sagte, es gehe gut.",
            "Der Vorsitzende Pereyra Duthie sagte, es gehe gut.",
            "de",
            [("Peter", "Pereyra", False, True)],
        ),
        # one word of a name whose other words both sides keep
        (
            "Die Stadt Virginia Beach hat am Samstag ein Denkmal entfernt.",
            "Die Stadt Virginia Alexandre hat am Samstag ein Denkmal entfernt.",
            "de",
            [("Beach", "Alexandre", True, True)],
        ),
        # reordered: next to a kept name word, however frequent; and a frequent place name
        (
            "Sie hat mit ihrem Exmann Chris Martin zwei Kinder, Apple und Moses.",
            "Sie hat zwei Kinder, Apple und Moses, mit ihrem Ehemann Chris Royal.",
            "de",
            [("Martin", "Royal", True, False)],
        ),
        (
            "They have been in the program at Worms University since 2019.",
            "Since 2019 they have studied in the program at Colorado University.",
            "en",
            [("Worms", "Colorado", False, True)],
        ),
        # a surname with an inner capital is no acronym: paired across a rewritten span
        (
            "The paper said the briefings had become a stage because McEnany made them so.",
            "The paper wrote that the briefings turned into a stage since Pelosi made them so.",
            "en",
            [("McEnany", "Pelosi", True, True)],
        ),
        # two words with other first letters are no transcription of one name
        (
            "Der tunesische Innenminister Hichem Mechichi soll die Regierung bilden.",
            "Der tunesische Innenminister Chris Mechichi soll die Regierung bilden.",
            "de",
            [("Hichem", "Chris", False, True)],
        ),
        # the kept surname in another case form: the given name before it changed
        (
            "На 40-й секунде в Александра Ляказетта врезался Доусон, пенальти забил Обамеянг.",
            "Доусон столкнулся с Марком Ляказеттом на 40-й секунде, пенальти забил Пьер-Эмерик"
            " Обамеянг.",
            "ru",
            [("Александра", "Марком", False, False)],
        ),
        # a name said more often on its side (a dateline, then the place) counts once
        (
            "SEATTLE - Am Samstag zogen rund 2000 Menschen durch die Straßen von Seattle.",
            "SEATTLE - Am Samstag sammelte sich in Kargil eine Menge von 2000 Menschen.",
            "de",
            [("Seattle", "Kargil", False, False)],
        ),
    ],
)
def test_name_swaps_counts_kept_names_and_variants(a, b, lang, swaps):
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import row_evidence

    ev = row_evidence(a, b, word_diff(a, b), lang)
    assert [(s.a_text, s.b_text, s.strong, s.small) for s in ev.names] == swaps


def test_name_variants_from_data():
    from provenance.lang.name_variants import same_name

    assert same_name("Bill", "William", "en") and same_name("Alexander", "Alex", "en")
    assert same_name("Kiev", "Kyiv", "en") and same_name("Wien", "Vienna", "de")
    assert same_name("Киев", "Киеве", "ru")  # a Russian case form, by its lemma
    assert not same_name("Lithuania", "Latvia", "en")
    assert not same_name("Merkel", "Scholz", "de")
    # given names across languages, from corp-names' data file
    assert same_name("Sasha", "Alexander", "en") and same_name("Саша", "Александр", "ru")
    assert same_name("Mikhail", "Michael", "en")
    assert not same_name("Sasha", "Olga", "en") and not same_name("Peter", "Paul", "en")


@pytest.mark.parametrize(
    ("a", "b", "lang", "flips"),
    [
        # the negated word stands unnegated on the other side, in a clause sharing a word
        (
            "Der Spielmacher erwies sich als echte Offenbarung im Stadion, sagte der Trainer.",
            "Der Spielmacher war nicht eine Offenbarung im Stadion, sagte der Trainer.",
            "de",
            [("added", "nicht", "Offenbarung")],
        ),
        (
            "Некоторые игроки уйдут из клуба летом.",
            "Этим летом игроки клуба не уйдут.",
            "ru",
            [("added", "не", "уйдут")],
        ),
        (
            "A resident of Tomsk was detained on Monday for posting false claims online.",
            "On Monday, a Tomsk resident was not detained for publishing false claims.",
            "en",
            [("added", "not", "detained")],
        ),
        # negated in other words: the negated word is not on the other side
        ("A female car driver overlooks a biker", "Car driver doesn’t see biker", "en", []),
        # the other side negates it too, with a correlative
        (
            "Neither their lungs nor their muscles are fully developed.",
            "Their lungs and muscles are not fully developed.",
            "en",
            [],
        ),
    ],
)
def test_anchored_flips(a, b, lang, flips):
    from provenance.comparison.evidence import anchored_flips

    got = anchored_flips(a, b, lang)
    texts = (a, b)
    assert [(f.direction, f.cue_text, texts[f.side][f.head[0] : f.head[1]]) for f in got] == flips


def test_antonym_restatements():
    from provenance.comparison.evidence import antonym_restatements

    assert antonym_restatements(
        "It is not allowed to smoke in the hall.", "Smoking is forbidden in the hall.", "en"
    ) == {"lost"}
    assert antonym_restatements(
        "Smoking is allowed in the hall.", "Smoking is not forbidden in the hall.", "en"
    ) == {"added"}
    assert not antonym_restatements("It is allowed.", "It is not allowed.", "en")


def test_antonym_restatement_in_its_place():
    """With the row's edits, the opposite pole must stand where the negation stands on
    the other side: a "started" two sentences on says nothing of "not stopped"."""
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import antonym_restatements

    a = "The protesters stopped at the gate and set fire to it. Then some started to break windows."
    b = "The protesters did not stop at the gate and set fire to it. Then some broke windows."
    assert antonym_restatements(a, b, "en") == {"added"}  # anywhere in the row
    assert antonym_restatements(a, b, "en", word_diff(a, b)) == frozenset()
    a, b = "It is not allowed to smoke in the hall.", "Smoking is forbidden in the hall."
    assert antonym_restatements(a, b, "en", word_diff(a, b)) == {"lost"}


def test_same_language_reassess_anchored_antonyms_and_small_swaps():
    """An anchored flip raises a minor negation flag (or adds a major one); a negation
    said with an antonym on the other side is minor; a name replaced in a one-word edit
    is flagged without the names check."""
    from provenance.comparison.diff import word_diff
    from provenance.comparison.severity import reassess
    from provenance.model import Document, Flag, Span

    a = [
        "Der Spielmacher erwies sich als echte Offenbarung im Stadion, sagte der Trainer.",
        "Некоторые игроки уйдут из клуба летом.",
        "It is not allowed to smoke in the hall.",
        "The Capitals play the Tampa Bay Lightning on Monday.",
    ]
    b = [
        "Der Spielmacher war nicht eine Offenbarung im Stadion, sagte der Trainer.",
        "Этим летом игроки клуба не уйдут.",
        "Smoking is forbidden in the hall.",
        "The Capitals play the Tampa Bay Bykov on Monday.",
    ]
    langs = ["de", "ru", "en", "en"]

    def span(d, row, text):
        start = (a if d == 0 else b)[row].index(text)
        return Span(d, row, start, start + len(text), text)

    got = {}
    for row, lang in enumerate(langs):
        docs = [Document("a", lang, [a[row]]), Document("b", lang, [b[row]])]
        flags = []
        if row == 0:
            flags = [
                Flag(
                    0,
                    "negation",
                    "minor",
                    (0, 1),
                    [span(1, 0, "nicht")],
                    "added",
                    {"direction": "added", "embedding_gain": 0.001},
                )
            ]
        elif row == 2:
            flags = [
                Flag(
                    0,
                    "negation",
                    "critical",
                    (0, 1),
                    [span(0, 2, "not")],
                    "lost",
                    {"direction": "lost", "embedding_gain": 0.05},
                )
            ]
        out = reassess(flags, docs, [[[0], [0]]], [word_diff(a[row], b[row])])
        got[row] = [(f.type, f.severity) for f in out]
    assert got == {
        0: [("negation", "major")],  # raised: "Offenbarung" unnegated in A
        1: [("negation", "critical")],  # the cue added with one other word: the diff
        2: [("negation", "minor")],  # "not allowed" / "forbidden"
        3: [("entity", "critical")],  # "Lightning" / "Bykov": no names flag needed
    }


def test_name_swaps_skip_common_words_and_one_persons_names():
    """A title or category word capitalised in a name is no name of its own; a given name
    and a surname that the document gives together elsewhere are one person."""
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import full_names, one_person, row_evidence

    a = "The statement came from the league's Primera Division on Friday."
    b = "The statement came from the league's Primera Liga on Friday."
    assert row_evidence(a, b, word_diff(a, b), "en").names == []
    # a place and a given name stay names, however frequent the word
    a, b = "He was born in Texas in 1950.", "He was born in Ohio in 1950."
    assert [(s.a_text, s.b_text) for s in row_evidence(a, b, word_diff(a, b), "en").names] == [
        ("Texas", "Ohio")
    ]
    doc = [
        "Мишо Саваж из Сиэтла сообщил, что протесты направлены против властей.",
        "«Это резкий крен», — отметил Саваж.",
    ]
    people = full_names(doc, "ru")
    assert one_person("Мишо", "Саваж", people, "ru")
    assert not one_person("Мишо", "Иванов", people, "ru")


@pytest.mark.parametrize(
    ("a", "b", "lang", "flips"),
    [
        # the auxiliary both sides share carries the polarity; the words after it reworded
        (
            "A local man was accused of theft on Monday.",
            "A local man was not charged with theft on Monday.",
            "en",
            [("added", "not", "was")],
        ),
        (
            "Der Vertrag hat eine Option auf zwölf weitere Monate.",
            "Der Vertrag hat nicht die Möglichkeit, ihn zu verlängern.",
            "de",
            [("added", "nicht", "hat")],
        ),
        # an implicit negative a clause away says it too: "denied, ... had" / "had not"
        (
            "She denied the reports, saying that she had taken no bribe.",
            "She said she had not accepted any money.",
            "en",
            [],
        ),
        # no shared auxiliary before the cue: "overlooked" / "did not see"
        ("At this, she overlooked the driver.", "She did not see the driver.", "en", []),
    ],
)
def test_host_flips(a, b, lang, flips):
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import host_flips

    got = host_flips(a, b, word_diff(a, b), lang)
    texts = (a, b)
    assert [
        (f.direction, f.cue_text, texts[1 - f.side][f.anchor[0] : f.anchor[1]]) for f in got
    ] == flips
    assert all(f.by == "auxiliary" for f in got)


def test_negation_compensated_where_it_stands():
    """A cue added alone is a flip however many negations the rest of the row holds;
    a cue next to a negative pronoun both sides share (negative concord), or facing an
    implicit negative, is none."""
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import negated_counterparts, row_evidence

    def flips(a, b, lang):
        ev = row_evidence(a, b, word_diff(a, b), lang)
        return [(c.direction, c.cue) for c in ev.negation]

    tail = ", когда к ним подошла женщина и назвала их идиотами за то, что есть в маске нельзя."
    assert flips(
        "Пара сняла маски, чтобы поесть" + tail, "Пара не сняла маски, чтобы поесть" + tail, "ru"
    ) == [("added", "не")]
    assert (
        flips(
            "В США идет много испытаний, но ничего существенного.",
            "В США проводят много испытаний, но нет ничего серьезного.",
            "ru",
        )
        == []
    )
    assert (
        flips(
            "Однако системе не удалось достичь подобных результатов.",
            "Однако неспособность системы достичь результатов очевидна.",
            "ru",
        )
        == []
    )
    # no negative concord in English or German: a cue added to a negated clause flips it;
    # a cue inside a hyphenated compound is none
    assert flips("Nobody is allowed to leave.", "Nobody is not allowed to leave.", "en") == [
        ("added", "not")
    ]
    assert flips("Er hat keine Zeit.", "Er hat nicht keine Zeit.", "de") == [("added", "nicht")]
    assert (
        flips(
            "Besonnenheit hatte keinen Platz in einer Alles-oder-nichts-Begegnung.",
            "Besonnenheit hatte keinen Platz in einer Alles-oder-Begegnung.",
            "de",
        )
        == []
    )
    assert flips("Он не сказал ничего.", "Он не сказал.", "ru") == []
    # the other side negates the same place in words of its own
    a, b = "The mayor was not present at the vote.", "The mayor was absent from the vote."
    assert negated_counterparts(a, b, word_diff(a, b), "en") == {"lost"}
    a, b = "The mayor will resign next week.", "The mayor will not resign next week."
    assert negated_counterparts(a, b, word_diff(a, b), "en") == frozenset()


def test_descriptions_and_inflected_surnames():
    """A common noun capitalised in a plural or case form names a team or place by a
    description (no other name); a surname the lemmatiser does not know keeps its case
    ending ("Уэста") and is still one person with the given name the document gives."""
    from provenance.comparison.evidence import _swappable, full_names, one_person
    from provenance.extract.names import extract_names

    def part(text, word, lang):
        return next(p for m in extract_names(text, lang) for p in m.parts if p.text == word)

    t = "Манчестер отставал от Лестера, но Красные Дьяволы вошли в четверку."
    assert not _swappable(part(t, "Манчестер", "ru"), part(t, "Дьяволы", "ru"), "ru")
    t = "Волков отставал от Лестера, но Быков вошел в четверку."  # surnames, noun forms
    assert _swappable(part(t, "Волков", "ru"), part(t, "Быков", "ru"), "ru")
    t = "Secretary general Markus Smith met Kickers Jones."  # a plural noun as a name
    assert _swappable(part(t, "Markus", "en"), part(t, "Kickers", "en"), "en")
    t = "He worked for Bishop Nantes and later for Bishop Bold in town."
    assert _swappable(part(t, "Nantes", "en"), part(t, "Bold", "en"), "en")  # a surname
    people = full_names(["Канье Уэст выступил в субботу.", "Твиты Уэста удивили всех."], "ru")
    assert one_person("Уэста", "Канье", people, "ru")
    assert not one_person("Уэста", "Иванов", people, "ru")


def test_implicit_negatives_compensate_only_in_other_words():
    """An implicit negative on the other side says the negation in other words ("denied
    ..." / "had not"); the same word on both sides ("will cease" / "will not cease") is
    the statement itself, negated on one side only."""
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import row_evidence

    a = "Firing will cease at the line of demarcation on July 27."
    b = "Both sides will not cease firing on the line of demarcation on July 27."
    ev = row_evidence(a, b, word_diff(a, b), "en")
    assert [(c.direction, c.cue) for c in ev.negation] == [("added", "not")]


def test_full_names_leave_out_owners():
    """A possessive or a country before a name names its owner, not the person: "Russia
    Vladimir Putin" makes no one person of "Russia" and "Vladimir"."""
    from provenance.comparison.evidence import _acronym_text, full_names, one_person

    people = full_names(
        ["President of Russia Vladimir Putin spoke.", "Syria's Bashar Assad replied."], "en"
    )
    assert one_person("Vladimir", "Putin", people, "en")
    assert not one_person("Russia", "Vladimir", people, "en")
    assert not one_person("Syria", "Bashar", people, "en")
    assert one_person("Bashar", "Assad", people, "en")
    assert _acronym_text("AfD") and _acronym_text("HSBC") and not _acronym_text("McEnany")


def test_negation_a_clause_away_needs_no_partner():
    """A cue a clause away on the other side says the flip's negation elsewhere ("neither
    ..., nor" / "are not") unless the negating side has a negation of its own there, an
    affixal one too ("не удадутся" / "неудачи"): then the flip stands."""
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import row_evidence

    def flips(a, b, lang):
        return [(c.direction, c.cue) for c in row_evidence(a, b, word_diff(a, b), lang).negation]

    a = "Если переговоры не удадутся, завод будет закрыт до конца года."
    assert flips(a, "В случае неудачи, завод не будет закрыт до конца года.", "ru") == [
        ("added", "не")
    ]
    assert flips(a, "В таком случае, завод не будет закрыт до конца года.", "ru") == []
    assert (
        flips(
            "They were so weak that neither their arms, their legs nor their backs were strong.",
            "They were so weak that their arms, legs and backs were not strong.",
            "en",
        )
        == []
    )


def test_name_swap_where_nouns_are_capitalised_needs_no_names_flag():
    """In German the names check sees few strong names: the only name word on each side of
    a replaced span, each rare or known to the data, is a major flag of its own; a title
    ("Senator") is none."""
    from provenance.comparison.diff import word_diff
    from provenance.comparison.severity import reassess
    from provenance.model import Document

    def flags(a, b):
        docs = [Document("a", "de", [a]), Document("b", "de", [b])]
        got = reassess([], docs, [[[0], [0]]], [word_diff(a, b)])
        return [(f.severity, f.type, f.message) for f in got]

    b = "Der Trainer erklärte, seiner Meinung nach werde Lambert den Verein verlassen."
    a = "Der Trainer sagte, dass ihm zufolge Pozzo den Verein verlassen wird."
    assert flags(a, b) == [("major", "entity", "Pozzo became Lambert")]
    a = "Der Trainer sagte, dass ihm zufolge der Senator den Verein verlassen wird."
    assert flags(a, b) == []


def test_double_negation_where_the_language_has_no_concord():
    """Two cues in one English or German clause cancel out: against one negation in its
    place on the other side, the two say opposite things (a major flag). Not where the
    second cue negates an embedded clause or question ("whether it shouldn't"), nor in a
    language with negative concord."""
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import double_negations
    from provenance.comparison.severity import reassess
    from provenance.model import Document

    def doubles(a, b, lang):
        got = double_negations(a, b, word_diff(a, b), lang)
        return [
            (f.direction, f.cue_text, (a, b)[1 - f.side][f.anchor[0] : f.anchor[1]]) for f in got
        ]

    a, b = "Nobody may leave the premises.", "No one is not allowed to leave the premises."
    assert doubles(a, b, "en") == [("lost", "Nobody", "No one is not")]
    assert doubles(b, a, "en") == [("added", "Nobody", "No one is not")]
    a = "Die Richtlinien erlauben an keiner Stelle, Waffen einzusetzen."
    b = "Nirgendwo in den Richtlinien ist nicht zu lesen, dass man Waffen einsetzen darf."
    assert [d[0] for d in doubles(a, b, "de")] == ["lost"]
    # the second cue in an embedded question; a clause negated once on both sides
    a = "There is no getting around the debate as to whether to make it easier."
    b = "You can't get around the debate as to whether it shouldn't be made easier."
    assert doubles(a, b, "en") == []
    assert doubles("Nobody may leave.", "No one may leave.", "en") == []
    # Russian has negative concord: "никто не" is one negation
    assert doubles("Никто не может уйти.", "Никто не уйдёт.", "ru") == []
    # through the severity rules: a major negation flag is added
    a, b = "Nobody may leave the premises.", "No one is not allowed to leave the premises."
    docs = [Document("a", "en", [a]), Document("b", "en", [b])]
    flags = reassess([], docs, [[[0], [0]]], [word_diff(a, b)])
    assert [(f.type, f.severity, f.detail["direction"]) for f in flags] == [
        ("negation", "major", "lost")
    ]


def _idiom_flips(a, b, lang):
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import idiom_flips

    got = idiom_flips(a, b, word_diff(a, b), lang)
    texts = (a, b)
    return [(f.direction, f.cue_text, texts[1 - f.side][f.anchor[0] : f.anchor[1]]) for f in got]


@pytest.mark.parametrize(
    ("a", "b", "lang", "flips"),
    [
        # "only rarely" / "not only rarely": the idiom without its cue on the other side
        (
            "Advisers appointed by ministers must only rarely testify before committees.",
            "Advisers appointed by ministers are not only rarely obliged to testify.",
            "en",
            [("added", "not", "only")],
        ),
        # its own pattern's alternatives are synonyms: "just" / "only"
        (
            "The new tax is not just a burden for small firms.",
            "The new tax is only a burden for small firms.",
            "en",
            [("lost", "not", "only")],
        ),
        (
            "Berater müssen nur selten vor Ausschüssen aussagen.",
            "Berater sind nicht nur selten verpflichtet, vor Ausschüssen auszusagen.",
            "de",
            [("added", "nicht", "nur")],
        ),
        (
            "Это касается только крупных компаний.",
            "Это касается не только крупных компаний.",
            "ru",
            [("added", "не", "только")],
        ),
        # another idiom on the other side ("nicht der einzige" / "nur"): no flip
        (
            "Das war nicht der einzige Rückschlag an diesem Abend.",
            "Das war nur ein Teil eines frustrierenden Abends.",
            "de",
            [],
        ),
        # both sides say the idiom
        ("It is not only about money.", "It is not just about money.", "en", []),
        # the other side negates its clause: "only" stands under a negation there
        ("It is not only about money.", "It is never only about money.", "en", []),
    ],
)
def test_idiom_flips(a, b, lang, flips):
    assert _idiom_flips(a, b, lang) == flips


def test_idiom_flip_is_a_major_negation_flag():
    from provenance.comparison.diff import word_diff
    from provenance.comparison.severity import reassess
    from provenance.model import Document

    a = "Advisers appointed by ministers must only rarely testify before committees."
    b = "Advisers appointed by ministers are not only rarely obliged to testify."
    docs = [Document("a", "en", [a]), Document("b", "en", [b])]
    got = reassess([], docs, [[[0], [0]]], [word_diff(a, b)])
    assert [(f.type, f.severity, f.detail["direction"]) for f in got] == [
        ("negation", "major", "added")
    ]


@pytest.mark.parametrize(
    ("a", "b", "lang", "flips"),
    [
        # the negated word in its place on the other side, the clauses around it sharing
        # no other word: the same statement negated on one side only
        (
            "In the final, the hosts suffered a defeat against the young duo from Kiel.",
            "In the final, the hosts were not defeated 0-2 by the young duo from Kiel.",
            "en",
            [("added", "not", "defeated")],
        ),
        # the clause before negated on both sides, this one on one side only
        (
            "Complaining is not fixing and denouncing is not diplomacy, he said.",
            "Complaints aren't rectifications, judgments are diplomacy, he said.",
            "en",
            [("lost", "not", "diplomacy")],
        ),
        # a clause a conjunction opens stands in the scope of a negation before it
        (
            "Do not use a stove, do not shelter under trees, and do not go swimming.",
            "It is best not to heat the stove, and not to shelter under trees or swim.",
            "en",
            [],
        ),
        # a negative determiner negates a noun the other side may name in its own words
        (
            "They were attacked because they wanted no masks while eating.",
            "They were attacked because they refused the masks while eating.",
            "en",
            [],
        ),
    ],
)
def test_anchored_flips_in_place(a, b, lang, flips):
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import anchored_flips

    got = anchored_flips(a, b, lang, word_diff(a, b))
    texts = (a, b)
    assert [(f.direction, f.cue_text, texts[f.side][f.head[0] : f.head[1]]) for f in got] == flips


def test_a_name_pair_recurring_in_rows_is_a_convention():
    """One name word replaced by the same other in two rows or more, either way round, is
    the two translators' convention for one name (no flag); once, it is a name swapped."""
    from provenance.comparison.diff import word_diff
    from provenance.comparison.severity import reassess
    from provenance.model import Document

    one = (
        "The expedition of the sailors Thaddeus Bellingshausen and Mikhail Lazarev.",
        "The expedition of the sailors Fabian Bellingshausen and Mikhail Lazarev.",
    )
    two = (
        "A ship was named after Fabian Bellingshausen in Kronstadt.",
        "A ship was named after Thaddeus Bellingshausen in Kronstadt.",
    )

    def entity_flags(pairs):
        docs = [
            Document("a", "en", [p[0] for p in pairs]),
            Document("b", "en", [p[1] for p in pairs]),
        ]
        rows = [[[i], [i]] for i in range(len(pairs))]
        got = reassess([], docs, rows, [word_diff(*p) for p in pairs])
        return [(f.alignment, f.severity) for f in got if f.type == "entity"]

    assert entity_flags([one]) == [(0, "major")]
    assert entity_flags([one, two]) == []
    # recurring alone is no convention: neither version gives both names beside one
    # other name word (a translator who misreads a name misreads it each time)
    three = (
        "The award he would have shared with Jamie Vardy went to another man.",
        "The award he would have shared with Jamie Paltrow went to another man.",
    )
    four = (
        "Gwyneth Paltrow said she wants to raise her children well.",
        "Gwyneth Vardy said she wants to raise her children well.",
    )
    assert [a for a, _ in entity_flags([three, four])] == [0, 1]
    # each version keeps to its word throughout: one name written two ways
    five = (
        "Later the sailor Thaddeus Bellingshausen was made an admiral.",
        "Later the sailor Fabian Bellingshausen was made an admiral.",
    )
    assert entity_flags([one, five]) == []
    # ... but not where one version says the other's word in another row
    six = (three[0], three[0])
    seven = (
        "Jamie Vardy scored the second goal of the evening.",
        "Jamie Paltrow scored the second goal of the evening.",
    )
    assert [a for a, _ in entity_flags([three, seven, six])] == [0, 1]


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        # one name romanised two ways
        ("The minister Aleksey Ivanov left.", "The minister Alexei Ivanov left.", []),
        ("President Volodymyr Zelensky spoke.", "President Vladimir Zelensky spoke.", []),
        (
            "The minister Aleksey Ivanov left.",
            "The minister Boris Ivanov left.",
            [("Aleksey", "Boris")],
        ),
    ],
)
def test_name_romanised_otherwise(a, b, swapped):
    from provenance.comparison.diff import word_diff
    from provenance.comparison.evidence import name_swaps

    got = name_swaps(a, b, word_diff(a, b), "en")
    assert [(s.a_text, s.b_text) for s in got] == swapped


@pytest.mark.slow
def test_bench_compare_dump_matches_its_figures(shared_dir, tmp_path, run_cli):
    """`--dump` writes one line per flagged faithful row and per planted item, and the
    lines agree with the figures the same run reports."""
    corpus = shared_dir / "corpora" / "wmt21"
    need((corpus / "de-en" / "ref-B.en").is_file(), f"{corpus} incomplete")
    figures, dump = tmp_path / "figures.json", tmp_path / "items.jsonl"
    args = ["bench", "compare", "--corpus", str(corpus), "--limit", "60", "--per-kind", "2"]
    result = run_cli(*args, "--parts", "lines,planted", "--json", str(figures), "--dump", str(dump))
    assert result.code == 0, result.err
    rows = [json.loads(line) for line in dump.read_text(encoding="utf-8").splitlines()]
    pairs = json.loads(figures.read_text(encoding="utf-8"))["pairs"]
    for name, entry in pairs.items():
        flagged = [r for r in rows if r["part"] == "lines" and r["pair"] == name]
        assert len(flagged) == entry["lines"]["serious_rows"]
        assert all(r["flags"] for r in flagged)
        planted = [r for r in rows if r["part"] == "planted" and r["pair"] == name]
        by_kind = {k: v for k, v in entry.get("planted", {}).items() if not k.startswith("_")}
        assert len(planted) == sum(k["items"] for k in by_kind.values())
        for kind, fig in by_kind.items():
            caught = sum(r["caught"] for r in planted if r["kind"] == kind)
            assert caught == fig["caught"], (name, kind)
