r"""The config's regular expressions (frame term patterns, the post signature), compiled and run with limits.

Users share configs, so a pattern must never hang a run. Patterns go through
the ``regex`` package (its default VERSION0 syntax and semantics are those of
``re``: Unicode ``\\w``, lookarounds and backreferences work as in ``re``)
rather than ``re``, because ``regex`` can stop a match after a timeout:

* ``compile_pattern`` refuses, before compiling, a pattern whose nested
  counted repeats (``((a{1000}){1000}){1000}``) would take minutes to
  compile; ``PatternError`` says why.
* ``find_spans`` and ``TimedPattern.match`` run a pattern on a text within a
  budget for the whole text (not per match): ``SECONDS`` plus ``PER_MILLION``
  per million characters, since ``regex`` itself takes about a second to
  list the 800,000 words of a 5 MB text. Past it they raise
  ``PatternTimeout``. A catastrophically backtracking pattern such as
  ``(a+)+$`` on a long run of ``a`` is stopped that way, on an article of
  ordinary length within about 2 s (``regex`` overruns a timeout by up to
  its length again).

One difference from ``re``: ``regex`` counts combining marks (Arabic harakat,
U+064B–U+0652) as word characters, so ``\w+`` takes «تصفيرٌ» whole where
``re`` stops at the mark. Matching ignores diacritics everywhere else too.

Nothing here knows the config: callers turn these errors into the config's
own error naming the frame and term.
"""

from __future__ import annotations

import time
from typing import Any

import regex

SECONDS = 1.0  # budget for one pattern over one text, plus PER_MILLION per million characters
PER_MILLION = 1.0
_RESTART_BELOW = 0.5  # restart the iterator once less than this share of its step timeout is left
MAX_SIZE = 100_000  # atoms after multiplying out counted repeats: 100,000 compiles in about 0.1 s


class PatternError(ValueError):
    """The pattern is not a valid regular expression, or too large to compile."""


class PatternTimeout(TimeoutError):
    """The pattern ran longer than its budget on one text."""

    def __init__(self, pattern: str, seconds: float):
        self.pattern = pattern
        self.seconds = seconds
        super().__init__(
            f"pattern /{pattern}/ was stopped after {seconds:.3g} s on this text: it backtracks catastrophically "
            "(nested or overlapping repeats such as (a+)+ or (a|aa)+); rewrite it"
        )


def expanded_size(pattern: str) -> int:
    """An upper estimate of how many atoms ``pattern`` has once counted repeats (``{m,n}``) are multiplied out.

    ``(ab){3}`` is 6, ``((a{10}){10}){10}`` is 1,000. A ``{`` that does not
    make a quantifier counts as a literal, as it does in the pattern.
    """
    frames = [0]  # size of each open group
    last = 0  # size of the atom a quantifier would apply to
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            j = i + 2
            if j < n and pattern[i + 1] in "pPNxuUgk" and pattern[j] in "{<":
                close = pattern.find("}" if pattern[j] == "{" else ">", j)
                j = n if close < 0 else close + 1
            last, i = 1, j
            frames[-1] += 1
        elif ch == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            last, i = 1, j + 1
            frames[-1] += 1
        elif ch == "(":
            frames.append(0)
            i += 1
        elif ch == ")":
            last = frames.pop() if len(frames) > 1 else 0
            frames[-1] += last
            i += 1
        elif ch == "{":
            close = pattern.find("}", i)
            bounds = [b.strip() for b in pattern[i + 1 : close].split(",")] if close > 0 else []
            if 1 <= len(bounds) <= 2 and all(b.isdigit() or not b for b in bounds) and any(bounds):
                count = max(int(b) for b in bounds if b)
                frames[-1] += last * (count - 1) if count else -last
                last *= max(count, 1)
                i = close + 1
            else:
                last, i = 1, i + 1
                frames[-1] += 1
        elif ch in "*+?|":
            i += 1
        else:
            last, i = 1, i + 1
            frames[-1] += 1
    return sum(frames)


def compile_pattern(pattern: str) -> regex.Pattern[str]:
    """Compile ``pattern`` with ``regex``; ``PatternError`` when it is invalid or too large to compile quickly."""
    size = expanded_size(pattern)
    if size > MAX_SIZE:
        raise PatternError(
            f"pattern is too large once its counted repeats are multiplied out ({size:,} > {MAX_SIZE:,} atoms)"
        )
    try:
        return regex.compile(pattern)
    except (regex.error, OverflowError, ValueError) as exc:
        raise PatternError(str(exc)) from None


def budget(text: str) -> float:
    """Seconds one pattern may run over ``text``."""
    return SECONDS + PER_MILLION * len(text) / 1_000_000


def find_spans(pattern: regex.Pattern[str], text: str, *, seconds: float | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-empty match, as ``finditer`` finds them, within ``seconds`` for the whole text.

    ``seconds`` defaults to ``budget(text)``. Raises ``PatternTimeout`` past
    it. ``regex`` applies a timeout to each search step, so the iterator is
    restarted after a match (with what is left of the budget) once the time
    left is below half the step timeout.
    """
    seconds = budget(text) if seconds is None else seconds
    deadline = time.monotonic() + seconds
    spans: list[tuple[int, int]] = []
    pos = 0
    while True:
        step = deadline - time.monotonic()
        if step <= 0:
            raise PatternTimeout(pattern.pattern, seconds)
        restart = False
        try:
            for m in pattern.finditer(text, pos, timeout=step):
                if m.end() > m.start():
                    spans.append(m.span())
                    left = deadline - time.monotonic()
                    if left < step * _RESTART_BELOW:  # a fresh iterator at m.end() continues where this one would
                        pos, restart = m.end(), True
                        break
        except TimeoutError:
            raise PatternTimeout(pattern.pattern, seconds) from None
        if not restart:
            return spans


class TimedPattern:
    """A compiled pattern whose ``match`` calls share one budget of ``seconds`` (one text, many blocks).

    Only the time spent inside ``match`` counts: the work done between calls (reading the sentences of a
    long article) never uses up the pattern's budget.
    """

    def __init__(self, pattern: str, seconds: float = SECONDS):  # the caller passes budget(text) for long texts
        self.compiled = compile_pattern(pattern)
        self.seconds = seconds
        self.spent = 0.0

    def match(self, string: str) -> Any:
        left = self.seconds - self.spent
        started = time.monotonic()
        try:
            if left <= 0:
                raise TimeoutError
            return self.compiled.match(string, timeout=left)
        except TimeoutError:
            raise PatternTimeout(self.compiled.pattern, self.seconds) from None
        finally:
            self.spent += time.monotonic() - started
