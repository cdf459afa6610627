"""Source registry: provenance of each shipped text (act, language, sha256, edition)."""

import hashlib
import shutil

import pytest

from sanat.regulation import sources


def test_every_shipped_text_has_provenance(shipped):
    assert set(shipped) == {s.key for s in sources.SHIPPED}
    for text in shipped.values():
        prov = text.provenance()
        assert prov["sha256"] == hashlib.sha256(text.path.read_bytes()).hexdigest()
        assert prov["lines"] == len(text.path.read_text(encoding="utf-8").splitlines())


def test_edition_is_read_from_the_latest_amendment_note(shipped):
    # 001 is consolidated to Order 121 of 31.03.2022; 002 cites Order 249 of 07.08.2023.
    assert shipped["tqc_kk"].edition.as_dict() == {"order_date": "2022-03-31", "order_no": "121"}
    assert shipped["tqc_ru"].edition.as_dict() == {"order_date": "2023-08-07", "order_no": "249"}


def test_edition_follows_a_changed_text(tmp_path):
    spec = sources.spec("tqc_ru")
    shutil.copy(sources.TEXTS_DIR / spec.file, tmp_path / spec.file)
    path = tmp_path / spec.file
    path.write_text(path.read_text(encoding="utf-8") + "\nСноска. Пункт 9 - в редакции приказа от 01.02.2025 № 7\n",
                    encoding="utf-8")
    assert sources.load("tqc_ru", tmp_path).edition.as_dict() == {"order_date": "2025-02-01", "order_no": "7"}


def test_missing_text_in_a_sources_folder_is_a_clear_error(tmp_path):
    with pytest.raises(sources.SourceError, match=r"001_1f946b8a025cd79c\.txt"):
        sources.load("tqc_kk", tmp_path)
