"""Corpus mode: sources, per-article rows equal to single runs, engines, cache, problems."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.corpus.errors import CorpusError
from framing.corpus.run import CorpusOptions, run_corpus
from framing.corpus.sources import CorpusItem, Problem, TableColumns, count_items, iter_items
from framing.outputs.formats import segments_frame

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "eval" / "articles").glob("*.txt"))[:4]
FAST = dict(resamples=50, pdf=False)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    base = tmp_path_factory.mktemp("corpus")
    for path in ARTICLES:
        (base / path.name).write_bytes(path.read_bytes())
    sub = base / "html"
    sub.mkdir()
    (sub / "page.html").write_text("<html><body><article><h1>Talks end</h1><p>" + ARTICLES[0].read_text(encoding="utf-8")
                                   .replace("\n", "</p><p>") + "</p></article></body></html>", encoding="utf-8")
    (base / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(200)))
    (base / "notes.json").write_text("{}")  # not an article: ignored
    return base


def _digests(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir()) if not p.name.startswith(".")}


def test_corpus_sources_files_folders_globs_and_tables(tmp_path, folder):
    table = tmp_path / "t.jsonl"
    table.write_text("\n".join(json.dumps({"uid": f"a{i}", "body": "نص" if i else "", "day": "2026-02-0" + str(i + 1)})
                               for i in range(3)) + "\n", encoding="utf-8")
    found = list(iter_items([str(folder), str(folder / "*.txt"), str(table), str(tmp_path / "missing")],
                            TableColumns(text="body", id="uid", date="day")))
    items = [f for f in found if isinstance(f, CorpusItem)]
    problems = [f for f in found if isinstance(f, Problem)]
    assert [i.id for i in items[:6]] == sorted(str(p) for p in folder.rglob("*") if p.suffix in {".txt", ".html"})
    assert {p.reason for p in problems} >= {"empty text", "no such file or folder"}
    assert any(p.reason.startswith("the same file as") for p in problems)  # the glob names files the folder gave
    assert [(i.id, i.date) for i in items if i.text] == [("a1", "2026-02-02"), ("a2", "2026-02-03")]


def test_corpus_per_article_rows_equal_single_runs_and_problems_are_listed(tmp_path, folder):
    run = run_corpus([str(folder)], tmp_path / "out", ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST))
    assert (run.articles, run.problems) == (len(ARTICLES) + 1, 1)
    out = tmp_path / "out"
    problems = pd.read_csv(out / "problems.csv")
    assert problems["id"].tolist() == [str(folder / "broken.txt")] and "PNG" in problems["reason"][0]
    segments = pd.read_parquet(out / "segments.parquet")
    for path in [*(folder / p.name for p in ARTICLES), folder / "html" / "page.html"]:
        single = framing.analyze_file(path, ROOT / "config.yaml", tmp_path / "single" / path.stem, pdf=False).analysis
        mine = segments[segments["article"] == str(path)].drop(columns="article").reset_index(drop=True)
        expected = segments_frame(single)
        assert mine.astype(str).equals(expected.astype(str)), path.name
    units = pd.read_csv(out / "units.csv")
    article_row = units[units["unit_type"] == "article"].iloc[0]
    assert article_row["articles"] == len(ARTICLES) + 1
    assert article_row["tokens"] == pd.read_parquet(out / "articles.parquet")["words"].sum()
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "50 resamples" in page and "too few hits" in page and "The Wall Street Journal" in page
    assert "<script" not in page and "http://" not in page and "https://" not in page  # self-contained, nothing fetched
    frames = pd.read_csv(out / "frames.csv")
    assert {"share_low", "share_high", "rate_low", "rate_high"} <= set(frames.columns)
    with_hits = frames[(frames["hits"] > 0) & frames["share_low"].notna()]
    assert len(with_hits) and ((with_hits["share_low"] <= with_hits["share"] + 1e-9)
                               | (with_hits["share_high"] >= with_hits["share"] - 1e-9)).all()


def test_corpus_per_article_reports_are_the_single_article_reports_linked(tmp_path, folder):
    config = framing.load_config(ROOT / "config.yaml")
    first = ARTICLES[0]
    run = run_corpus([str(first), str(folder / "broken.txt"), str(ARTICLES[1])], tmp_path / "out", ROOT / "config.yaml",
                     CorpusOptions(jobs=1, per_article=True, **FAST))
    out = tmp_path / "out"
    articles = pd.read_parquet(out / "articles.parquet")
    assert articles["report"].tolist() == ["article-000001.html", "article-000002.html"]
    assert {"article-000001.html", "article-000002.html"} <= set(run.written.files)
    single = framing.analyze(first.read_text(encoding="utf-8"), config, path=str(first))
    from framing.report import render_html

    assert (out / "article-000001.html").read_text(encoding="utf-8") == render_html(single, config.config)
    assert '<a href="article-000002.html">' in (out / "report.html").read_text(encoding="utf-8")
    rerun = run_corpus([str(first)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST))  # without: they go
    assert not list(out.glob("article-*.html")) and rerun.cached == 1  # counted again from its cached term matches
    assert pd.read_parquet(out / "articles.parquet")["report"].tolist() == [""]


def test_corpus_local_processes_and_dask_give_the_same_bytes(tmp_path, folder):
    one = run_corpus([str(folder)], tmp_path / "one", ROOT / "config.yaml",
                     CorpusOptions(jobs=1, use_cache=False, batch_size=2, **FAST))
    two = run_corpus([str(folder)], tmp_path / "two", ROOT / "config.yaml",
                     CorpusOptions(jobs=2, use_cache=False, batch_size=2, **FAST))
    dask = run_corpus([str(folder)], tmp_path / "dask", ROOT / "config.yaml",
                      CorpusOptions(engine="dask", jobs=2, use_cache=False, batch_size=2, **FAST))
    assert one.articles == two.articles == dask.articles
    assert _digests(tmp_path / "one") == _digests(tmp_path / "two") == _digests(tmp_path / "dask")


def test_corpus_rerun_uses_the_cache_and_a_lexicon_edit_runs_only_the_frame_stage(tmp_path, folder, monkeypatch):
    out = tmp_path / "out"
    first = run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST))
    before = _digests(out)
    again = run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST))
    assert again.cached == first.articles and _digests(out) == before
    edited = tmp_path / "edited.yaml"
    edited.write_text((ROOT / "config.yaml").read_text(encoding="utf-8").replace("ar: [مفاوضات, ", "ar: [", 1),
                      encoding="utf-8")
    import framing.corpus.worker as worker

    def no_attribution(*args, **kwargs):
        raise AssertionError("attribution ran although only the lexicon changed")

    def no_text_counts(*args, **kwargs):
        raise AssertionError("the text counts were recomputed although only the lexicon changed")

    def no_keyness(*args, **kwargs):
        raise AssertionError("the keyword tables were recomputed although only the lexicon changed")

    import framing.corpus.aggregate as aggregate

    def no_matching(*args, **kwargs):
        raise AssertionError("frame terms were matched again although the edit only removed one")

    monkeypatch.setattr(worker, "attribute", no_attribution)
    monkeypatch.setattr(worker, "count_text", no_text_counts)
    monkeypatch.setattr(worker, "article_matches", no_matching)
    monkeypatch.setattr(aggregate, "keywords_table", no_keyness)
    third = run_corpus([str(folder)], out, edited, CorpusOptions(jobs=1, **FAST))
    assert third.cached == third.articles == first.articles  # each counted again from its cached term matches
    monkeypatch.undo()
    fresh = tmp_path / "fresh"
    run_corpus([str(folder)], fresh, edited, CorpusOptions(jobs=1, use_cache=False, **FAST))
    assert _digests(out) == _digests(fresh)  # only the frame stage ran, and it gives what a fresh run gives
    assert _digests(out) != before


def test_corpus_a_lexicon_edit_counts_again_only_the_articles_an_edited_term_matches_in(tmp_path, folder, monkeypatch):
    import framing.corpus.worker as worker

    out = tmp_path / "out"
    first = run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST))
    before = _digests(out)
    hits = pd.read_parquet(out / "frame_hits.parquet")
    holding = set(hits.loc[hits["match"] == "مفاوضات", "article"])
    assert holding and len(holding) < first.articles
    edited = tmp_path / "edited.yaml"
    edited.write_text((ROOT / "config.yaml").read_text(encoding="utf-8").replace("ar: [مفاوضات, ", "ar: [", 1),
                      encoding="utf-8")
    counted: list[str] = []
    real = worker.frame_part

    def counting(article_id, *args, **kwargs):
        counted.append(article_id)
        return real(article_id, *args, **kwargs)

    monkeypatch.setattr(worker, "frame_part", counting)
    run = run_corpus([str(folder)], out, edited, CorpusOptions(jobs=1, **FAST))
    assert run.cached == run.articles and holding <= set(counted) and len(counted) < first.articles
    fresh = tmp_path / "fresh"
    run_corpus([str(folder)], fresh, edited, CorpusOptions(jobs=1, use_cache=False, **FAST))
    assert _digests(out) == _digests(fresh)
    counted.clear()  # undoing the edit counts nothing again: every frame part is where it was
    run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST))
    assert counted == [] and _digests(out) == before
    reweighted = tmp_path / "reweighted.yaml"  # a weight is part of what an article's frame part depends on
    reweighted.write_text((ROOT / "config.yaml").read_text(encoding="utf-8").replace(
        "ar: [مفاوضات, ", "ar: [{text: مفاوضات, weight: 2.5}, ", 1), encoding="utf-8")
    run_corpus([str(folder)], out, reweighted, CorpusOptions(jobs=1, **FAST))
    assert holding <= set(counted) and len(counted) < first.articles
    again = tmp_path / "again"
    run_corpus([str(folder)], again, reweighted, CorpusOptions(jobs=1, use_cache=False, **FAST))
    assert _digests(out) == _digests(again)


def test_corpus_a_lexicon_edit_takes_the_earlier_keyword_files_only_while_they_are_as_written(tmp_path, folder):
    out = tmp_path / "out"
    run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST))
    edited = tmp_path / "edited.yaml"
    edited.write_text((ROOT / "config.yaml").read_text(encoding="utf-8").replace("ar: [مفاوضات, ", "ar: [", 1),
                      encoding="utf-8")
    fresh = tmp_path / "fresh"
    run_corpus([str(folder)], fresh, edited, CorpusOptions(jobs=1, use_cache=False, **FAST))
    run_corpus([str(folder)], out, edited, CorpusOptions(jobs=1, **FAST))
    assert _digests(out) == _digests(fresh)
    (out / "keywords.csv").write_text("edited by hand\n", encoding="utf-8")  # no longer what the cache recorded
    (out / "group_keywords.parquet").unlink()
    run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST))
    again = tmp_path / "again"
    run_corpus([str(folder)], again, ROOT / "config.yaml", CorpusOptions(jobs=1, use_cache=False, **FAST))
    assert _digests(out) == _digests(again)  # computed again from the cached counts


def test_corpus_a_lexicon_edit_takes_the_earlier_text_files_and_decodes_no_match_in_the_driver(tmp_path, folder, monkeypatch):
    from framing.corpus import plans as plans_module
    from framing.corpus.cache import Cache

    out = tmp_path / "out"
    run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=2, **FAST))
    edited = tmp_path / "edited.yaml"
    edited.write_text((ROOT / "config.yaml").read_text(encoding="utf-8").replace("ar: [مفاوضات, ", "ar: [", 1),
                      encoding="utf-8")
    fresh = tmp_path / "fresh"
    run_corpus([str(folder)], fresh, edited, CorpusOptions(jobs=1, batch_size=2, use_cache=False, **FAST))
    real_get = Cache.get

    def no_text(self, table, key):
        assert table != "text", "an article's text rows were read back although the earlier files hold them"
        return real_get(self, table, key)

    monkeypatch.setattr(Cache, "get", no_text)
    monkeypatch.setattr(plans_module.Coverage, "covers", lambda *a: pytest.fail("the driver decoded an article's matches"))
    run = run_corpus([str(folder)], out, edited, CorpusOptions(jobs=1, batch_size=2, **FAST))
    monkeypatch.undo()
    assert run.cached == run.articles and _digests(out) == _digests(fresh)
    # Text files changed since (or gone) are not taken: the rows are read back from the cache and written again.
    import pyarrow as pa
    import pyarrow.parquet as pq

    segments = pq.read_table(out / "segments.parquet")
    pq.write_table(segments.set_column(0, "article", pa.array(["x"] * len(segments))), out / "segments.parquet")
    run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=2, **FAST))
    again = tmp_path / "again"
    run_corpus([str(folder)], again, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=2, use_cache=False, **FAST))
    assert _digests(out) == _digests(again)


def test_corpus_a_new_term_is_matched_only_in_the_articles_holding_its_first_word(tmp_path, folder, monkeypatch):
    out = tmp_path / "out"
    first = run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST))
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    added = tmp_path / "added.yaml"  # «طهران» stands in two of the five articles
    added.write_text(text.replace("ar: [مفاوضات, ", "ar: [مفاوضات, طهران, ", 1), encoding="utf-8")
    reweighted = tmp_path / "reweighted.yaml"  # a weight does not change where a term matches
    reweighted.write_text(text.replace("ar: [مفاوضات, ", "ar: [{text: مفاوضات, weight: 2.5}, ", 1), encoding="utf-8")
    import framing.corpus.worker as worker

    matched = []
    real = worker.article_matches

    def counting(article, *args, **kwargs):
        matched.append(kwargs.get("known") is not None)
        return real(article, *args, **kwargs)

    monkeypatch.setattr(worker, "article_matches", counting)
    for config, again in ((added, 2), (reweighted, 0)):
        matched.clear()
        run = run_corpus([str(folder)], out, config, CorpusOptions(jobs=1, **FAST))
        assert matched == [True] * again and run.cached == first.articles - again  # the rest: from their matches
        fresh = tmp_path / f"fresh-{config.stem}"
        run_corpus([str(folder)], fresh, config, CorpusOptions(jobs=1, use_cache=False, **FAST))
        assert _digests(out) == _digests(fresh)
    monkeypatch.setattr(worker, "frame_part", lambda *a, **k: pytest.fail("counted again under an unchanged config"))
    repeat = run_corpus([str(folder)], out, reweighted, CorpusOptions(jobs=1, **FAST))  # every frame part cached now
    assert repeat.cached == first.articles and _digests(out) == _digests(tmp_path / "fresh-reweighted")


def test_corpus_matches_from_a_per_article_run_serve_a_later_lexicon_edit(tmp_path, folder, monkeypatch):
    out = tmp_path / "out"
    run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, per_article=True, **FAST))
    edited = tmp_path / "edited.yaml"
    edited.write_text((ROOT / "config.yaml").read_text(encoding="utf-8").replace("ar: [مفاوضات, ", "ar: [", 1),
                      encoding="utf-8")
    import framing.corpus.worker as worker

    monkeypatch.setattr(worker, "article_matches", lambda *a, **k: pytest.fail("terms matched again"))
    run = run_corpus([str(folder)], out, edited, CorpusOptions(jobs=1, **FAST))
    assert run.cached == run.articles


def test_corpus_partly_cached_batches_give_the_bytes_of_a_run_without_cache(tmp_path, folder):
    """Cached and computed articles interleave in a batch: counts are still summed in input order."""
    out = tmp_path / "out"
    run_corpus([str(p) for p in sorted(folder.glob("*.txt"))[::2]], out, ROOT / "config.yaml",
               CorpusOptions(jobs=1, batch_size=3, **FAST))
    mixed = run_corpus([str(p) for p in sorted(folder.glob("*.txt"))], out, ROOT / "config.yaml",
                       CorpusOptions(jobs=1, batch_size=3, **FAST))
    fresh = tmp_path / "fresh"
    run_corpus([str(p) for p in sorted(folder.glob("*.txt"))], fresh, ROOT / "config.yaml",
               CorpusOptions(jobs=1, batch_size=3, use_cache=False, **FAST))
    assert 0 < mixed.cached < mixed.articles
    assert _digests(out) == _digests(fresh)


def test_corpus_nothing_readable_is_an_error_and_writes_nothing(tmp_path, folder):
    with pytest.raises(CorpusError, match="no article could be read"):
        run_corpus([str(folder / "broken.txt")], tmp_path / "out", ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST))
    assert not (tmp_path / "out").exists()


def test_corpus_count_matches_what_is_read_without_reading_articles(tmp_path, folder):
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]  # multi-line cells: CSV records, not lines
    frame = pd.DataFrame({"id": [f"n{i}" for i in range(len(texts))], "text": texts})
    frame.to_csv(tmp_path / "t.csv", index=False)
    frame.to_parquet(tmp_path / "t.parquet", index=False)
    frame.to_json(tmp_path / "t.jsonl", orient="records", lines=True, force_ascii=False)
    paths = [str(folder), str(tmp_path / "t.csv"), str(tmp_path / "t.parquet"), str(tmp_path / "t.jsonl"), str(tmp_path / "gone")]
    columns = TableColumns(id="id")
    assert count_items(paths) == len(list(iter_items(paths, columns))) == 6 + 3 * len(texts) + 1


def test_corpus_progress_reports_the_expected_total(tmp_path, folder):
    import time

    states = []
    run_corpus([str(folder)], tmp_path / "out", ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST), progress=states.append)
    state = states[-1]  # the run's one progress object; the count fills its total from a thread beside the work
    deadline = time.monotonic() + 30
    while state.total is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert state.total == state.articles + state.problems == 6


def test_corpus_csv_and_parquet_tables_with_dates(tmp_path):
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    frame = pd.DataFrame({"id": [f"n{i}" for i in range(len(texts))], "content": texts,
                          "published": [f"2026-0{i + 1}-15" for i in range(len(texts))]})
    frame.to_csv(tmp_path / "t.csv", index=False)
    frame.to_parquet(tmp_path / "t.parquet", index=False)
    columns = TableColumns(text="content", id="id", date="published")
    a = run_corpus([str(tmp_path / "t.csv")], tmp_path / "a", ROOT / "config.yaml", CorpusOptions(jobs=1, columns=columns, **FAST))
    b = run_corpus([str(tmp_path / "t.parquet")], tmp_path / "b", ROOT / "config.yaml", CorpusOptions(jobs=1, columns=columns, **FAST))
    assert a.articles == b.articles == len(texts)
    by_date = pd.read_csv(tmp_path / "a" / "frames_by_date.csv")
    assert set(by_date["period"]) <= {f"2026-0{i + 1}" for i in range(len(texts))} and len(by_date)
    assert pd.read_parquet(tmp_path / "a" / "keywords.parquet").equals(pd.read_parquet(tmp_path / "b" / "keywords.parquet"))


def test_cli_corpus_runs_and_reports(tmp_path, folder, capsys):
    from framing.cli import main

    with pytest.raises(SystemExit) as exc:
        main(["corpus", str(folder), "--out", str(tmp_path / "o"), "--jobs", "1", "--no-pdf",
              "--config", str(ROOT / "config.yaml")])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert f"{len(ARTICLES) + 1} articles analysed" in out and "1 problem(s)" in out


def test_corpus_cache_keys_change_with_the_cache_format(monkeypatch: pytest.MonkeyPatch) -> None:
    from framing.corpus import cache

    item = CorpusItem(id="a", source="table.csv", text="قالت رويترز إن المحادثات انتهت.")
    before = cache.content_key(item)
    monkeypatch.setattr(cache, "CACHE_FORMAT", cache.CACHE_FORMAT + 1)
    assert cache.content_key(item) != before  # entries an older framing wrote are never read back


def test_corpus_text_counts_missing_from_the_cache_are_computed_again(tmp_path, folder):
    import sqlite3

    from framing.corpus.cache import CACHE_NAME

    paths = [str(p) for p in sorted(folder.glob("*.txt"))]
    out = tmp_path / "out"
    run_corpus(paths[::2], out, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=3, **FAST))
    with sqlite3.connect(out / CACHE_NAME) as db:
        db.execute("DELETE FROM text_counts")
    again = run_corpus(paths, out, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=3, **FAST))
    fresh = tmp_path / "fresh"
    run_corpus(paths, fresh, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=3, use_cache=False, **FAST))
    assert again.cached == 0 and _digests(out) == _digests(fresh)


def test_corpus_an_article_unreadable_in_one_run_and_readable_in_the_next_is_counted(tmp_path, folder, monkeypatch):
    """The summed text counts are cached under the articles actually read, not under every article listed."""
    import framing.corpus.worker as worker
    from framing.reader import InputError

    paths = [str(p) for p in sorted(folder.glob("*.txt")) if p.name != "broken.txt"]
    out = tmp_path / "out"
    real = worker.read_item

    def failing(item, **kwargs):
        if item.id == paths[1]:
            raise InputError(item.id, "permission denied")
        return real(item, **kwargs)

    monkeypatch.setattr(worker, "read_item", failing)
    first = run_corpus(paths, out, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=2, **FAST))
    monkeypatch.undo()
    again = run_corpus(paths, out, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=2, **FAST))
    fresh = tmp_path / "fresh"
    run_corpus(paths, fresh, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=2, use_cache=False, **FAST))
    assert (first.problems, again.problems, again.cached) == (1, 0, len(paths) - 1)
    assert _digests(out) == _digests(fresh)


def test_corpus_counts_the_cache_failed_to_store_are_summed_from_memory(tmp_path, folder, monkeypatch):
    from framing.corpus.cache import Cache

    paths = [str(p) for p in sorted(folder.glob("*.txt"))]
    out = tmp_path / "out"
    run_corpus(paths[::2], out, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=3, **FAST))
    real = Cache.put_blob
    monkeypatch.setattr(Cache, "put_blob", lambda self, table, key, blob: False if table == "text_counts" else real(self, table, key, blob))
    mixed = run_corpus(paths, out, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=3, **FAST))
    monkeypatch.undo()
    fresh = tmp_path / "fresh"
    run_corpus(paths, fresh, ROOT / "config.yaml", CorpusOptions(jobs=1, batch_size=3, use_cache=False, **FAST))
    assert 0 < mixed.cached < mixed.articles
    assert _digests(out) == _digests(fresh)


def test_corpus_parquet_row_groups_do_not_depend_on_how_the_rows_came(tmp_path):
    """Rows wait until a row group is full: the file is the same whatever the batches, and holds every row in order."""
    import pyarrow.parquet as pq

    from framing.corpus.sinks import ParquetSink

    rows = [{"article": f"a{i}", "start": [i, i + 1], "text": [f"t{i}", None]} for i in range(7)]
    parts = [{"article": [r["article"]] * 2, "start": r["start"], "text": r["text"]} for r in rows]
    files = []
    for split in ([7], [1, 6], [3, 3, 1], [1] * 7):
        path = tmp_path / f"split-{len(split)}.parquet"
        sink = ParquetSink(path, ("article", "start", "text"), rows_per_group=3)
        done = 0
        for size in split:
            sink.write(parts[done:done + size])
            done += size
        sink.close()
        files.append(path.read_bytes())
    assert all(f == files[0] for f in files)
    table = pq.read_table(tmp_path / "split-1.parquet")
    assert table.column("start").to_pylist() == [n for i in range(7) for n in (i, i + 1)]
    assert pq.ParquetFile(tmp_path / "split-1.parquet").metadata.num_row_groups == 5  # 14 rows: 3+3+3+3+2


def test_corpus_workers_end_and_free_the_folder_when_their_driver_is_killed(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    source = tmp_path / "many"
    source.mkdir()
    text = ARTICLES[0].read_text(encoding="utf-8")
    for i in range(400):
        (source / f"a{i:03d}.txt").write_text(f"{text}\n\n{i}\n", encoding="utf-8")
    out = tmp_path / "out"
    driver = subprocess.Popen([sys.executable, "-c", "import sys; from framing.cli import main; sys.exit(main())",
                               "corpus", str(source), "--out", str(out), "--no-pdf", "--jobs", "2"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def children() -> set[int]:
        found = set()
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = open(f"/proc/{entry}/stat", encoding="utf-8").read()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == driver.pid:
                    found.add(int(entry))
        return found

    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and driver.poll() is None:
        time.sleep(0.2)
        workers = children()
    assert len(workers) >= 2, "the run ended before its workers could be seen"
    driver.send_signal(signal.SIGKILL)  # the OOM killer, say: no handler runs
    driver.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{pid}") for pid in workers):
        time.sleep(0.2)
    assert not any(os.path.exists(f"/proc/{pid}") and "Z" not in open(f"/proc/{pid}/stat").read().split()[2]
                   for pid in workers), "workers outlived their driver"
    small = tmp_path / "small"
    small.mkdir()
    (small / "a.txt").write_text(text, encoding="utf-8")
    run = run_corpus([str(small)], out, ROOT / "config.yaml", CorpusOptions(jobs=1, **FAST))  # not "another run"
    assert run.articles == 1


def test_corpus_a_scheduler_with_no_worker_is_an_engine_error_not_a_wait(tmp_path, folder, monkeypatch):
    from distributed import LocalCluster

    import framing.corpus.engine as engine
    from framing.corpus.errors import EngineError

    monkeypatch.setattr(engine, "_WORKER_WAIT_SECONDS", 1)
    with LocalCluster(n_workers=0, host="127.0.0.1", dashboard_address=None, silence_logs=40) as cluster:
        with pytest.raises(EngineError, match="has no worker"):
            run_corpus([str(folder)], tmp_path / "out", ROOT / "config.yaml",
                       CorpusOptions(engine="dask", scheduler=cluster.scheduler_address, **FAST))
    assert not (tmp_path / "out").exists()


def test_corpus_more_jobs_than_the_machine_can_run_is_an_engine_error(tmp_path, folder):
    from framing.corpus.engine import JOBS_PER_CORE, default_jobs
    from framing.corpus.errors import EngineError

    with pytest.raises(EngineError, match="worker processes for each"):
        run_corpus([str(folder)], tmp_path / "out", ROOT / "config.yaml",
                   CorpusOptions(engine="dask", jobs=JOBS_PER_CORE * default_jobs() + 1, **FAST))


def test_corpus_a_dask_cluster_left_with_no_worker_is_an_engine_error(tmp_path, folder, monkeypatch):
    from distributed import Client, LocalCluster

    import framing.corpus.engine as engine
    from framing.corpus.errors import EngineError

    monkeypatch.setattr(engine, "_WORKER_WAIT_SECONDS", 2)
    monkeypatch.setattr(engine, "_POLL_SECONDS", 0.5)
    with LocalCluster(n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as client:
        def stop_the_workers(state):
            if state.articles and cluster.workers:  # after the first batch: its only worker goes
                client.retire_workers(list(client.scheduler_info()["workers"]), close_workers=True)
                cluster.scale(0)

        with pytest.raises(EngineError, match="no worker for 2 s"):
            run_corpus([str(folder)], tmp_path / "out", ROOT / "config.yaml",
                       CorpusOptions(engine="dask", scheduler=cluster.scheduler_address, batch_size=1, use_cache=False,
                                     **FAST), progress=stop_the_workers)


def test_corpus_a_lexicon_edit_with_two_jobs_gives_the_bytes_of_a_fresh_single_job_run(tmp_path, folder):
    out = tmp_path / "out"
    run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=2, batch_size=2, **FAST))
    edited = tmp_path / "edited.yaml"
    edited.write_text((ROOT / "config.yaml").read_text(encoding="utf-8").replace("ar: [مفاوضات, ", "ar: [", 1),
                      encoding="utf-8")
    run_corpus([str(folder)], out, edited, CorpusOptions(jobs=2, batch_size=2, **FAST))  # keyword files kept
    fresh = tmp_path / "fresh"
    run_corpus([str(folder)], fresh, edited, CorpusOptions(jobs=1, use_cache=False, **FAST))
    assert _digests(out) == _digests(fresh)


def test_corpus_a_full_disk_while_a_table_is_written_beside_the_report_is_one_error(tmp_path, folder, monkeypatch):
    import errno

    import framing.corpus.statistics as statistics
    from framing.outputs.writer import OutputError

    def full(frame, path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(statistics, "_csv_file", full)  # the forked writer inherits it
    out = tmp_path / "out"
    with pytest.raises(OutputError, match="space"):
        run_corpus([str(folder)], out, ROOT / "config.yaml", CorpusOptions(jobs=2, use_cache=False, **FAST))
    assert not any(p.name.endswith(".csv") for p in out.iterdir()) if out.exists() else True
