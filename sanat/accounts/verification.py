"""E-mail verification: a signed link (no stored token) proves that a user owns their address.

Anything keyed by an e-mail address (training records, reminders) is linked only to an account whose
address is verified; ``email_verified`` lets those apps attach what waited for that address.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core import signing
from django.dispatch import Signal
from django.utils import translation
from django.utils.translation import gettext as _

from sanat.web.kit.links import site_link

from .models import VerifiedEmail
from .services import record

SALT = "sanat.accounts.verify-email"
#: How long a verification link works (seconds).
MAX_AGE = 3 * 24 * 3600

#: Sent with ``user`` and ``email`` after a user verified their address.
email_verified = Signal()


def is_verified(user) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.email:
        return False
    row = VerifiedEmail.objects.filter(user=user).first()
    return bool(row and row.email.lower() == user.email.lower())


def verified_user(email: str):
    """The one account whose verified address is ``email`` (case-insensitive), or ``None``."""
    email = (email or "").strip()
    if not email:
        return None
    for row in VerifiedEmail.objects.filter(email__iexact=email).select_related("user").order_by("user_id"):
        if row.user.email.lower() == email.lower() and row.user.is_active:
            return row.user
    return None


def make_token(user) -> str:
    return signing.dumps({"u": user.pk, "e": user.email.lower()}, salt=SALT, compress=True)


def send_link(user, lang: str) -> None:
    """Queue the verification message in ``lang`` (Huey; the console backend prints it in development); the
    link starts with the public site address and the language's prefix."""
    from .tasks import send_email

    url = site_link("accounts:verify_email", lang=lang, args=[make_token(user)])
    with translation.override(lang):
        subject = _("sanat: confirm your e-mail address")
        body = "\n\n".join([
            _("Open this link to confirm that %(email)s is your address (it works for 3 days):") % {"email": user.email},
            url,
            _("Until you confirm it, training records and reminders sent to this address are not linked to your "
              "account.")])
    send_email(subject, body, user.email)
    record(user, "account.email.verification_sent", user)


def confirm(token: str, ip: str | None = None):
    """Verify the address in ``token``; returns the user, or ``None`` for a bad, expired or outdated link."""
    try:
        data = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    user = get_user_model().objects.filter(pk=data.get("u")).first()
    if user is None or not user.email or user.email.lower() != data.get("e"):
        return None
    VerifiedEmail.objects.update_or_create(user=user, defaults={"email": user.email.lower()})
    record(user, "account.email.verified", user, after={"email": user.email.lower()}, ip=ip)
    email_verified.send(sender=VerifiedEmail, user=user, email=user.email.lower())
    return user
