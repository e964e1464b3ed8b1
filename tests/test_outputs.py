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


# --- all-or-nothing sets -----------------------------------------------------------------------------

import os
import signal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing.outputs.writer as writer
from framing.outputs import check_out_dir, previously_written

OLD = {"article.txt": b"old text\n", "segments.csv": b"start,end\n0,3\n", "report.pdf": b"%PDF old"}
NEW = {"article.txt": b"new text!\n", "segments.csv": b"start,end\n0,4\n"}


def _state(directory):
    return {p.name: p.read_bytes() for p in directory.iterdir()}


def _only_sets(directory):
    names = {p.name for p in directory.iterdir()}
    assert not [n for n in names if n.startswith((".framing-tmp-", ".framing-old-"))], names
    return names


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fail_at=st.integers(min_value=0, max_value=2), error=st.sampled_from(["disk full", "interrupt"]))
def test_outputs_failure_while_staging_leaves_the_old_set(tmp_path_factory, fail_at, error):
    out = tmp_path_factory.mktemp("run") / "out"
    write_outputs(OLD, out)
    before = _state(out)
    real_stage, calls = writer._stage, []

    def failing_stage(directory, name, payload):
        calls.append(name)
        if len(calls) > fail_at:
            raise OSError(28, "No space left on device") if error == "disk full" else KeyboardInterrupt()
        return real_stage(directory, name, payload)

    writer._stage = failing_stage
    try:
        with pytest.raises(OutputError if error == "disk full" else KeyboardInterrupt):
            write_outputs(NEW, out)
    finally:
        writer._stage = real_stage
    _only_sets(out)
    assert _state(out) == before
    write_outputs(NEW, out)  # and the folder is still ours: the next run goes in
    assert (out / "article.txt").read_bytes() == NEW["article.txt"]


def test_outputs_failure_in_a_new_directory_leaves_no_directory(tmp_path, monkeypatch):
    def full(directory, name, payload):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer, "_stage", full)
    with pytest.raises(OutputError, match=r"No space left on device\); nothing was changed"):
        write_outputs(NEW, tmp_path / "fresh")
    assert not (tmp_path / "fresh").exists()


@pytest.mark.parametrize("fail_at", [0, 1, 2])
def test_outputs_failing_rename_puts_the_old_set_back(tmp_path, monkeypatch, fail_at):
    out = tmp_path / "out"
    write_outputs(OLD, out)
    before = _state(out)
    real_replace, calls = os.replace, []

    def failing_replace(src, dst):
        if ".framing-tmp-" in str(src):
            calls.append(dst)
            if len(calls) > fail_at:
                raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(writer.os, "replace", failing_replace)
    with pytest.raises(OutputError):
        write_outputs(NEW, out)
    monkeypatch.setattr(writer.os, "replace", real_replace)
    _only_sets(out)
    assert _state(out) == before


def test_outputs_interrupt_during_the_commit_arrives_after_the_new_set(tmp_path, monkeypatch):
    out = tmp_path / "out"
    write_outputs(OLD, out)
    real_replace, sent = os.replace, []

    def replace_then_interrupt(src, dst):
        if not sent:
            sent.append(True)
            os.kill(os.getpid(), signal.SIGINT)  # held back until the set is in place
        return real_replace(src, dst)

    monkeypatch.setattr(writer.os, "replace", replace_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_outputs(NEW, out)
    monkeypatch.setattr(writer.os, "replace", real_replace)
    assert _only_sets(out) == {*NEW, MANIFEST}
    assert all((out / n).read_bytes() == b for n, b in NEW.items())


def test_outputs_files_of_the_previous_run_not_rewritten_are_removed(tmp_path):
    out = tmp_path / "out"
    write_outputs(OLD, out)
    (out / "notes.txt").write_text("mine")
    written = write_outputs(NEW, out)
    assert written.removed == ("report.pdf",)
    assert _only_sets(out) == {*NEW, MANIFEST, "notes.txt"}
    assert previously_written(out) == set(NEW)


def test_outputs_leftovers_of_a_killed_run_are_cleared(tmp_path):
    out = tmp_path / "out"
    write_outputs(OLD, out)
    (out / ".framing-tmp-article.txt.abc123").write_bytes(b"half")
    write_outputs(NEW, out)
    _only_sets(out)


@pytest.mark.parametrize("case", ["file", "foreign", "dir-named-like-output", "parent-is-file"])
def test_outputs_check_out_dir_refuses_before_any_work(tmp_path, case):
    target = tmp_path / "out"
    if case == "file":
        target.write_text("x")
    elif case == "foreign":
        target.mkdir()
        (target / "segments.csv").write_text("mine")
    elif case == "dir-named-like-output":
        target.mkdir()
        (target / "report.html").mkdir()
    else:
        (tmp_path / "parent").write_text("x")
        target = tmp_path / "parent" / "out"
    with pytest.raises(OutputError):
        check_out_dir(target, ["segments.csv", "report.html"])


def test_csv_bytes_format_floats_as_pandas_float_format_does() -> None:
    import numpy as np
    import pandas as pd

    from framing.outputs.formats import csv_bytes

    frame = pd.DataFrame({
        "x": [1.0, np.nan, -0.0, 1e-7, 123456789.0, float("inf")],
        "nullable": pd.array([1.5, None, 2.0, 0.1, None, 3.0], dtype="Float64"),
        "text": ["a", "b,c", 'q"', "", None, "t"], "n": [1, 2, 3, 4, 5, 6], "flag": [True, False] * 3,
        "mixed": [1, 2.5, "x", None, float("nan"), True], "nullable_int": pd.array([1, None, 3, 4, 5, 6], dtype="Int64"),
        "breaks": ["a\nb", " lead", "tail ", "x\ry", "", "é"],
        "strings": pd.array(["a", None, "b,c", "", "é", 'q"'], dtype="str"), "small": np.array([1, -2, 3, 0, 7, 9], dtype=np.int8),
        "unsigned": np.array([1, 2, 3, 4, 5, 2**63], dtype=np.uint64),
    })
    import decimal

    others = [  # left to pandas: dates, decimals, NumPy scalars in an object column, names that are not strings, sparse
        pd.DataFrame({"a": [pd.NaT, pd.Timestamp("2020-01-01")], "b": [np.float32("nan"), 1.0]}),
        pd.DataFrame({"a": [decimal.Decimal("NaN"), 1]}),
        pd.DataFrame({0.0: [1.5], 1: [2]}),
        pd.DataFrame({"o": np.array([np.float64(1.25), np.int64(3)], dtype=object)}),
        pd.DataFrame({"x": pd.arrays.SparseArray([1.5, np.nan])}),
    ]
    for table in (frame, frame.iloc[:0], *others):
        assert csv_bytes(table) == table.to_csv(index=False, lineterminator="\n", float_format="%.6g").encode("utf-8")
    for rows_at_once in (1, 4, 5):  # slices of rows give the bytes of the whole table at once
        assert csv_bytes(frame, rows_at_once=rows_at_once) == csv_bytes(frame)
    late = pd.DataFrame({"o": np.array(["a", "b", "c", np.float64(1.25)], dtype=object)})  # found in the last slice
    assert csv_bytes(late, rows_at_once=2) == late.to_csv(index=False, lineterminator="\n", float_format="%.6g").encode("utf-8")


def test_write_csv_writes_the_bytes_of_csv_bytes_into_a_file(tmp_path) -> None:
    import numpy as np
    import pandas as pd

    from framing.outputs.formats import csv_bytes, write_csv

    plain = pd.DataFrame({"unit": ["a", "b", "c"], "z": [1.5, None, -2.0]})
    late = pd.DataFrame({"o": np.array(["a", "b", "c", np.float64(1.25)], dtype=object)})  # left to pandas midway
    for table in (plain, late):
        path = tmp_path / "table.csv"
        with path.open("wb") as handle:
            write_csv(table, handle, rows_at_once=2)
        assert path.read_bytes() == csv_bytes(table)


def test_write_file_writes_through_a_symbolic_link(tmp_path):
    target = tmp_path / "real" / "config.yaml"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    writer.write_file(link, b"new", force=True)
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"


def test_an_output_folder_name_too_long_is_refused_before_any_folder_is_made(tmp_path):
    directory = tmp_path / "new" / "deep" / ("x" * 300)
    with pytest.raises(OutputError, match="longer than the 255 bytes"):
        check_out_dir(directory, ["report.html"])
    assert not (tmp_path / "new").exists()


def test_an_output_folder_name_too_long_under_an_existing_folder_is_refused(tmp_path):
    with pytest.raises(OutputError, match="longer than the 255 bytes"):
        check_out_dir(tmp_path / ("x" * 300), ["report.html"])


def test_write_file_replaces_a_dangling_link_instead_of_following_it(tmp_path):
    elsewhere = tmp_path / "elsewhere" / "victim.html"
    elsewhere.parent.mkdir()
    link = tmp_path / "out" / "report.html"
    link.parent.mkdir()
    link.symlink_to(elsewhere)
    writer.write_file(link, b"new")
    assert not elsewhere.exists() and not link.is_symlink() and link.read_bytes() == b"new"


def test_an_aborted_set_removes_a_staged_file_it_had_not_registered_yet(tmp_path):
    # a signal between a staged file's creation and its registration: the locked folder's leftovers are removed too
    out = tmp_path / "out"
    with pytest.raises(RuntimeError):
        with writer.OutputSet(out, ["a.csv"]) as output:
            (out / ".framing-tmp-a.csv.unregistered").write_bytes(b"half")
            output.add("a.csv", b"x")
            raise RuntimeError("interrupted")
    assert not out.exists() or not any(p.name.startswith(".framing-") for p in out.iterdir())
