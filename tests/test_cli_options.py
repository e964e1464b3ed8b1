"""The option checks typer cannot express (framing/cli_options.py)."""

from __future__ import annotations

import pytest
import typer

from framing.cli_options import _column, _directory, _inputs, _scheduler


@pytest.mark.parametrize("given, kept", [("127.0.0.1:8786", "127.0.0.1:8786"), (" tcp://host:1 ", "tcp://host:1"),
                                         ("[::1]:8786", "[::1]:8786"), (None, None)])
def test_a_scheduler_address_is_host_and_port(given, kept):
    assert _scheduler(given) == kept


@pytest.mark.parametrize("given", ["", "host", "host:0", "host:65536", "http://host:80/path"])
def test_a_scheduler_address_that_is_none_is_refused(given):
    with pytest.raises(typer.BadParameter):
        _scheduler(given)


@pytest.mark.parametrize("check", [_directory, _column])
def test_an_empty_folder_or_column_name_is_refused(check):
    with pytest.raises(typer.BadParameter):
        check("  ")
    assert check("x") == "x" and check(None) is None


def test_what_a_command_reads_includes_the_config_it_would_find():
    assert _inputs("a.txt", config=None) == ["a.txt", "config.yaml"]
