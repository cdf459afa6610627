"""View helpers shared by every app."""

from __future__ import annotations

import functools

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

from .errors import Forbidden, NotFound, ServiceError


def back_url(request) -> str:
    """The referring page when it is on this site, else the current path."""
    back = request.META.get("HTTP_REFERER", "")
    safe = url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure())
    return back if back and safe else request.path


def guarded(view):
    """``Forbidden`` → 403, ``NotFound`` → 404, any other ``ServiceError`` → a message and a redirect back."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Forbidden as exc:
            raise PermissionDenied(str(exc)) from exc
        except NotFound as exc:
            raise Http404(str(exc)) from exc
        except ServiceError as exc:
            messages.error(request, str(exc))
            return redirect(back_url(request))

    return wrapper
