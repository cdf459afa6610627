"""The domain vocabulary is the one list of categories and languages; the copies that must stay data agree."""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings

import sanat
from sanat.regulation.tqc.grammar import GRAMMARS
from sanat.vocabulary import CATEGORIES, CATEGORY_LABELS, HIGHER_CATEGORIES, LANGS, category_label, norm_lang


def test_order_and_languages():
    assert CATEGORIES[0] == "pedagog" and CATEGORIES[1:] == HIGHER_CATEGORIES
    assert LANGS == ("kk", "ru") and [code for code, _ in settings.LANGUAGES] == list(LANGS)
    assert norm_lang("ru-RU") == "ru" and norm_lang("en") == "kk" and norm_lang(None) == "kk"


def test_labels_are_the_parsers_canonical_names():
    for lang in LANGS:
        assert set(CATEGORY_LABELS[lang]) == set(CATEGORIES)
        assert GRAMMARS[lang].canonical_labels == CATEGORY_LABELS[lang]
    assert category_label("expert", "kk") == "педагог-сарапшы" and category_label("unknown", "ru") == "unknown"


def test_profile_schema_lists_the_categories_in_order():
    """The JSON contract keeps its own enum (a schema is data); it must start with the vocabulary's order."""
    schema = json.loads((Path(sanat.__file__).parent / "rules" / "profile.schema.json").read_text("utf-8"))
    enum = schema["properties"]["categories"]["items"]["properties"]["code"]["enum"]
    assert tuple(enum[: len(CATEGORIES)]) == CATEGORIES
