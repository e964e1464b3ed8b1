"""The n-gram part of ``Counts`` as Arrow columns, and its sum over many parts.

A corpus' summed counts are mostly n-grams: hundreds of thousands of
(unit, n-gram) counts and the surface forms seen for them. As Python dict
entries each costs about two hundred bytes; as Arrow columns, summed by
Arrow's group-by a block at a time, a few dozen. ``NgramSums`` keeps a corpus'
sum that way, and ``framing.keyness`` reads the columns (``NgramColumns``),
whether they hold one article's counts or a corpus'.

Counts only: a form's first place is kept as one integer, article << 32 | token,
so the smallest is the one seen first, as ``Counts.add`` keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from framing.counts import Counts

NGRAM_KEYS = ("unit_type", "unit", "n", "key")
FORM_KEYS = ("unit_type", "unit", "key", "surface")
_NGRAMS = pa.schema([("unit_type", pa.string()), ("unit", pa.string()), ("n", pa.int64()), ("key", pa.string()),
                     ("count", pa.int64())])
_FORMS = pa.schema([("unit_type", pa.string()), ("unit", pa.string()), ("key", pa.string()),
                    ("surface", pa.string()), ("count", pa.int64()), ("first", pa.int64())])
_TOKEN_BITS = 32


@dataclass(frozen=True)
class NgramColumns:
    """N-gram counts (``unit_type, unit, n, key, count``) and surface forms (``unit_type, unit, key, surface,
    count, first``), one row per distinct key, in no particular order."""

    ngrams: pa.Table
    forms: pa.Table


def ngram_columns(counts: Counts, ordinal: int = 0) -> NgramColumns:
    """The n-grams, forms and first places of ``counts`` as columns; ``ordinal`` shifts its articles, as in
    ``Counts.add``."""
    ngrams = counts.ngrams
    forms = counts.forms
    places = counts.first_seen
    ngram_table = pa.table([
        [k[0] for k in ngrams], [k[1] for k in ngrams], [k[2] for k in ngrams], [k[3] for k in ngrams],
        list(ngrams.values()),
    ], schema=_NGRAMS)
    first = [((places[k][0] + ordinal) << _TOKEN_BITS) | places[k][1] for k in forms]
    form_table = pa.table([
        [k[0] for k in forms], [k[1] for k in forms], [k[2] for k in forms], [k[3] for k in forms],
        list(forms.values()), first,
    ], schema=_FORMS)
    return NgramColumns(ngram_table, form_table)


def first_place(first: int) -> tuple[int, int]:
    """(article, token) of a form's ``first`` value."""
    return first >> _TOKEN_BITS, first & ((1 << _TOKEN_BITS) - 1)


def _summed(tables: list[pa.Table], keys: tuple[str, ...], minimum: tuple[str, ...] = ()) -> pa.Table:
    """One row per distinct ``keys``: ``count`` summed, the ``minimum`` columns at their least (one table is
    taken as it is: each holds distinct keys)."""
    if len(tables) == 1:
        return tables[0]
    table = pa.concat_tables(tables)
    aggregates = [("count", "sum"), *((column, "min") for column in minimum)]
    grouped = table.group_by(list(keys), use_threads=False).aggregate(aggregates)
    names = {"count_sum": "count", **{f"{column}_min": column for column in minimum}}
    grouped = grouped.rename_columns([names.get(name, name) for name in grouped.column_names])
    return grouped.select([*keys, "count", *minimum]).combine_chunks()


class NgramSums:
    """The sum of many ``Counts``' n-grams and forms, kept as columns.

    New rows are summed with the rows summed before once they are at least ``block_rows`` and at least as many
    as those: each row is summed a few times at most (the sums double), and memory holds at most about twice the
    summed rows."""

    def __init__(self, block_rows: int = 500_000):
        self._block_rows = block_rows
        self._ngrams: list[pa.Table] = []
        self._forms: list[pa.Table] = []
        self._pending = 0
        self._summed_rows = 0

    def add(self, counts: Counts, ordinal: int = 0) -> None:
        """Add the n-gram part of ``counts``, whose articles come ``ordinal`` articles after the first."""
        if counts.ngrams or counts.forms:
            self.add_columns(ngram_columns(counts, ordinal))

    def add_columns(self, part: NgramColumns, ordinal: int = 0) -> None:
        """Add n-gram columns (``ngram_columns``), whose articles come ``ordinal`` articles after the first."""
        if ordinal:
            shifted = pc.add(part.forms.column("first"), pa.scalar(ordinal << _TOKEN_BITS, pa.int64()))
            part = NgramColumns(part.ngrams, part.forms.set_column(part.forms.schema.get_field_index("first"), "first", shifted))
        self._ngrams.append(part.ngrams)
        self._forms.append(part.forms)
        self._pending += part.ngrams.num_rows + part.forms.num_rows
        if self._pending >= max(self._block_rows, self._summed_rows):
            self.columns()

    def columns(self) -> NgramColumns:
        """Every row summed: one per distinct key."""
        self._ngrams = [_summed(self._ngrams, NGRAM_KEYS)] if self._ngrams else [_NGRAMS.empty_table()]
        self._forms = [_summed(self._forms, FORM_KEYS, ("first",))] if self._forms else [_FORMS.empty_table()]
        self._pending = 0
        self._summed_rows = self._ngrams[0].num_rows + self._forms[0].num_rows
        pa.default_memory_pool().release_unused()  # the parts just summed: Arrow's allocator keeps freed memory else
        return NgramColumns(self._ngrams[0], self._forms[0])
