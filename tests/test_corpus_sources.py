"""Corpus inputs that are not what they seem (found by trying hostile corpora): each is a problem, never a crash,
and a corpus written inside the folder it reads never reads itself back."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from framing.corpus.errors import CorpusError
from framing.corpus.run import CorpusOptions, run_corpus
from framing.corpus.sources import CorpusItem, Problem, TableColumns, iter_items
from framing.outputs import OutputError

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = (ROOT / "eval" / "articles").glob("*.txt").__next__().read_text(encoding="utf-8")
FAST = dict(resamples=20, pdf=False, jobs=1)


def _found(paths: list[Path], columns: TableColumns = TableColumns()) -> tuple[list[CorpusItem], list[Problem]]:
    found = list(iter_items([str(p) for p in paths], columns))
    return [f for f in found if isinstance(f, CorpusItem)], [f for f in found if isinstance(f, Problem)]


def test_corpus_sources_cells_that_are_not_text_are_problems(tmp_path: Path) -> None:
    table = pa.table({"text": pa.array([ARTICLE.encode("utf-8"), b"\xff\xfe\x00bad"], pa.binary())})
    pq.write_table(table, tmp_path / "t.parquet")
    (tmp_path / "t.jsonl").write_text(json.dumps({"text": 123}) + "\n" + json.dumps({"text": {"nested": "x"}}) + "\n")
    items, problems = _found([tmp_path / "t.parquet", tmp_path / "t.jsonl"])
    assert [i.text for i in items] == [ARTICLE]  # bytes in UTF-8 are text
    assert [p.reason for p in problems] == ["the text cell holds bytes that are not UTF-8 text",
                                            "the text cell holds int, not text", "the text cell holds dict, not text"]


def test_corpus_sources_a_broken_jsonl_line_is_one_problem_and_the_rows_after_it_are_read(tmp_path: Path) -> None:
    lines = ["null", json.dumps({"text": "قالت رويترز إن المحادثات انتهت."}), "{broken", "[]",
             json.dumps({"text": "Reuters said the talks ended."})]
    (tmp_path / "t.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items, problems = _found([tmp_path / "t.jsonl"])
    assert [i.source for i in items] == [f"{tmp_path / 't.jsonl'}#2", f"{tmp_path / 't.jsonl'}#5"]
    assert [p.reason for p in problems] == ["line 1 is not a JSON object", "line 3 is not JSON (Expecting property "
                                            "name enclosed in double quotes)", "line 4 is not a JSON object"]


def test_corpus_sources_a_named_column_the_table_lacks_and_an_empty_table_are_problems(tmp_path: Path) -> None:
    pd.DataFrame({"text": [ARTICLE], "uid": ["a"]}).to_csv(tmp_path / "t.csv", index=False)
    (tmp_path / "empty.csv").write_bytes(b"")
    items, problems = _found([tmp_path / "t.csv", tmp_path / "empty.csv"], TableColumns(id="nope"))
    assert not items
    assert [p.reason for p in problems] == ["no column 'nope' (choose it with --id-column)", "the table has no rows"]


def test_corpus_written_inside_its_own_input_folder_does_not_read_itself_back(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first = run_corpus([str(folder)], folder / "report", ROOT / "config.yaml", CorpusOptions(**FAST))
    again = run_corpus([str(folder)], folder / "report", ROOT / "config.yaml", CorpusOptions(**FAST))
    assert first.articles == again.articles == 1 and again.problems == 0


def test_corpus_a_failed_rerun_keeps_the_earlier_cache(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    run_corpus([str(tmp_path / "a.txt")], out, ROOT / "config.yaml", CorpusOptions(**FAST))
    cache = out / ".framing-cache.sqlite"
    assert cache.exists()
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CorpusError, match="no article could be read"):  # a run that starts and reads nothing
        run_corpus([str(tmp_path / "empty.txt")], out, ROOT / "config.yaml", CorpusOptions(**FAST))
    assert cache.exists()


@pytest.mark.parametrize("where", ["a file", "under a file"])
def test_corpus_out_that_cannot_be_a_folder_is_an_output_error(tmp_path: Path, where: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "f").write_text("x")
    out = tmp_path / "f" if where == "a file" else tmp_path / "f" / "sub"
    with pytest.raises(OutputError):
        run_corpus([str(tmp_path / "a.txt")], out, ROOT / "config.yaml", CorpusOptions(**FAST))
    assert (tmp_path / "f").read_text() == "x"


def test_corpus_a_runaway_pattern_names_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from framing.config import PatternTooSlow
    from framing.corpus import run

    def runaway(batch):  # what a frame term pattern that runs past its budget raises inside a worker
        raise PatternTooSlow("(config)", [("frames.diplomacy.terms.en", None, "frame 'diplomacy' (en): too slow")])

    monkeypatch.setattr(run, "_run_batch", runaway)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(PatternTooSlow) as caught:
        run_corpus([str(tmp_path / "a.txt")], tmp_path / "out", ROOT / "config.yaml", CorpusOptions(**FAST))
    assert str(ROOT / "config.yaml") in caught.value.one_line()


def test_corpus_a_full_disk_is_an_output_error_and_the_earlier_outputs_stay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from framing.corpus import sinks

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    run_corpus([str(tmp_path / "a.txt")], out, ROOT / "config.yaml", CorpusOptions(**FAST))
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}

    def full(self, parts):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sinks.ParquetSink, "write", full)
    with pytest.raises(OutputError, match="No space left on device"):
        run_corpus([str(tmp_path / "a.txt")], out, ROOT / "config.yaml", CorpusOptions(**FAST, use_cache=False))
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")} == before


def test_corpus_a_date_column_with_no_date_in_it_is_noted(tmp_path: Path) -> None:
    pd.DataFrame({"text": [ARTICLE], "link": ["https://example.org/a"]}).to_csv(tmp_path / "t.csv", index=False)
    run = run_corpus([str(tmp_path / "t.csv")], tmp_path / "out", ROOT / "config.yaml",
                     CorpusOptions(columns=TableColumns(date="link"), **FAST))
    assert run.notes and "'link'" in run.notes[0] and "frames over time" in run.notes[0]


def test_corpus_a_path_that_names_nothing_stops_the_run_before_it_starts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    for given, message in ((tmp_path / "typo.txt", "no such file or folder"), (tmp_path / "zz*.txt", "matches nothing"),
                           (tmp_path / ("x" * 300 + ".txt"), "no such file or folder")):  # a name too long to look up
        with pytest.raises(CorpusError, match=message):
            run_corpus([str(tmp_path / "a.txt"), str(given)], tmp_path / "out", ROOT / "config.yaml",
                       CorpusOptions(**FAST))
        assert not (tmp_path / "out").exists()


def test_corpus_sources_an_empty_folder_and_a_pipe_named_as_a_table_are_problems(tmp_path: Path) -> None:
    import os

    (tmp_path / "empty").mkdir()
    os.mkfifo(tmp_path / "t.csv")  # opened as a table, it would wait for a writer for ever
    items, problems = _found([tmp_path / "empty", tmp_path / "t.csv"])
    assert not items
    assert ["no article or table file" in problems[0].reason, "regular file" in problems[1].reason] == [True, True]


def test_corpus_sources_a_json_array_is_a_table_of_articles(tmp_path: Path) -> None:
    records = [{"text": ARTICLE, "id": "a1"}, {"text": ARTICLE, "id": "a2"}, 5]
    (tmp_path / "set.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "lines.json").write_text(json.dumps({"text": ARTICLE, "id": "a3"}, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
    items, problems = _found([tmp_path / "set.json", tmp_path / "lines.json"], TableColumns(id="id"))
    assert [i.id for i in items] == ["a1", "a2", "a3"] and items[0].text == ARTICLE
    assert [p.reason for p in problems] == ["record 3 is not a JSON object"]


def test_corpus_dates_that_do_not_read_are_counted_in_a_note(tmp_path: Path) -> None:
    pd.DataFrame({"text": [ARTICLE, ARTICLE + " ", ARTICLE + "  "], "day": ["2026-02-06", "not a date", ""]}) \
        .to_csv(tmp_path / "t.csv", index=False)
    run = run_corpus([str(tmp_path / "t.csv")], tmp_path / "out", ROOT / "config.yaml",
                     CorpusOptions(columns=TableColumns(date="day"), **FAST))
    assert run.notes == ["1 of 2 values of the date column 'day' read as no date (such as 'not a date'): "
                         "those articles are left out of frames over time"]


def test_corpus_a_damaged_cache_is_started_afresh_and_said(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / ".framing-cache.sqlite").write_bytes(b"not a database, but garbage " * 200)
    first = run_corpus([str(tmp_path / "a.txt")], out, ROOT / "config.yaml", CorpusOptions(**FAST))
    assert any("damaged" in note and "started afresh" in note for note in first.notes)
    again = run_corpus([str(tmp_path / "a.txt")], out, ROOT / "config.yaml", CorpusOptions(**FAST))
    assert again.cached == 1 and again.notes == []


def test_corpus_a_second_run_into_a_busy_folder_is_refused_and_touches_nothing(tmp_path: Path) -> None:
    from framing.outputs import OutputSet

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    with OutputSet(out, ["x.csv"]) as first:  # another run, half way through: its staged file must survive
        staged = first.path("x.csv")
        with pytest.raises(OutputError, match="another framing run"):
            run_corpus([str(tmp_path / "a.txt")], out, ROOT / "config.yaml", CorpusOptions(**FAST))
        assert staged.exists()
        first.add("y.csv", b"y\n")
    assert (out / "x.csv").exists() and (out / "y.csv").read_bytes() == b"y\n"


def test_corpus_a_planted_cache_value_is_never_unpickled(tmp_path: Path) -> None:
    import pickle
    import sqlite3
    import zlib

    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (marker.touch, ())

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    run_corpus([str(tmp_path / "a.txt")], out, ROOT / "config.yaml", CorpusOptions(**FAST))
    db = sqlite3.connect(out / ".framing-cache.sqlite")
    for table in ("attribution", "text", "text_counts", "matches", "checked", "lexicons", "frames", "statistics", "outputs"):
        db.execute(f"UPDATE {table} SET value = ?", (zlib.compress(pickle.dumps(Payload())),))
    db.commit()
    db.close()
    again = run_corpus([str(tmp_path / "a.txt")], out, ROOT / "config.yaml", CorpusOptions(**FAST))
    assert not marker.exists() and again.articles == 1 and again.cached == 0


def test_corpus_one_file_named_twice_and_a_broken_jsonl_line_are_problems(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    lines = [json.dumps({"text": ARTICLE}, ensure_ascii=False), "[" * 100_000, "1" * 5000,
             json.dumps({"text": ARTICLE + " "}, ensure_ascii=False)]
    (tmp_path / "t.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items, problems = _found([tmp_path / "a.txt", tmp_path / "link.txt", tmp_path / "t.jsonl"])
    assert len(items) == 3
    assert "the same file as" in problems[0].reason and len(problems) == 3


def test_corpus_an_input_the_run_would_replace_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    run_corpus([str(tmp_path / "a.txt")], out, ROOT / "config.yaml", CorpusOptions(**FAST, per_article=True))
    before = (out / "article-000001.html").read_bytes()
    with pytest.raises(OutputError, match="would replace or remove it"):
        run_corpus([str(out / "article-000001.html")], out, ROOT / "config.yaml", CorpusOptions(**FAST))
    assert (out / "article-000001.html").read_bytes() == before


def test_corpus_sources_an_id_seen_twice_is_a_problem_the_second_time(tmp_path: Path) -> None:
    pd.DataFrame({"text": [ARTICLE, ARTICLE + " "], "uid": ["x", "x"]}).to_csv(tmp_path / "t.csv", index=False)
    items, problems = _found([tmp_path / "t.csv"], TableColumns(id="uid"))
    assert [i.id for i in items] == ["x"] and [p.reason for p in problems] == ["duplicate article id (skipped)"]


def test_corpus_sources_a_column_or_key_given_twice_is_a_problem_not_a_guess(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("text,text\nقالت رويترز إن المحادثات انتهت.,Reuters said the talks ended.\n",
                                    encoding="utf-8")
    (tmp_path / "t.jsonl").write_text('{"text": "one", "text": "Reuters said the talks ended."}\n'
                                      + json.dumps({"text": "Reuters said the talks ended."}) + "\n", encoding="utf-8")
    items, problems = _found([tmp_path / "t.csv", tmp_path / "t.jsonl"])
    assert [i.source for i in items] == [f"{tmp_path / 't.jsonl'}#2"]
    assert [p.reason for p in problems] == [
        "the header names the column 'text' twice; nothing of this table was read",
        "line 1 cannot be read (the key 'text' is given twice)",
    ]


@pytest.mark.parametrize("values, read", [
    (["13/02/2026", "06/02/2026", "2026-03-01"], ["2026-02-13", "2026-02-06", "2026-03-01"]),  # 13: day first
    (["02/13/2026", "06/02/2026"], ["2026-02-13", "2026-06-02"]),  # 13 second: month first
    (["06/02/2026", "2026-03-11"], ["2026-06-02", "2026-03-11"]),  # nothing tells: month first, ISO untouched
])
def test_corpus_numeric_dates_are_read_in_one_order_per_column(values, read) -> None:
    from framing.corpus.aggregate import read_dates

    assert list(read_dates(pd.Series(values)).dt.strftime("%Y-%m-%d")) == read


def test_corpus_a_date_column_whose_order_nothing_tells_is_noted(tmp_path: Path) -> None:
    pd.DataFrame({"text": [ARTICLE, ARTICLE + " "], "day": ["06/02/2026", "01/03/2026"]}).to_csv(tmp_path / "t.csv", index=False)
    run = run_corpus([str(tmp_path / "t.csv")], tmp_path / "out", ROOT / "config.yaml",
                     CorpusOptions(columns=TableColumns(date="day"), **FAST))
    assert len(run.notes) == 1 and "day or the month first" in run.notes[0] and "'06/02/2026'" in run.notes[0]


def test_corpus_a_date_column_mixing_day_first_and_month_first_is_noted(tmp_path: Path) -> None:
    pd.DataFrame({"text": [ARTICLE, ARTICLE + " ", ARTICLE + "  "],
                  "day": ["13/02/2026", "02/14/2026", "06/02/2026"]}).to_csv(tmp_path / "t.csv", index=False)
    run = run_corpus([str(tmp_path / "t.csv")], tmp_path / "out", ROOT / "config.yaml",
                     CorpusOptions(columns=TableColumns(date="day"), **FAST))
    assert len(run.notes) == 1 and "mixes numeric dates" in run.notes[0]
    assert "'13/02/2026'" in run.notes[0] and "'02/14/2026'" in run.notes[0]


def test_corpus_sources_a_header_ending_in_empty_cells_is_read(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("text,,\n\"Reuters said the talks ended.\",,\n", encoding="utf-8")
    items, problems = _found([tmp_path / "t.csv"])
    assert [i.text for i in items] == ["Reuters said the talks ended."] and not problems


def test_corpus_sources_a_name_too_long_to_look_up_is_no_error(tmp_path: Path) -> None:
    found = list(iter_items([str(tmp_path / ("a" * 300))], TableColumns()))
    assert len(found) == 1 and isinstance(found[0], Problem)


def test_corpus_sources_a_folder_written_into_keeps_its_own_articles(tmp_path):
    # `corpus data --out data`: framing's files there are skipped, the articles beside them are not
    data = tmp_path / "data"
    data.mkdir()
    for name in ("a.txt", "b.txt"):
        (data / name).write_text("قالت «هآرتس» إن المحادثات انتهت في مسقط اليوم.\n", encoding="utf-8")
    run_corpus([str(data)], data, None, CorpusOptions(jobs=1, resamples=20, pdf=False))
    assert (data / "report.html").is_file()
    ids = [i.id for i in iter_items([str(data)]) if isinstance(i, CorpusItem)]
    assert ids == [str(data / "a.txt"), str(data / "b.txt")]  # not report.html, not lost either
    parent = [i.id for i in iter_items([str(tmp_path)]) if isinstance(i, CorpusItem)]
    assert parent == ids


def test_corpus_sources_an_unreadable_folder_is_a_problem_not_silence(tmp_path, monkeypatch):
    import os

    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text("قالت «هآرتس» إن المحادثات انتهت.\n", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("قالت «هآرتس» إن المحادثات انتهت.\n", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)  # (root reads a mode-000 folder anyway)
    found = list(iter_items([str(tmp_path)]))
    assert [i.id for i in found if isinstance(i, CorpusItem)] == [str(tmp_path / "open" / "a.txt")]
    problems = [p for p in found if isinstance(p, Problem)]
    assert len(problems) == 1 and problems[0].source == str(locked) and "Permission denied" in problems[0].reason


def test_corpus_an_empty_path_is_refused(tmp_path):
    with pytest.raises(CorpusError, match="a PATH is empty"):
        run_corpus([""], tmp_path / "out", None, CorpusOptions(jobs=1, pdf=False))
    assert not (tmp_path / "out").exists()


def test_corpus_sources_a_json_object_holding_the_records_names_their_key(tmp_path):
    table = tmp_path / "answer.json"
    table.write_text(json.dumps({"status": "ok", "articles": [{"text": "قالت «هآرتس» إن المحادثات انتهت."}]},
                                ensure_ascii=False, indent=2), encoding="utf-8")
    found = list(iter_items([str(table)]))
    assert len(found) == 1 and isinstance(found[0], Problem) and "under 'articles'" in found[0].reason


def test_corpus_publisher_column_and_default(tmp_path: Path) -> None:
    text = "Talks resumed on Monday.\n\n\"We left the sacks and ran,\" a farmer told Al Jazeera."
    pd.DataFrame({"id": ["a", "b", "c"], "text": [text] * 3, "site": ["Al Jazeera", "Nowhere Daily", ""]}).to_csv(
        tmp_path / "t.csv", index=False)
    items = list(iter_items([str(tmp_path / "t.csv")], TableColumns(id="id", publisher="site"), "bbc"))
    assert [(i.publisher, i.default_publisher) for i in items] == [("Al Jazeera", "bbc"), ("Nowhere Daily", "bbc"),
                                                                   ("", "bbc")]  # an empty cell: the default
    run_corpus([str(tmp_path / "t.csv")], tmp_path / "out", ROOT / "config.yaml",
               CorpusOptions(columns=TableColumns(id="id", publisher="site"), **FAST))
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("id")
    segments = pd.read_parquet(tmp_path / "out" / "segments.parquet")
    assert articles.loc["a", "publisher"] == "al_jazeera" and "Nowhere Daily" in articles.loc["b", "problems"]
    carried = segments.groupby("article")["outlet"].apply(set)
    assert "al_jazeera" not in carried["a"] and "al_jazeera" in carried["b"] and "al_jazeera" in carried["c"]


def test_corpus_an_unknown_publisher_for_all_stops_the_run_before_it_starts(tmp_path: Path) -> None:
    from framing.config import ConfigError

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(ConfigError, match="Nowhere Daily"):
        run_corpus([str(tmp_path / "a.txt")], tmp_path / "out", ROOT / "config.yaml",
                   CorpusOptions(publisher="Nowhere Daily", **FAST))
    assert not (tmp_path / "out").exists()


def test_corpus_a_publisher_is_part_of_an_articles_cache_key() -> None:
    from framing.corpus.cache import content_key

    item = CorpusItem("a", "t.csv#1", text="نص")
    assert content_key(item) != content_key(CorpusItem("a", "t.csv#1", text="نص", publisher="bbc"))
    assert content_key(item) == content_key(CorpusItem("a", "t.csv#1", text="نص", publisher=""))
    assert content_key(item) != content_key(CorpusItem("a", "t.csv#1", text="نص", default_publisher="bbc"))


def test_corpus_a_missing_or_blank_publisher_cell_takes_the_default(tmp_path: Path) -> None:
    pq.write_table(pa.table({"id": ["a", "b"], "text": ["x", "y"], "site": [float("nan"), 1.5]}), tmp_path / "t.parquet")
    items = list(iter_items([str(tmp_path / "t.parquet")], TableColumns(id="id", publisher="site"), "al_jazeera"))
    assert [i.publisher or i.default_publisher for i in items] == ["al_jazeera", "1.5"]  # NaN: missing; 1.5 refused later
    (tmp_path / "t.jsonl").write_text('{"id": "c", "text": "z", "site": "  "}\n', encoding="utf-8")
    items = list(iter_items([str(tmp_path / "t.jsonl")], TableColumns(id="id", publisher="site"), "al_jazeera"))
    assert [i.publisher or i.default_publisher for i in items] == ["al_jazeera"]  # blanks too


def test_corpus_a_named_column_no_json_row_has_is_a_problem_and_the_rows_are_read(tmp_path: Path) -> None:
    (tmp_path / "t.jsonl").write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y", "day": "2026-01-02"}\n',
                                      encoding="utf-8")
    found = list(iter_items([str(tmp_path / "t.jsonl")], TableColumns(id="id", date="day", publisher="site")))
    assert [i.id for i in found if isinstance(i, CorpusItem)] == ["a", "b"]
    problems = [p.reason for p in found if isinstance(p, Problem)]
    assert len(problems) == 1 and "'site'" in problems[0] and "--publisher-column" in problems[0]


def test_corpus_an_address_on_an_outlets_site_names_the_publisher_after_the_row_and_before_the_default(tmp_path: Path) -> None:
    text = "A senior diplomat told The New York Times that a second round was likely next week."
    pd.DataFrame({"id": ["own", "row", "elsewhere", "bare"], "text": [text] * 4,
                  "link": ["https://www.nytimes.com/2027/01/02/world/talks.html", "https://apnews.com/article/x",
                           "https://example.org/x", ""],
                  "site": ["", "The New York Times", "", ""]}).to_csv(tmp_path / "t.csv", index=False)
    run_corpus([str(tmp_path / "t.csv")], tmp_path / "out", ROOT / "config.yaml",
               CorpusOptions(columns=TableColumns(id="id", url="link", publisher="site"), publisher="bbc", **FAST))
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("id")
    assert articles["publisher"].to_dict() == {"own": "nyt", "row": "nyt", "elsewhere": "bbc", "bare": "bbc"}
    carried = pd.read_parquet(tmp_path / "out" / "segments.parquet").groupby("article")["outlet"].apply(set)
    assert "nyt" not in carried["own"] and "nyt" not in carried["row"]  # "told X" on X's own page: its reporting
    assert "nyt" in carried["elsewhere"] and "nyt" in carried["bare"]


def test_corpus_a_web_pages_own_address_is_its_url_and_names_its_publisher(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>Paragraph {i}: the talks lasted four hours, a senior diplomat told The New York Times "
                         "on Friday in Muscat.</p>" for i in range(3))
    (tmp_path / "page.html").write_text(
        '<html><head><title>Talks</title><link rel="canonical" href="https://www.nytimes.com/2027/x.html"></head>'
        f"<body><article><h1>Talks</h1>{paragraphs}</article></body></html>", encoding="utf-8")
    run_corpus([str(tmp_path / "page.html")], tmp_path / "out", ROOT / "config.yaml", CorpusOptions(**FAST))
    articles = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles.loc[0, ["publisher", "url"]].tolist() == ["nyt", "https://www.nytimes.com/2027/x.html"]


def test_corpus_a_nested_metadata_cell_is_no_text_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "t.jsonl").write_text('{"id": "a", "text": "Talks resumed, a diplomat told CNN.", "site": ["CNN"], '
                                      '"link": {"href": "https://cnn.com"}}\n', encoding="utf-8")
    items = list(iter_items([str(tmp_path / "t.jsonl")], TableColumns(id="id", url="link", publisher="site")))
    assert (items[0].publisher, items[0].url) == ("", "")
    assert len(items[0].notes) == 2 and all("not text" in note for note in items[0].notes)
