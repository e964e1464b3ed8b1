"""The command line: one-line errors with exit 2, nothing written on failure, thin commands."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from framing.cli import app, main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "muscat-talks-2026-02-06.ar.txt"


def run(capsys, *args):
    with pytest.raises(SystemExit) as exc:
        main([*args])
    captured = capsys.readouterr()
    return exc.value.code, captured.out, captured.err


def _one_error_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture()
def short_article(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("وذكرت «وول ستريت جورنال» أن طهران تمسكت برفضها.\nوأضافت الصحيفة أن الجولة المقبلة قريبة.\n", encoding="utf-8")
    return path


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\t\n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    nul = tmp_path / "nul.txt"
    nul.write_bytes("نص عربي".encode() + b"\x00\x00" + b"more")
    archive = tmp_path / "a.zip"
    archive.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    no_body = tmp_path / "menu.html"
    no_body.write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>", encoding="utf-8")
    return {"missing": tmp_path / "nope.txt", "directory": tmp_path, "empty": empty, "blank": blank, "binary": binary,
            "nul": nul, "zip": archive, "html-without-article": no_body}


@pytest.mark.parametrize("case", ["missing", "directory", "empty", "blank", "binary", "nul", "zip", "html-without-article"])
def test_cli_bad_input_one_line_exit_2_nothing_written(capsys, tmp_path, case):
    source = _bad_inputs(tmp_path)[case]
    out_dir = tmp_path / "out"
    code, _out, err = run(capsys, "analyze", str(source), "--out", str(out_dir), "--no-pdf")
    assert code == 2
    line = _one_error_line(err)
    assert line.startswith("framing: error:")
    assert not out_dir.exists()


@pytest.mark.parametrize(
    "config_text, key",
    [
        ("outlets: [\n", "yaml"),
        ("version: 1\nbogus: 3\n", "bogus"),
    ],
)
def test_cli_invalid_config_names_key_and_line(capsys, tmp_path, short_article, config_text, key):
    config = tmp_path / "bad.yaml"
    config.write_text(config_text, encoding="utf-8")
    code, _out, err = run(capsys, "analyze", str(short_article), "--config", str(config), "--out", str(tmp_path / "o"))
    assert code == 2
    line = _one_error_line(err)
    assert key in line and re.search(r"bad\.yaml:\d+", line)
    assert not (tmp_path / "o").exists()


def test_cli_missing_outlet_id_is_config_error(capsys, tmp_path, short_article):
    text = (ROOT / "config.yaml").read_text(encoding="utf-8").replace("  - id: irna\n", "  - \n", 1)
    config = tmp_path / "c.yaml"
    config.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, "analyze", str(short_article), "--config", str(config))
    assert code == 2
    assert "outlets[0].id" in _one_error_line(err)


def test_cli_analyze_writes_outputs_and_prints_table(capsys, tmp_path, short_article):
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "analyze", str(short_article), "--out", str(out_dir), "--no-pdf")
    assert code in (0, None), err
    for name in ("segments.csv", "analysis.json", "article.txt", "keywords.csv", "frames.csv", "frame_hits.csv",
                 "similarity.csv", "report.html"):
        assert (out_dir / name).is_file(), name
    assert "Wall Street" in out and "passages" in out and "leading frame" in out
    assert out.strip().splitlines()[-1].endswith(str(out_dir / "report.html"))


def test_cli_refuses_to_clobber_foreign_files(capsys, tmp_path, short_article):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    mine = out_dir / "report.html"
    mine.write_text("my own notes")
    code, _out, err = run(capsys, "analyze", str(short_article), "--out", str(out_dir), "--no-pdf")
    assert code == 2 and "refusing to overwrite" in _one_error_line(err)
    assert mine.read_text() == "my own notes"


def test_cli_out_is_a_file(capsys, tmp_path, short_article):
    target = tmp_path / "file"
    target.write_text("x")
    code, _out, err = run(capsys, "analyze", str(short_article), "--out", str(target), "--no-pdf")
    assert code == 2 and "not a directory" in _one_error_line(err)
    assert target.read_text() == "x"


def test_cli_internal_error_exit_1_with_hint(capsys, monkeypatch, short_article, tmp_path):
    import framing.pipeline

    def boom(*args, **kwargs):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr(framing.pipeline, "analyze", boom)
    code, _out, err = run(capsys, "analyze", str(short_article), "--out", str(tmp_path / "o"), "--no-pdf")
    assert code == 1
    assert "--debug" in _one_error_line(err)


def test_cli_every_command_has_help_and_example():
    import typer.main

    group = typer.main.get_command(app)
    commands = []
    for name, command in group.commands.items():
        sub = getattr(command, "commands", None)
        commands += [(f"{name} {n}", c) for n, c in sub.items()] if sub else [(name, command)]
    assert len(commands) >= 6
    for name, command in commands:
        assert "Example:" in (command.help or ""), name


def test_cli_readme_opens_with_the_two_commands_and_ci_runs_the_second():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash)\n(.*?)```", readme, flags=re.S)
    assert len(blocks) >= 2
    setup_run, setup_test = blocks[0].strip(), blocks[1].strip()
    assert "framing analyze seeds/muscat-talks-2026-02-06.ar.txt" in setup_run
    assert "pytest" in setup_test
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci == setup_test


def test_cli_console_script_runs():
    result = subprocess.run([sys.executable, "-m", "framing.cli", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "analyze" in result.stdout


def test_cli_file_over_the_size_limit(capsys, tmp_path, short_article):
    config = tmp_path / "small.yaml"
    config.write_text((ROOT / "config.yaml").read_text(encoding="utf-8").replace("max_bytes: 5000000", "max_bytes: 20"),
                      encoding="utf-8")
    code, _out, err = run(capsys, "analyze", str(short_article), "--config", str(config), "--out", str(tmp_path / "o"))
    assert code == 2 and "max_bytes" in _one_error_line(err)
    assert not (tmp_path / "o").exists()


def test_cli_reads_standard_input(capsys, monkeypatch, tmp_path):
    import io

    payload = "وذكرت «وول ستريت جورنال» أن الجولة انتهت.\n".encode("cp1256")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(payload)))
    code, out, err = run(capsys, "analyze", "-", "--out", str(tmp_path / "o"), "--no-pdf")
    assert code == 0, err
    assert (tmp_path / "o" / "article.txt").read_text(encoding="utf-8") == "وذكرت «وول ستريت جورنال» أن الجولة انتهت.\n"


def test_cli_config_check_lists_every_problem(capsys, tmp_path):
    config = tmp_path / "c.yaml"
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    text = text.replace("  - id: nournews\n", "  - id: irna\n", 1).replace("version: 1", "version: 1\nbogus: true", 1)
    config.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, "config", "check", str(config))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) >= 2 and any("duplicate outlet id" in l for l in lines) and any("bogus" in l for l in lines)


def test_cli_config_init_refuses_to_overwrite(capsys, tmp_path):
    target = tmp_path / "config.yaml"
    assert run(capsys, "config", "init", str(target))[0] == 0
    target.write_text("mine")
    code, _out, err = run(capsys, "config", "init", str(target))
    assert code == 2 and target.read_text() == "mine"
    assert run(capsys, "config", "init", str(target), "--force")[0] == 0
    assert target.read_bytes() == (ROOT / "config.yaml").read_bytes()


def test_cli_lexicon_show_and_kwic(capsys):
    code, out, _err = run(capsys, "lexicon", "show", "--article", str(SEED), "--config", str(ROOT / "config.yaml"))
    assert code == 0 and "diplomacy" in out and "(unused)" in out
    code, out, _err = run(capsys, "lexicon", "kwic", "مفاوضات", str(SEED), "--config", str(ROOT / "config.yaml"))
    assert code == 0 and "[المفاوضات]" in out and "match(es)" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (["analyze"], "Missing argument"),
        (["analyze", "x.txt", "--bogus"], "No such option: --bogus"),
        (["no-such-command"], "No such command"),
        (["lexicon", "kwic", "x", "f.txt", "--width", "abc"], "Invalid value for '--width'"),
        (["config", "check", "a", "b"], "unexpected extra argument"),
    ],
)
def test_cli_usage_errors_exit_2_with_the_usage_line(capsys, args, message):
    code, _out, err = run(capsys, *args)
    assert code == 2
    assert err.startswith("Usage: framing") and message in err and "internal error" not in err


def test_cli_version_and_debug_are_documented(capsys):
    code, out, _err = run(capsys, "--version")
    assert code == 0 and re.fullmatch(r"framing \d+\.\d+\.\d+\S*\n", out)
    code, out, _err = run(capsys, "--help")
    assert code == 0 and "--debug" in out and "--version" in out
    code, out, _err = run(capsys, "analyze", "--help")
    assert code == 0 and "--debug" in out and "--open" in out and "--verbose" in out


def test_cli_interrupt_prints_one_line_and_exits_130(capsys, monkeypatch, short_article, tmp_path):
    import framing.pipeline

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(framing.pipeline, "analyze", interrupted)
    code, _out, err = run(capsys, "analyze", str(short_article), "--out", str(tmp_path / "o"), "--no-pdf")
    assert code == 130
    assert "interrupted" in _one_error_line(err)
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("case", ["file", "foreign", "parent-is-file"])
def test_cli_unusable_out_is_reported_before_the_analysis(capsys, monkeypatch, short_article, tmp_path, case):
    import framing.pipeline

    def must_not_run(*args, **kwargs):
        raise AssertionError("the analysis ran before --out was checked")

    monkeypatch.setattr(framing.pipeline, "analyze", must_not_run)
    target = tmp_path / "out"
    if case == "file":
        target.write_text("x")
    elif case == "foreign":
        target.mkdir()
        (target / "analysis.json").write_text("{}")
    else:
        (tmp_path / "p").write_text("x")
        target = tmp_path / "p" / "out"
    code, _out, err = run(capsys, "analyze", str(short_article), "--out", str(target), "--no-pdf")
    assert code == 2 and _one_error_line(err).startswith("framing: error:")


def test_cli_unreadable_config_is_an_error_not_an_internal_error(capsys, tmp_path, short_article):
    config = tmp_path / "c.yaml"
    config.write_bytes(b"\xff\xfe\x00bad")
    code, _out, err = run(capsys, "analyze", str(short_article), "--config", str(config), "--out", str(tmp_path / "o"))
    assert code == 2 and _one_error_line(err).startswith("framing: error:")


def test_cli_open_opens_the_report(capsys, monkeypatch, short_article, tmp_path):
    opened = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url))
    code, _out, err = run(capsys, "analyze", str(short_article), "--out", str(tmp_path / "o"), "--no-pdf", "--open")
    assert code == 0, err
    assert opened == [(tmp_path / "o" / "report.html").resolve().as_uri()]


def test_cli_verbose_lists_every_speaker(capsys, short_article, tmp_path):
    code, out, _err = run(capsys, "analyze", str(short_article), "--out", str(tmp_path / "o"), "--no-pdf", "--verbose")
    assert code == 0 and "every speaker" in out and "speaker" in out.split("every speaker")[1]


def test_cli_no_pdf_rerun_removes_the_previous_pdf(capsys, monkeypatch, short_article, tmp_path):

    monkeypatch.setattr("framing.report.render_pdf", lambda html: b"%PDF-1.7 stand-in")
    out_dir = tmp_path / "o"
    assert run(capsys, "analyze", str(short_article), "--out", str(out_dir))[0] == 0
    assert (out_dir / "report.pdf").is_file()
    assert run(capsys, "analyze", str(short_article), "--out", str(out_dir), "--no-pdf")[0] == 0
    assert not (out_dir / "report.pdf").exists()


def test_cli_annotate_and_evaluate_never_write_over_an_input_even_with_force(capsys, short_article, tmp_path, monkeypatch):
    import framing.pipeline

    def no_analysis(*args, **kwargs):  # the target is checked before any analysis
        raise AssertionError("analysed before checking --out")

    before = short_article.read_bytes()
    monkeypatch.setattr(framing.pipeline, "annotate_file", no_analysis)
    code, _out, err = run(capsys, "annotate", str(short_article), "--out", str(short_article), "--force")
    assert code == 2 and "is an input of this run" in _one_error_line(err)
    gold = tmp_path / "gold.csv"
    gold.write_text("start,end,outlet\n0,5,wsj\n", encoding="utf-8")
    monkeypatch.setattr(framing.pipeline, "evaluate_file", no_analysis)
    code, _out, err = run(capsys, "evaluate", str(short_article), str(gold), "--html", str(gold), "--force")
    assert code == 2 and "is an input of this run" in _one_error_line(err)
    assert short_article.read_bytes() == before and gold.read_text(encoding="utf-8").startswith("start")


@pytest.mark.parametrize("command", ["analyze", "corpus"])
def test_cli_an_empty_out_is_a_usage_error_not_the_current_folder(capsys, short_article, command):
    code, _out, err = run(capsys, command, str(short_article), "--out", "", "--no-pdf")
    assert code == 2 and "is empty" in err


def test_cli_annotate_and_evaluate_never_write_over_the_config_they_load(capsys, short_article, tmp_path, monkeypatch):
    import framing.pipeline

    config = tmp_path / "c.yaml"
    config.write_bytes((ROOT / "config.yaml").read_bytes())
    monkeypatch.setattr(framing.pipeline, "annotate_file", lambda *a, **k: pytest.fail("analysed before checking --out"))
    code, _out, err = run(capsys, "annotate", str(short_article), "--out", str(config), "--force", "-c", str(config))
    assert code == 2 and "is an input of this run" in _one_error_line(err)
    monkeypatch.chdir(tmp_path)  # no --config: the ./config.yaml that loading finds is an input too
    (tmp_path / "config.yaml").write_bytes(config.read_bytes())
    code, _out, err = run(capsys, "annotate", str(short_article), "--out", "config.yaml", "--force")
    assert code == 2 and "is an input of this run" in _one_error_line(err)
    assert (tmp_path / "config.yaml").read_bytes() == (ROOT / "config.yaml").read_bytes()


@pytest.mark.parametrize("address", ["not a url", "tcp://127.0.0.1", "foo://host:8786", "", "tcp://h:99999"])
def test_cli_a_malformed_scheduler_address_is_a_usage_error(capsys, short_article, tmp_path, address):
    code, _out, err = run(capsys, "corpus", str(short_article), "--out", str(tmp_path / "o"), "--scheduler", address)
    assert code == 2 and "is not a scheduler address" in err and "Traceback" not in err
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("option", ["--text-column", "--id-column", "--date-column", "--url-column", "--title-column"])
def test_cli_an_empty_column_name_is_a_usage_error(capsys, short_article, tmp_path, option):
    code, _out, err = run(capsys, "corpus", str(short_article), "--out", str(tmp_path / "o"), option, " ")
    assert code == 2 and "is empty" in err


def test_cli_sigterm_ends_the_run_like_ctrl_c_and_leaves_no_staged_file(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(60):
        (folder / f"a{n}.txt").write_bytes(SEED.read_bytes() + f"\n{n}\n".encode())
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-c", "from framing.cli import main; main()", "corpus", str(folder),
                             "--out", str(out), "--no-pdf", "-j", "1", "--no-cache"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path)
    deadline = time.monotonic() + 60
    while not (out.is_dir() and any(p.name.startswith(".framing-tmp-") for p in out.iterdir())):
        assert proc.poll() is None and time.monotonic() < deadline, "the run ended before it was stopped"
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=60)
    # (a signal that lands inside a finalizer is swallowed by Python and the run completes: then its outputs are whole)
    assert (proc.returncode == 128 + signal.SIGTERM and b"interrupted" in err) or \
        (proc.returncode == 0 and (out / "report.html").is_file()), (proc.returncode, err[-500:])
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".framing-")] if out.exists() else []
    assert leftovers in ([], [".framing-manifest.json"])


def test_cli_analyze_never_writes_over_its_own_article_in_out(capsys, short_article, tmp_path):
    out = tmp_path / "o"
    assert run(capsys, "analyze", str(short_article), "--out", str(out), "--no-pdf")[0] == 0
    before = (out / "article.txt").read_bytes()
    code, _out, err = run(capsys, "analyze", str(out / "article.txt"), "--out", str(out), "--no-pdf")
    assert code == 2 and "would replace or remove it" in _one_error_line(err)
    assert (out / "article.txt").read_bytes() == before


def test_cli_jobs_beyond_the_limit_is_a_usage_error(capsys, short_article, tmp_path):
    for jobs in ("100000", "99999999999999999999"):
        code, _out, err = run(capsys, "corpus", str(short_article), "--out", str(tmp_path / "o"), "--jobs", jobs)
        assert code == 2 and "--jobs" in err and "Traceback" not in err


def test_cli_a_port_that_answers_but_is_no_scheduler_is_an_engine_error():
    import socket

    from framing.corpus.engine import EngineError, _probe

    with socket.socket() as server:  # accepts, never greets: Dask's own handshake would wait for ever
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with pytest.raises(EngineError, match="not as a Dask scheduler"):
            _probe(f"127.0.0.1:{server.getsockname()[1]}", seconds=0.5)


def test_cli_config_init_writes_whole_files_and_refuses_a_pipe(capsys, tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.yaml")
    code, _out, err = run(capsys, "config", "init", str(tmp_path / "pipe.yaml"), "--force")
    assert code == 2 and "not a file name" in _one_error_line(err)
    assert run(capsys, "config", "init", str(tmp_path / "c.yaml"))[0] == 0
    assert (tmp_path / "c.yaml").read_bytes() == (ROOT / "config.yaml").read_bytes()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".framing-")]


def test_cli_report_pdf_false_in_the_config_is_honoured(capsys, short_article, tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text((ROOT / "config.yaml").read_text(encoding="utf-8").replace("  pdf: true", "  pdf: false", 1),
                      encoding="utf-8")
    assert "  pdf: false" in config.read_text(encoding="utf-8")
    assert run(capsys, "analyze", str(short_article), "--out", str(tmp_path / "o"), "-c", str(config))[0] == 0
    assert (tmp_path / "o" / "report.html").exists() and not (tmp_path / "o" / "report.pdf").exists()


def test_cli_standard_input_closed_and_a_full_standard_output_are_one_line_errors(tmp_path):
    import os
    import subprocess
    import sys

    closed = subprocess.run([sys.executable, "-m", "framing.cli", "analyze", "-", "--out", str(tmp_path / "o")],
                            capture_output=True, text=True, cwd=tmp_path, preexec_fn=lambda: os.close(0))
    assert closed.returncode == 2 and "standard input is closed" in closed.stderr
    with open("/dev/full", "w") as full:
        schema = subprocess.run([sys.executable, "-m", "framing.cli", "config", "schema"], stdout=full,
                                stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    assert schema.returncode == 2 and "cannot write to standard output" in schema.stderr
    assert len(schema.stderr.strip().splitlines()) == 1


def test_cli_a_reader_that_stops_reading_ends_the_run_quietly(tmp_path):
    import subprocess
    import sys

    # `framing config schema | head -c 10`: the pipe closes under the long JSON; the files (none here) stay
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    schema = subprocess.run([sys.executable, "-m", "framing.cli", "config", "schema"], stdout=reader.stdin,
                            stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    reader.stdin.close()
    reader.wait()
    assert schema.returncode == 0 and schema.stderr == ""


def test_cli_watching_standard_input_is_a_usage_error(capsys, tmp_path):
    code, _out, err = run(capsys, "analyze", "-", "--watch", "--out", str(tmp_path / "o"))
    assert code == 2 and "cannot watch standard input" in err


def test_cli_a_local_dask_cluster_that_cannot_start_is_an_engine_error(monkeypatch):
    import distributed

    from framing.corpus.engine import EngineError, executor

    def refuse(*_args, **_kwargs):
        raise RuntimeError("Cluster failed to start: Timed out trying to connect\nmore detail")

    monkeypatch.setattr(distributed, "LocalCluster", refuse)
    with pytest.raises(EngineError, match="could not start .*Timed out"):
        with executor("dask", jobs=1, scheduler=None):
            pass


def test_cli_a_closed_standard_output_is_an_error(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdout", None)
    code, _out, err = run(capsys, "--version")
    assert code == 2 and "standard output is closed" in _one_error_line(err)


def test_cli_control_characters_in_a_file_name_are_shown_escaped(capsys, tmp_path):
    name = str(tmp_path / "missing\nfile\x1b[31m.txt")
    code, _out, err = run(capsys, "analyze", name, "--out", str(tmp_path / "o"))
    line = _one_error_line(err)
    assert code == 2 and "missing\\nfile\\x1b[31m.txt" in line and "\x1b" not in err


@pytest.mark.parametrize("columns, width", [("0", 40), ("1", 40), ("abc", 80), ("120", 120)])
def test_cli_an_unusable_terminal_width_still_prints(monkeypatch, columns, width):
    from framing.console import _width

    monkeypatch.setenv("COLUMNS", columns)
    assert _width() == width


def test_cli_control_characters_in_a_config_name_are_shown_escaped(capsys, short_article, tmp_path):
    code, _out, err = run(capsys, "analyze", str(short_article), "--config", str(tmp_path / "missing\x1b[31m.yaml"),
                          "--out", str(tmp_path / "o"))
    assert code == 2 and "\x1b" not in err and "\\x1b[31m" in _one_error_line(err)


@pytest.mark.parametrize(("args", "said"), [
    (("analyze", ""), "is empty; name a file"),  # an unset shell variable: not the current folder
    (("evaluate", str(SEED), ""), "is empty; name a file"),
    (("lexicon", "kwic", "talks", ""), "is empty; name a file"),
    (("annotate", str(SEED), "--out", "-"), "a file named '-'"),
    (("lexicon", "show", "--all"), "give --article too"),
])
def test_cli_empty_paths_a_dash_to_write_and_all_without_article_are_usage_errors(capsys, tmp_path, monkeypatch, args, said):
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, *args)
    assert code == 2 and said in err
    assert not list(tmp_path.iterdir())  # nothing written


def test_cli_analyze_publisher_known_and_unknown(capsys, tmp_path, short_article):
    code, _out, err = run(capsys, "analyze", str(short_article), "--out", str(tmp_path / "a"), "--no-pdf",
                          "--publisher", "Al Jazeera")
    assert code in (0, None), err
    assert '"publisher": "al_jazeera"' in (tmp_path / "a" / "analysis.json").read_text(encoding="utf-8")
    code, _out, err = run(capsys, "analyze", str(short_article), "--out", str(tmp_path / "b"), "--no-pdf",
                          "--publisher", "Nowhere Daily")
    assert code == 2 and "Nowhere Daily" in _one_error_line(err)
    assert not (tmp_path / "b").exists()
