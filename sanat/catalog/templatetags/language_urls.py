"""``{% translated_path "ru" %}``: the current page's URL in another language.

Django's ``set_language`` translates ``next`` under the language active for ``/i18n/setlang/``,
which with ``prefix_default_language=False`` is always the default one: a ``/ru/...`` page could
not be switched back. Translating here, while the page's own language is active, avoids that.
"""

from __future__ import annotations

from django import template
from django.urls import translate_url

register = template.Library()


@register.simple_tag(takes_context=True)
def translated_path(context, lang: str) -> str:
    request = context.get("request")
    if request is None:
        return "/"
    return translate_url(request.get_full_path(), lang)
