"""The value types the config schema shares: words, numbers as YAML writes them, source types."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict

from framing.text import tokenize


class Strict(BaseModel):
    """A config section: unknown keys refused, values frozen once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def _holding_a_word(message: str) -> AfterValidator:
    """A validator refusing a string with no word in it (``message``, with ``{text!r}`` for the string)."""

    def check(text: str) -> str:
        if not tokenize(text):
            raise ValueError(message.format(text=text))
        return text

    return AfterValidator(check)


# a word list's key is matched by its words: one with none would match nothing and break the lookups
WordKey = Annotated[str, _holding_a_word("has no word in it (a key is matched by its words)")]


def _not_a_truth_value(value: Any) -> Any:
    """``true`` is no number: YAML's booleans would otherwise pass as 1 and 0."""
    if isinstance(value, bool):
        raise ValueError("should be a number, not true or false")
    return value


def _whole_number(value: Any) -> Any:
    """A whole number as written: not ``true``, not ``1.0``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"should be a whole number, such as 1 (got {value!r})")
    return value


Number = Annotated[float, BeforeValidator(_not_a_truth_value)]  # a whole number is a number too ("weight: 2")


_HOST = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+")


def _host_name(value: Any) -> Any:
    """A web site's host name as a page address has it ("reuters.com", "english.alarabiya.net"): no scheme, path or
    "www."; a page on it or on any host under it is the outlet's own."""
    if not isinstance(value, str):
        return value
    if not value.isascii():
        raise ValueError(f"{value!r}: write an internationalised host name in its ASCII form (xn--…)")
    if not _HOST.fullmatch(value) or value.startswith("www.") or len(value) > 253:
        raise ValueError(f"{value!r} is not a host name; write it as a page address has it after the scheme, "
                         "without 'www.', a path or capitals (such as reuters.com)")
    labels = value.split(".")
    if not any(c.isalpha() for c in labels[-1]):
        raise ValueError(f"{value!r} is an IP address, not a site's name")
    if len(labels) == 2 and labels[0] in _SECOND_LEVEL:
        raise ValueError(f"{value!r} is a suffix many sites share (such as co.uk), not one site")
    return value


# Second-level labels under which countries register sites ("co.uk", "com.tr"): such a suffix names no one site.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "or", "ne", "go", "mil", "ltd", "plc", "info",
                           "gob", "nic", "sch", "nom", "biz"})


Domain = Annotated[str, BeforeValidator(_host_name)]


SourceType = Literal[
    "news_agency", "newspaper", "website", "broadcaster", "platform",
    "organization", "government", "think_tank",
]


SOURCE_TYPES: tuple[str, ...] = SourceType.__args__  # type: ignore[attr-defined]
