"""Writing outputs: atomic, never clobbering foreign files, byte-stable."""

from __future__ import annotations

import pytest

from framing.outputs import MANIFEST, OutputError, write_outputs


def test_outputs_rewrites_own_files_and_keeps_others(tmp_path):
    out = tmp_path / "out"
    write_outputs({"a.csv": b"1\n", "b.json": b"{}\n"}, out)
    (out / "notes.txt").write_text("mine")
    write_outputs({"a.csv": b"2\n", "b.json": b"{}\n"}, out)
    assert (out / "a.csv").read_bytes() == b"2\n"
    assert (out / "notes.txt").read_text() == "mine"
    assert MANIFEST in {p.name for p in out.iterdir()}
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_outputs_refuses_foreign_file_and_writes_nothing(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "b.json").write_text("user data")
    with pytest.raises(OutputError, match="refusing to overwrite b.json"):
        write_outputs({"a.csv": b"1\n", "b.json": b"{}\n"}, out)
    assert not (out / "a.csv").exists()
    assert (out / "b.json").read_text() == "user data"


def test_outputs_path_that_is_a_file(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    with pytest.raises(OutputError, match="not a directory"):
        write_outputs({"a.csv": b"1\n"}, target)
    with pytest.raises(OutputError, match="cannot create"):
        write_outputs({"a.csv": b"1\n"}, target / "sub")
