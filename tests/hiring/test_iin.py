import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanat.hiring import iin


def test_hand_computed_check_digit():
    # 9·1 + 0·2 + 0·3 + 1·4 + 0·5 + 1·6 + 3·7 + 0·8 + 0·9 + 0·10 + 1·11 = 51; 51 mod 11 = 7
    parsed = iin.parse("900101300017")
    assert parsed.birth_date == dt.date(1990, 1, 1)
    assert parsed.sex == "M"
    with pytest.raises(iin.InvalidIIN) as exc:
        iin.parse("900101300018")
    assert exc.value.code == "checksum"


def test_second_weights_used_when_first_sum_gives_ten():
    # Find an 11-digit prefix whose first weighted sum is 10 mod 11 and check the second pass decides.
    for serial in range(10000):
        first11 = f"8505154{serial:04d}"
        digits = [int(c) for c in first11]
        if sum(w * d for w, d in zip(range(1, 12), digits, strict=True)) % 11 == 10:
            second = sum(w * d for w, d in zip((3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), digits, strict=True)) % 11
            assert iin.check_digit(first11) == (None if second == 10 else second)
            if second != 10:
                assert iin.parse(first11 + str(second)).sex == "F"
            break
    else:
        pytest.fail("no prefix with a first sum of 10")


@pytest.mark.parametrize(("value", "code"), [
    ("12345", "format"), ("90010130001a", "format"), ("９００１０１３０００１７", "format"),
    ("900101700017", "century"), ("900101000017", "century"), ("901301300017", "date"), ("900230300017", "date"),
])
def test_rejections(value, code):
    with pytest.raises(iin.InvalidIIN) as exc:
        iin.parse(value)
    assert exc.value.code == code


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2099, 12, 31)), st.sampled_from("MF"),
       st.integers(0, 9999))
def test_make_parse_round_trip(born, sex, serial):
    value = iin.make(born, sex, serial)
    digit7 = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100] + (sex == "F")
    if value is None:
        assert iin.check_digit(f"{born:%y%m%d}{digit7}{serial:04d}") is None
        return
    parsed = iin.parse(value)
    assert (parsed.birth_date, parsed.sex) == (born, sex)
    assert int(value[6]) == digit7


@given(st.text(alphabet="0123456789", min_size=12, max_size=12), st.integers(0, 11), st.integers(1, 9))
def test_single_digit_change_is_caught(value, pos, delta):
    try:
        iin.parse(value)
    except iin.InvalidIIN:
        return
    changed = value[:pos] + str((int(value[pos]) + delta) % 10) + value[pos + 1:]
    with pytest.raises(iin.InvalidIIN):
        iin.parse(changed)


def test_mask_hides_serial():
    assert iin.mask("900101300017") == "900101••••17"
