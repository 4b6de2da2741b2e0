"""The place tables stored once per machine (`name_data._index`) answer as the tables do."""

from __future__ import annotations

from provenance.extract import name_data


def _fresh(monkeypatch, cache_dir) -> None:
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(cache_dir))
    name_data._index.cache_clear()
    name_data.place_ids.cache_clear()


def test_every_form_looks_up_the_same_places(tmp_path, monkeypatch) -> None:
    _fresh(monkeypatch, tmp_path)
    try:
        tables = {
            "t": name_data._territories(),
            "c": name_data._cities(),
            "s": name_data._subdivisions(),
        }
        assert all(len(t) > 1000 for t in tables.values())
        for letter, table in tables.items():
            wrong = [k for k, v in table.items() if name_data._lookup(letter, k) != v]
            assert not wrong, wrong[:5]
        assert name_data._lookup("c", "no such place at all") == frozenset()
        # built into the cache directory, and a second process reads it from there
        assert list((tmp_path / "places").glob("places-*.marisa"))
        name_data._index.cache_clear()
        assert name_data._lookup("t", "saudi arabia") == frozenset({"cldr:SA"})
    finally:
        _fresh(monkeypatch, tmp_path)
        name_data._index.cache_clear()


def test_an_unwritable_cache_keeps_the_index_in_memory(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    _fresh(monkeypatch, blocker)
    try:
        assert name_data.place_ids("Großbritanniens", "de") == frozenset({"cldr:GB"})
        assert name_data.place_ids("Саудовской Аравии", "ru") == frozenset({"cldr:SA"})
    finally:
        name_data._index.cache_clear()
        name_data.place_ids.cache_clear()


def test_a_truncated_index_is_rebuilt(tmp_path, monkeypatch) -> None:
    _fresh(monkeypatch, tmp_path)
    try:
        path = name_data._index_path()
        path.parent.mkdir(parents=True)
        path.write_bytes(b"truncated")
        assert name_data.place_ids("Watford", "en")
        assert path.stat().st_size > 100_000
    finally:
        name_data._index.cache_clear()
        name_data.place_ids.cache_clear()


def test_building_an_index_deletes_the_stale_ones(tmp_path, monkeypatch) -> None:
    _fresh(monkeypatch, tmp_path)
    try:
        stale = tmp_path / "places" / "places-0000000000000000.marisa"
        stale.parent.mkdir(parents=True)
        stale.write_bytes(b"an index of an older version")
        assert name_data.place_ids("Watford", "en")
        assert not stale.exists()
        assert [p.name for p in stale.parent.glob("places-*.marisa")] == [
            name_data._index_path().name
        ]
    finally:
        name_data._index.cache_clear()
        name_data.place_ids.cache_clear()


def test_a_latin_part_of_a_russian_subdivision_name_leaves_the_next_part_russian() -> None:
    # "Hesse [Баварии]": the Latin part is read as English, the Cyrillic one after it
    # still lemmatised as Russian (the part's language was once carried to the next part)
    forms = name_data._subdivision_forms("Hesse [Баварии]", "ru")
    assert {"hesse", "бавария"} <= forms
    assert name_data._subdivision_forms("Рейнланд-Пфальц", "ru") >= {"рейнланд пфальц"}
    assert name_data._subdivision_forms("Ain", "fr") == set()  # too short a name
