"""Log-in limit: per account + client address, per address, with normalised user names.

- The user name is normalised (NFKC, then case folding) before it is counted *and* before it is
  authenticated, so ``ｖictim`` or ``VICTIM`` is the same account with the same count as ``victim``.
- Each attempt is reserved atomically before the password is checked (``sanat.ops.ratelimit.take``);
  a successful log-in gives its reservation back.
- Counting is per (account, address) and per address: a stranger cannot lock a named account (their
  failures count against their own address) nor the whole site. The address is ``client_ip`` with the
  trusted-proxy rule (``SANAT_TRUSTED_PROXIES``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata

from sanat.ops import ratelimit

LOGIN_WINDOW = dt.timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 5
MAX_FAILURES_PER_ADDRESS = 20


def normalise_username(username: str) -> str:
    """NFKC + case fold + trimmed: the one form used for counting and for looking the account up."""
    return unicodedata.normalize("NFKC", username or "").casefold().strip()


def stored_username(typed: str) -> str:
    """The stored user name whose normalised form equals the typed one's (else the NFKC form typed)."""
    from django.contrib.auth import get_user_model

    wanted = normalise_username(typed)
    nfkc = unicodedata.normalize("NFKC", typed or "").strip()
    for name in get_user_model().objects.filter(username__iexact=nfkc).values_list("username", flat=True)[:5]:
        if normalise_username(name) == wanted:
            return name
    return nfkc


def _keys(username: str, ip: str | None) -> tuple[str, str]:
    name = hashlib.sha256(normalise_username(username).encode()).hexdigest()[:32]
    return f"login:{name}:{ip or '-'}", f"login-ip:{ip or '-'}"


def reserve(username: str, ip: str | None) -> bool:
    """Take one attempt for this account+address and this address; False (nothing taken) when over a limit."""
    pair, addr = _keys(username, ip)
    if not ratelimit.take(addr, MAX_FAILURES_PER_ADDRESS, LOGIN_WINDOW):
        return False
    if not ratelimit.take(pair, MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS, LOGIN_WINDOW):
        ratelimit.give_back(addr)
        return False
    return True


def succeeded(username: str, ip: str | None) -> None:
    """A correct password: the attempt was not a failure (both reservations are returned)."""
    pair, addr = _keys(username, ip)
    ratelimit.reset(pair)
    ratelimit.give_back(addr)
