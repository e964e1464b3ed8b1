"""The driver's two pieces of work at once: results, errors and a lost forked process."""

from __future__ import annotations

import os

import pytest

from framing.corpus.side_by_side import SideError, side_by_side


def test_the_first_runs_in_a_forked_process_and_the_second_here():
    here = os.getpid()
    there_pid, here_pid = side_by_side(os.getpid, os.getpid, parallel=True)
    assert here_pid == here and there_pid != here


def test_in_turn_both_run_here_and_give_the_same_results():
    table = {"a": [1, 2, 3]}
    assert side_by_side(lambda: sum(table["a"]), lambda: len(table), parallel=False) == (6, 1)
    assert side_by_side(lambda: sum(table["a"]), lambda: len(table), parallel=True) == (6, 1)  # read, not sent


def test_an_error_in_the_forked_process_is_raised_here_with_its_type():
    def fails():
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as caught:
        side_by_side(fails, lambda: None, parallel=True)
    assert caught.value.errno == 28


def test_a_forked_process_that_dies_is_an_error_not_a_wait():
    with pytest.raises(SideError, match="exit code 3"):
        side_by_side(lambda: os._exit(3), lambda: "here", parallel=True)


def test_an_error_here_stops_the_forked_process(tmp_path):
    marker = tmp_path / "late"

    def slow():
        import time

        time.sleep(5)
        marker.write_text("written after the error")

    def fails():
        raise ValueError("here")

    with pytest.raises(ValueError, match="here"):
        side_by_side(slow, fails, parallel=True)
    import time

    time.sleep(0.2)
    assert not marker.exists()
