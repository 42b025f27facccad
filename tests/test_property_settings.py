"""The property tests' settings (conftest): hypothesis's default profile is ours, so a property test
that sets nothing of its own gets the generous deadline too (its own 200 ms failed
test_parser_pieces once at load ~10), and fuzz(n) keeps it while setting the count."""

from __future__ import annotations

from datetime import timedelta

from conftest import HYPOTHESIS_PROFILE, PROPERTY_DEADLINE_S, fuzz
from hypothesis import settings


def test_a_property_test_with_no_settings_of_its_own_has_the_generous_deadline() -> None:
    assert settings.default.deadline == timedelta(seconds=PROPERTY_DEADLINE_S)
    assert settings.get_profile(HYPOTHESIS_PROFILE).deadline == timedelta(seconds=PROPERTY_DEADLINE_S)


def test_fuzz_sets_the_count_and_keeps_the_deadline() -> None:
    chosen = fuzz(7)
    assert chosen.max_examples == 7
    assert chosen.deadline == timedelta(seconds=PROPERTY_DEADLINE_S)
