"""The secretary's IIN check is limited per application per day: the full IIN is no longer recoverable by
trying the ~199 values its checksum and birth date leave (before: unlimited tries)."""

from __future__ import annotations

import pytest

from sanat.accounts.models import AuditEvent
from sanat.hiring.services import applications
from sanat.hiring.services.errors import HiringError

from .conftest import apply_as, valid_iin


def test_iin_checks_stop_after_the_daily_limit(world):
    app = apply_as(world.cand, world.comp, [world.math])
    wrong = [valid_iin(start=5000 + i * 7) for i in range(applications.IIN_CHECKS_PER_APPLICATION_PER_DAY)]
    for value in wrong:
        assert applications.verify_iin(world.secretary, app, value) is False
    right = valid_iin(start=world.cand.pk * 10)
    with pytest.raises(HiringError, match="Too many IIN checks"):
        applications.verify_iin(world.secretary, app, right)      # even the right value is not confirmed now
    assert AuditEvent.objects.filter(action="application.iin_check_refused").count() == 1
    assert AuditEvent.objects.filter(action="application.iin_checked").count() == len(wrong)


def test_the_limit_is_per_application(world):
    a = apply_as(world.cand, world.comp, [world.math])
    b = apply_as(world.cand2, world.comp, [world.math])
    for i in range(applications.IIN_CHECKS_PER_APPLICATION_PER_DAY):
        applications.verify_iin(world.secretary, a, valid_iin(start=7000 + i * 7))
    assert applications.verify_iin(world.secretary, b, valid_iin(start=world.cand2.pk * 10)) is True
