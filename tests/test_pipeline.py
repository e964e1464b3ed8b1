"""The whole pipeline: golden seed output, determinism, robustness on random text, the watch loop."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from framing.config import load_config
from framing.pipeline import analyze_file, watch_file

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SEED = ROOT / "seeds" / "muscat-talks-2026-02-06.ar.txt"


def _golden_module():
    spec = importlib.util.spec_from_file_location("update_golden", ROOT / "scripts" / "update_golden.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pipeline_seed_matches_golden_files():
    for name, payload in _golden_module().golden_files().items():
        expected = (GOLDEN / name).read_bytes()
        assert payload == expected, f"{name} changed: run scripts/update_golden.py and review the diff"


def test_pipeline_seed_outlets_and_offsets():
    text = SEED.read_text(encoding="utf-8")
    analysis = framing.analyze(text, ROOT / "config.yaml")
    article = analysis.article
    assert article.uncovered() == []
    for seg in article.segments:
        assert text[seg.start : seg.end] == seg.text
    outlets = {s.outlet for s in article.segments}
    assert {"irna", "nournews", "mehr", "haaretz", "nyt", "wsj", "axios", "reuters"} <= outlets
    per_outlet = analysis.voices.table.groupby("outlet")["passages"].sum()
    assert per_outlet["haaretz"] == 4 and per_outlet["nyt"] == 3 and per_outlet["wsj"] == 3


def test_pipeline_same_input_same_bytes(tmp_path):
    first = analyze_file(SEED, ROOT / "config.yaml", tmp_path / "a", pdf=False)
    second = analyze_file(SEED, ROOT / "config.yaml", tmp_path / "b", pdf=False)
    assert first.written.files == second.written.files
    for name in first.written.files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


_CONFIG = load_config(ROOT / "config.yaml").config
_ALPHABET = st.sampled_from(list("قالت «هآرتس» إن وأضافت الصحيفة، بحسب رويترز. told Reuters said according to ؟!.،؛:\"“”()—\n\r\t ـًٌٍَُِّْ٠١ 😀\u200f\u200c"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(min_size=1, max_size=300), st.text(_ALPHABET, min_size=1, max_size=300)))
def test_pipeline_random_text_never_crashes_and_tiles(text):
    analysis = framing.analyze(text, _CONFIG)
    article = analysis.article
    assert article.text == text
    assert article.uncovered() == []
    for seg in article.segments:
        assert 0 <= seg.start < seg.end <= len(text) and text[seg.start : seg.end] == seg.text
    for hit in analysis.frame_hits.itertuples():
        assert 0 <= hit.start < hit.end <= len(text)


def test_pipeline_watch_reruns_after_config_edit(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("وذكرت «وول ستريت جورنال» أن المفاوضات انتهت.\n", encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_bytes((ROOT / "config.yaml").read_bytes())
    runs = watch_file(article, config, tmp_path / "out", pdf=False, interval=0.01)
    first = next(runs)
    assert not isinstance(first, Exception)
    time.sleep(0.02)
    config.write_text(config.read_text(encoding="utf-8").replace("id: wsj", "id: wsj2"), encoding="utf-8")
    second = next(runs)
    assert not isinstance(second, Exception)
    assert {s.outlet for s in second.analysis.segments} == {"wsj2"}
    config.write_text("version: [", encoding="utf-8")
    third = next(runs)
    assert isinstance(third, framing.ConfigError)


def test_pipeline_previous_attribution_is_reused_only_when_what_it_read_is_unchanged(tmp_path):
    from framing.config import load_config
    from framing.pipeline import analyze

    text = "وذكرت «وول ستريت جورنال» أن المفاوضات انتهت.\nوأضافت الصحيفة أن العقوبات باقية.\n"
    base = (ROOT / "config.yaml").read_text(encoding="utf-8")
    first = analyze(text, ROOT / "config.yaml")
    lexicon_edit = tmp_path / "lexicon.yaml"
    lexicon_edit.write_text(base.replace("ar: [مفاوضات, ", "ar: [", 1), encoding="utf-8")
    second = analyze(text, load_config(lexicon_edit), previous=first)
    assert second.article is first.article
    assert second.frame_hits is not None and len(second.frame_hits) < len(first.frame_hits)
    alias_edit = tmp_path / "alias.yaml"
    alias_edit.write_text(base.replace("aliases: [وول ستريت جورنال", "aliases: [جورنال الشارع, وول ستريت جورنال", 1),
                          encoding="utf-8")
    assert analyze(text, load_config(alias_edit), previous=first).article is not first.article
    assert analyze(text + "\n", ROOT / "config.yaml", previous=first).article is not first.article


def test_pipeline_a_lexicon_edit_reuses_the_text_counts_and_gives_a_fresh_runs_analysis(tmp_path, monkeypatch):
    from framing.config import load_config
    from framing.outputs.formats import analysis_dict
    from framing.pipeline import analyze

    text = SEED.read_text(encoding="utf-8")
    first = analyze(text, ROOT / "config.yaml")
    edited = tmp_path / "lexicon.yaml"
    edited.write_text((ROOT / "config.yaml").read_text(encoding="utf-8").replace("ar: [مفاوضات, ", "ar: [لقاء, ", 1),
                      encoding="utf-8")
    fresh = analyze(text, load_config(edited))
    import framing.profiles as profiles

    def no_text_counts(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the text counts were recomputed although only the lexicon changed")

    monkeypatch.setattr(profiles, "count_text", no_text_counts)
    monkeypatch.setattr("framing.compare.group_keyness", no_text_counts)
    watched = analyze(text, load_config(edited), previous=first)
    assert watched.keywords is first.keywords and watched.group_keywords is first.group_keywords
    assert analysis_dict(watched) == analysis_dict(fresh)
    assert analysis_dict(watched) != analysis_dict(first)
    # A keyword setting is not the lexicon: the text counts are made anew.
    monkeypatch.undo()
    min_count = tmp_path / "keywords.yaml"
    min_count.write_text(edited.read_text(encoding="utf-8").replace("ngram_max: 2", "ngram_max: 1", 1), encoding="utf-8")
    assert "ngram_max: 1" in min_count.read_text(encoding="utf-8")
    assert analysis_dict(analyze(text, load_config(min_count), previous=watched)) == analysis_dict(analyze(text, load_config(min_count)))


def test_pipeline_names_unlisted_outlets_in_the_sources():
    from framing.pipeline import analyze

    analysis = analyze("ذكرت صحيفة «الرصيف» الجزائرية أن الحدود أغلقت بعد اشتباكات. وأضافت الصحيفة أن الجيش عزز مواقعه.",
                       load_config())
    entry = analysis.sources["unlisted_الرصيف"]
    assert (entry["name"], entry["type"], entry["group"]) == ("الرصيف", "unlisted", "")
    assert load_config().config.outlet("unlisted_الرصيف") is None  # nothing is added to the config


@pytest.mark.parametrize(("source", "folder"), [
    ("a/seed.txt", "reports/seed"),
    ("a/...txt", "reports/_.."),  # the stem ".." would have written into the current folder
    ("a/..txt", "reports/_."),  # and "." into reports itself
    ("-", "reports/stdin"),
])
def test_pipeline_default_out_dir_is_always_a_folder_of_its_own_under_reports(source, folder):
    from framing.pipeline import default_out_dir

    assert default_out_dir(source).as_posix() == folder


def test_pipeline_previous_is_reused_only_with_the_same_publisher() -> None:
    import framing
    from framing.config import load_config

    cfg = load_config(ROOT / "config.yaml")
    text = "Talks resumed on Monday.\n\n\"We left,\" a farmer told Al Jazeera. Reuters reported that the talks stalled."
    given = framing.analyze(text, cfg, publisher="al_jazeera")
    again = framing.analyze(text, cfg, previous=given)
    assert again.article is not given.article and "al_jazeera" in {s.outlet for s in again.segments}
    assert framing.analyze(text, cfg, previous=given, publisher="Al Jazeera").article is given.article


PAGE = ("<html><head><title>Talks resume | Site</title>{head}</head><body><article><h1>Talks resume</h1>"
        "<p>Iran and the United States resumed indirect talks in Muscat on Friday, officials said, after months of "
        "tension between the two sides over the nuclear file.</p><p>The talks lasted four hours, a senior diplomat "
        "told The New York Times, adding that a second round was likely next week in the Omani capital.</p>"
        "</article></body></html>")


@pytest.mark.parametrize("head, given, publisher, noted", [
    ('<link rel="canonical" href="https://www.nytimes.com/2027/01/02/world/talks.html">', "", "nyt", "address"),
    ('<meta property="og:site_name" content="The New York Times">', "", "nyt", "site name"),
    ('<link rel="canonical" href="https://www.nytimes.com/2027/01/02/world/talks.html">', "bbc", "bbc", ""),
    ('<link rel="canonical" href="https://example.org/talks">', "", "", ""),
])
def test_pipeline_a_web_page_names_its_publisher_unless_the_caller_does(tmp_path, head, given, publisher, noted):
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(head=head), encoding="utf-8")
    run = analyze_file(page, ROOT / "config.yaml", tmp_path / "out", pdf=False, publisher=given)
    assert run.analysis.article.publisher == publisher
    told = [seg.outlet for seg in run.analysis.article.segments if "told The New York Times" in seg.text]
    assert told == (["nyt"] if publisher != "nyt" else [""])  # "told X" on X's own page is its own reporting
    said = [note for note in run.source.notes if note.startswith("published by")]
    assert (noted in said[0]) if noted else not said
