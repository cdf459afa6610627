"""The quorum of a competition's commission: how many locked score sheets a candidate needs.

Below both ``competitions`` (the life cycle checks it before scoring is closed) and ``scoring`` (the
ranking applies it), so neither has to import the other for it.
"""

from __future__ import annotations

import math

from ..models import Competition


def effective_quorum(comp: Competition) -> int:
    """Locked sheets a candidate needs: the competition's value, else ⌈2/3⌉ of the voting members."""
    voting = sum(1 for m in comp.commission.all() if m.votes)
    return comp.quorum or max(1, math.ceil(voting * 2 / 3))
