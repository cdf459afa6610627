"""The current interface language of a request, one way for every app."""

from __future__ import annotations

from django.utils import translation

from sanat.vocabulary import norm_lang


def current_lang(request=None) -> str:
    """``kk`` or ``ru``: the request's language (LocaleMiddleware), else the active translation."""
    code = getattr(request, "LANGUAGE_CODE", None) if request is not None else None
    return norm_lang(code or translation.get_language())


def in_current_lang(kk: str, ru: str) -> str:
    """Of a model's ``*_kk``/``*_ru`` pair, the text in the current language, else the other one."""
    return (ru or kk) if current_lang() == "ru" else (kk or ru)
