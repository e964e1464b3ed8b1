"""Questions about the quotations of one sentence that ``quote_spans`` answers, without rereading it.

Attribution asks, for a passage that runs from a cue to the end of its sentence, how much of it is
quoted; and, inside a speaker's name, where a quotation opened in a gap closes. Asked with
``quote_spans`` for each cue, a sentence with many cues was read again for each (quadratic on a long
sentence). The answers here are the same, read incrementally.
"""

from __future__ import annotations

from framing.text import QuoteReader, quote_marks


def first_span_opened_in(text: str, gap_start: int, gap_end: int, end: int) -> tuple[int, int] | None:
    """The first of ``quote_spans(text, gap_start, end)`` that opens before ``gap_end``.

    Reads marks only until no quotation opened in the gap is still open.
    """
    reader = QuoteReader()
    found: list[tuple[int, int]] = []
    for m in quote_marks(text, gap_start, end):
        i = m.start()
        if i >= gap_end and not (reader.stack and reader.stack[0][1] < gap_end) and not (0 <= reader.straight_open < gap_end):
            break  # whatever closes from here on opened after the gap
        span = reader.read(m.group(), i)
        if span is not None and span[0] < gap_end:
            found.append(span)
    return min(found) if found else None


class SuffixQuotes:
    """Quoted characters in ``text[p:end]`` for several starts ``p`` of one sentence ending at ``end``.

    Reading from ``p`` is the same as reading from an earlier start once both readers stand at the
    same mark with nothing open: from there the rest is the sum already known for the earlier reading.
    The last reading that went to the end is kept for that purpose.
    """

    def __init__(self, text: str, start: int, end: int):
        self.text, self.end = text, end
        self.marks = [(m.start(), m.group()) for m in quote_marks(text, start, end)]
        self._first = len(self.marks)  # the kept reading covers marks[_first:]
        self._clean: list[bool] = []  # before marks[_first + k]: nothing open
        self._after: list[int] = []  # quoted characters closed at marks[_first + k] and later

    def quoted(self, p: int, after: int, before: int) -> int:
        """Sum of ``b - a`` over ``quote_spans(text, p, end)`` with ``a >= after`` or ``b <= before``."""
        from bisect import bisect_left

        first = bisect_left(self.marks, (p, ""))
        reader = QuoteReader()
        total = 0
        closed: list[int] = []  # this reading's span lengths closed at each mark, in case it is kept
        clean: list[bool] = []
        for k in range(first, len(self.marks)):
            i, ch = self.marks[k]
            if reader.clean and i >= after and k >= self._first and self._clean[k - self._first]:
                return total + self._after[k - self._first]  # every span from here on opens at or after i
            clean.append(reader.clean)
            span = reader.read(ch, i)
            length = 0
            if span is not None and (span[0] >= after or span[1] <= before):
                length = span[1] - span[0]
            closed.append(span[1] - span[0] if span is not None else 0)
            total += length
        # read to the end: keep this reading (its sums count every span, as a later start sees them)
        suffix, running = [0] * (len(closed) + 1), 0
        for k in range(len(closed) - 1, -1, -1):
            running += closed[k]
            suffix[k] = running
        self._first, self._clean, self._after = first, [*clean, True], suffix
        return total
