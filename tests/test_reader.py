"""Reading articles: encodings, line endings, HTML and Markdown, and every refused input.

Fixtures are made here from the seed: re-encoded, wrapped in HTML, given CRLF.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.reader import ArticleInput, InputError, read_article

ROOT = Path(__file__).resolve().parent.parent

SEED = Path(__file__).resolve().parents[1] / "seeds" / "muscat-talks-2026-02-06.ar.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_LINES = [line for line in SEED_TEXT.split("\n") if line.strip()]
HEADLINE = SEED_LINES[0]
LIMIT = 5_000_000

# The seed has an emoji and a variation selector that Windows-1256 cannot encode.
SEED_CP1256 = SEED_TEXT.encode("cp1256", errors="replace")

FRENCH = (
    "Le ministre des Affaires étrangères a déclaré jeudi que les négociations « avancent ».\n"
    "À Genève, l'École et l'État ; coût : 12 € par élève, œuvre commune.\n"
    "“We are not there yet,” said the spokesman — Reuters’ sources agreed.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read(tmp_path: Path, name: str, data: bytes, **kwargs: int) -> ArticleInput:
    return read_article(write(tmp_path, name, data), max_bytes=kwargs.get("max_bytes", LIMIT))


# ------------------------------------------------------------- plain text


def test_reader_utf8_seed_is_read_unchanged() -> None:
    article = read_article(SEED, max_bytes=LIMIT)
    assert article.text == SEED_TEXT
    assert (article.encoding, article.format, article.path) == ("utf-8", "text", str(SEED))
    assert article.title == HEADLINE
    assert article.byte_size == SEED.stat().st_size
    assert article.notes == ()


@pytest.mark.parametrize(
    ("name", "data", "expected", "encoding"),
    [
        ("utf8-bom", b"\xef\xbb\xbf" + SEED_TEXT.encode("utf-8"), SEED_TEXT, "utf-8-sig"),
        ("utf16-le", b"\xff\xfe" + SEED_TEXT.encode("utf-16-le"), SEED_TEXT, "utf-16-le"),
        ("utf16-be", b"\xfe\xff" + SEED_TEXT.encode("utf-16-be"), SEED_TEXT, "utf-16-be"),
        ("cp1256", SEED_CP1256, SEED_CP1256.decode("cp1256"), "cp1256"),
        ("cp1252", FRENCH.encode("cp1252"), FRENCH, "cp1252"),
        ("latin-1", "Die Größe der Übung war schön; Jürgen aß Äpfel.\n".encode("latin-1"),
         "Die Größe der Übung war schön; Jürgen aß Äpfel.\n", "cp1252"),
    ],
)
def test_reader_decodes_each_supported_encoding(tmp_path: Path, name: str, data: bytes, expected: str, encoding: str) -> None:
    article = read(tmp_path, f"{name}.txt", data)
    assert article.text == expected
    assert article.encoding == encoding
    assert "\ufeff" not in article.text
    assert article.byte_size == len(data)


def test_reader_cp1256_arabic_wins_over_latin_mojibake(tmp_path: Path) -> None:
    article = read(tmp_path, "seed-1256.txt", SEED_CP1256)
    assert article.title == HEADLINE
    assert "محادثات" in article.text and "Ç" not in article.text
    assert any("cp1256" in note for note in article.notes)


def test_reader_short_cp1256_headline_is_still_arabic(tmp_path: Path) -> None:
    article = read(tmp_path, "headline.txt", HEADLINE.encode("cp1256"))
    assert (article.text, article.encoding) == (HEADLINE, "cp1256")


def test_reader_cp1252_french_is_not_read_as_arabic(tmp_path: Path) -> None:
    article = read(tmp_path, "fr.txt", FRENCH.encode("cp1252"))
    assert "l'École et l'État" in article.text
    assert not any("\u0600" <= ch <= "\u06ff" for ch in article.text)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_reader_crlf_and_lone_cr_become_lf(tmp_path: Path, newline: str) -> None:
    article = read(tmp_path, "seed.txt", SEED_TEXT.replace("\n", newline).encode("utf-8"))
    assert article.text == SEED_TEXT
    assert any("converted to LF" in note for note in article.notes)


def test_reader_mixed_line_endings_are_counted(tmp_path: Path) -> None:
    article = read(tmp_path, "mixed.txt", b"one\r\ntwo\rthree\nfour\r\n")
    assert article.text == "one\ntwo\nthree\nfour\n"
    assert article.notes == ("line endings: 2 CRLF and 1 CR converted to LF",)


def test_reader_changes_nothing_but_line_endings(tmp_path: Path) -> None:
    text = "\n\n  عنوانٌ  \t\n\u00a0قالـــت «هآرتس»\u200c إن…  \n\n\ntrailing   \n\ufeffinner mark stays"
    assert read(tmp_path, "keep.txt", text.encode("utf-8")).text == text


def test_reader_plain_text_title_is_a_headline_line_only(tmp_path: Path) -> None:
    article = read(tmp_path, "lead.txt", "Talks ended without a breakthrough, officials said on Friday.\nMore.\n".encode())
    assert article.title == ""


def test_reader_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = SEED_TEXT.replace("\n", "\r\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    article = read_article("-", max_bytes=LIMIT)
    assert (article.text, article.path, article.format, article.byte_size) == (SEED_TEXT, "<stdin>", "text", len(data))


def test_reader_stdin_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 101)))
    with pytest.raises(InputError, match=r"^<stdin>: input is over the 100-byte limit .*input\.max_bytes"):
        read_article("-", max_bytes=100)


# --------------------------------------------------------------- markdown


def test_reader_markdown_is_kept_as_written_with_its_heading_as_title(tmp_path: Path) -> None:
    text = "Intro line\n\n# محادثات مسقط ##\n\nقالت **رويترز** إن [المحادثات](https://example.org) انتهت.\n\n## Section\n"
    article = read(tmp_path, "a.md", text.replace("\n", "\r\n").encode("utf-8"))
    assert (article.format, article.title, article.text) == ("markdown", "محادثات مسقط", text)


def test_reader_markdown_without_heading_has_no_title(tmp_path: Path) -> None:
    article = read(tmp_path, "b.markdown", b"Just text.\n")
    assert (article.format, article.title) == ("markdown", "")


# ------------------------------------------------------------------- HTML

PARAGRAPHS = SEED_LINES[1:9]


def news_page(paragraphs: list[str], *, headline: str = HEADLINE, charset: str = "utf-8") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>{headline} | الشرق</title>
<script>window.dataLayer = window.dataLayer || []; trackPageView();</script>
<style>.nav li {{ display: inline }}</style>
</head><body>
<header><nav class="nav"><ul><li><a href="/">الرئيسية</a></li><li><a href="/economy">اقتصاد</a></li>
<li><a href="/sport">رياضة</a></li></ul></nav></header>
<main><article><h1>{headline}</h1>
<div class="share"><a href="#">فيسبوك</a> <a href="#">واتساب</a></div>
<div class="article-body">
{body}
<script>loadAds("slot-1");</script>
</div></article>
<aside><h3>الأكثر قراءة</h3><ol><li><a href="/1">أسعار الذهب ترتفع إلى مستوى قياسي جديد</a></li></ol></aside>
</main>
<footer><p>© 2026 جميع الحقوق محفوظة</p></footer>
</body></html>"""


def test_reader_html_keeps_paragraphs_one_per_line_with_the_headline_first(tmp_path: Path) -> None:
    article = read(tmp_path, "page.html", news_page(PARAGRAPHS).encode("utf-8"))
    lines = article.text.split("\n")
    assert article.format == "html"
    assert article.title == HEADLINE
    assert lines[0] == HEADLINE
    assert [line for line in lines[1:] if line] == PARAGRAPHS
    for boilerplate in ("رياضة", "dataLayer", "loadAds", "الأكثر قراءة", "جميع الحقوق", "فيسبوك"):
        assert boilerplate not in article.text
    assert article.text.endswith("\n") and "\r" not in article.text


def test_reader_html_is_sniffed_from_content(tmp_path: Path) -> None:
    article = read(tmp_path, "saved.txt", ("\n  <!-- saved -->\n" + news_page(PARAGRAPHS)).encode("utf-8"))
    assert article.format == "html"
    assert PARAGRAPHS[0] in article.text.split("\n")


def test_reader_html_declared_windows_1256(tmp_path: Path) -> None:
    page = news_page(PARAGRAPHS[:3], charset="windows-1256")
    article = read(tmp_path, "page.htm", page.encode("cp1256", errors="replace"))
    assert article.encoding == "cp1256"
    assert article.title == HEADLINE


def test_reader_html_title_cut_at_a_dash_takes_the_full_headline_line(tmp_path: Path) -> None:
    # No <h1>: the headline is bold text, and the <title> is cut at its dash by the extractor.
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><div><b>{HEADLINE}</b></div>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:4])
        + "</body></html>"
    )
    article = read(tmp_path, "old.html", page.encode("utf-8"))
    assert article.title == HEADLINE
    assert article.text.split("\n").count(HEADLINE) == 1


# ------------------------------------------------------------ bad inputs


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b" \r\n\t \n", "only whitespace"),
        ("marks.txt", "\u200f\u200d\u200c ... !? \u2066".encode(), "no words"),
        ("underscores.txt", b"___ ___\n", "no words"),
        ("nul.txt", b"text\x00more", "NUL bytes"),
        ("utf16-no-bom.txt", "plain".encode("utf-16-le"), "NUL bytes"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 16, "PNG image"),
        ("photo.txt", b"\xff\xd8\xff\xe0" + b"\x00" * 16, "JPEG image"),
        ("anim.txt", b"GIF89a" + b"\x01" * 16, "GIF image"),
        ("paper.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        ("article.docx", b"PK\x03\x04" + b"\x14" * 16, "zip archive"),
        ("noise.txt", bytes((i * 37 + 11) % 128 + 128 for i in range(2000)), "cannot tell the text encoding"),
        ("damaged.txt", SEED_TEXT.encode("utf-8")[:501] + b"\xff" + SEED_TEXT.encode("utf-8")[501:], "invalid UTF-8 at byte 501"),
        ("menu.html", b"<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
                      b"<footer>(c) 2026</footer><script>render()</script></body></html>", "no article text"),
        ("blank.html", b"<!doctype html><html><head><title>x</title></head><body></body></html>", "no article text"),
    ],
)
def test_reader_refuses_bad_input_in_one_line(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        read_article(path, max_bytes=LIMIT)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert problem in message
    assert "\n" not in message


def test_reader_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"^seeds/x\.txt: file not found$"):
        read_article("seeds/x.txt", max_bytes=LIMIT)


def test_reader_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_article(tmp_path, max_bytes=LIMIT)


def test_reader_a_named_pipe_nobody_writes_to_reads_as_empty_instead_of_waiting(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputError, match="is empty"):
        read_article(tmp_path / "pipe.txt", max_bytes=LIMIT)


def test_reader_a_pipe_with_a_writer_is_read_to_its_end() -> None:
    import os

    read_end, write_end = os.pipe()  # what <(command) gives: a pipe whose writer is there before it is opened
    try:
        os.write(write_end, "وقال مسؤول إن الجولة قريبة.\n".encode())
        os.close(write_end)
        text = read_article(f"/proc/self/fd/{read_end}", max_bytes=LIMIT).text
    finally:
        os.close(read_end)
    assert text == "وقال مسؤول إن الجولة قريبة.\n"


def test_reader_file_over_max_bytes_names_size_limit_and_setting(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"word " * 300)
    with pytest.raises(InputError) as caught:
        read_article(path, max_bytes=1000)
    assert str(caught.value) == (
        f"{path}: file is 1,500 bytes, over the 1,000-byte limit (raise input.max_bytes in the config to read it)"
    )


def test_reader_empty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(InputError, match=r"^<stdin>: input is empty$"):
        read_article("-", max_bytes=LIMIT)


def test_reader_html_from_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(news_page(PARAGRAPHS).encode("utf-8"))))
    article = read_article("-", max_bytes=LIMIT)
    assert (article.format, article.title, article.path) == ("html", HEADLINE, "<stdin>")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=st.one_of(
    st.binary(min_size=0, max_size=400),
    st.text(min_size=0, max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"<html>", b"<!doctype html><p>", b"\xef\xbb\xbf", b"\xff\xfe", b"# \n", b"PK\x03\x04"]).flatmap(
        lambda head: st.binary(max_size=200).map(lambda tail: head + tail)),
))
def test_reader_random_bytes_are_read_or_refused_in_one_line(tmp_path: Path, payload: bytes) -> None:
    import framing

    path = tmp_path / "random.txt"
    path.write_bytes(payload)
    try:
        source = read_article(path, max_bytes=10_000)
    except InputError as exc:
        assert str(exc).strip() and "\n" not in str(exc).strip()
        return
    framing.analyze(source.text, ROOT / "config.yaml")  # whatever was read analyses without an error


@pytest.mark.parametrize("limit", [10**11, 2**63])
def test_reader_a_huge_byte_limit_costs_no_memory(tmp_path: Path, limit: int) -> None:
    path = tmp_path / "a.txt"
    path.write_text("قالت وكالة إرنا إن المحادثات انتهت.\n", encoding="utf-8")
    assert "إرنا" in read_article(path, max_bytes=limit).text


@pytest.mark.parametrize(("text", "said"), [
    ("路透社报道说，双方代表团从未坐在同一个房间里。部长表示必须取消制裁。", "neither Arabic nor Latin"),
    ("خبرگزاری ایرنا گزارش داد که گفتگوها در مسقط پایان یافت و هیئت‌ها به کشورهای خود بازگشتند.", "Arabic does not"),
    ("قالت «هآرتس» إن المحادثات انتهت في مسقط.", None),
    ("Reuters said the talks in Muscat had ended.", None),
])
def test_reader_notes_text_in_letters_framing_does_not_read(text, said):
    from framing.reader import decode_article

    notes = decode_article(text.encode("utf-8"), "a.txt").notes
    if said is None:
        assert not any("letters" in n for n in notes)
    else:
        assert any(said in n for n in notes)
