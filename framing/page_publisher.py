"""The publisher an article's own address or site name gives: the outlet whose web site (its ``domains`` in the
config) the page is on, or whose name the page gives its site (``og:site_name``) when its address does not say
otherwise; and a publisher given as a config id, a name, an alias or a site."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from framing.attribution import outlet_by_name, publisher_id
from framing.config import Config

MAX_ADDRESS = 4096  # characters: a page address longer than this is no address
MAX_HOST = 253
_PORT_ONLY = re.compile(r"^[^:/@\s]+:\d+(?:/|$)")  # "cnn.com:443/x": a host and a port, no scheme


def outlet_of_address(config: Config, address: str) -> str:
    """The config id of the outlet whose site holds the page at ``address`` ('' for none, or no address): its host or
    the nearest host above it among the outlets' domains ("https://www.reuters.com/world/…" -> reuters,
    "today.lorientlejour.com" -> lorient_le_jour); a platform publishes nothing of its own."""
    return _owner_of_host(config, host_of(address))


def page_publisher(config: Config, address: str, site_name: str = "") -> tuple[str, str]:
    """``(outlet id, how it was found)`` of a page's publisher: by its address; else by the site name the page gives,
    when that is an outlet's name or alias and the address (if any) is on none of that outlet's sites;
    ``("", "")`` when neither names one."""
    host = host_of(address)
    found = _owner_of_host(config, host)
    if found:
        return found, f"the page's address ({_shown(host)})"
    name = " ".join(site_name.split())
    found = outlet_by_name(config, name) if name and len(name) <= 100 else ""
    outlet = config.outlet(found) if found else None
    if outlet is None or outlet.type == "platform" or (host and outlet.domains):
        return "", ""  # (a page on another site than the one its name gives: "The National" on thenational.scot)
    return found, f"the site name the page gives ({name!r})"


def named_publisher(config: Config, value: str) -> str:
    """The config id of the publisher ``value`` names: an outlet's id, name or alias, or a site of one of the
    outlets ("cnn.com", "https://www.bbc.co.uk/news", as GDELT and Media Cloud name sources); '' for blanks;
    ``ValueError`` when it names none."""
    try:
        return publisher_id(config, value)
    except ValueError:
        found = outlet_of_address(config, value) if "." in value else ""
        if not found:
            raise
        return found


def host_of(address: str) -> str:
    """The host of a web page's ``address``, lower case, in its ASCII (IDNA) form, without "www." ('' for no web
    address: another scheme, an e-mail address, a host too long to be one)."""
    address = unicodedata.normalize("NFKC", address.strip()).replace("\\", "/")  # (fullwidth letters; "\\" is "/")
    address = address.split()[0] if address and len(address) <= MAX_ADDRESS else ""  # "https://x.com/a b": the host
    if "://" in address:
        if address.split("://", 1)[0].lower() not in ("http", "https"):
            return ""  # (ftp://, file://: no web page)
    elif not address.startswith("//"):
        if "@" in address or (":" in address.split("/", 1)[0] and not _PORT_ONLY.match(address)):
            return ""  # (mailto:, urn:, an e-mail address: no page)
        address = "//" + address  # "reuters.com/world/…", "cnn.com:443/x"
    try:
        host = (urlsplit(address).hostname or "").rstrip(".")
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except (ValueError, UnicodeError):  # ("http://[::1", a label too long for IDNA)
        return ""
    if len(host) > MAX_HOST:
        return ""
    return host[4:] if host.startswith("www.") else host


def _owner_of_host(config: Config, host: str) -> str:
    """The outlet whose domain is ``host`` or the nearest host above it ('' for none)."""
    if not host:
        return ""
    owners = config.derived("page_publisher.domains", _domain_owners)
    parts = host.split(".")
    return next((owners[".".join(parts[k:])] for k in range(len(parts) - 1) if ".".join(parts[k:]) in owners), "")


def _shown(host: str) -> str:
    return host if len(host) <= 60 else host[:57] + "..."


def _domain_owners(config: Config) -> dict[str, str]:
    return {domain: outlet.id for outlet in config.outlets if outlet.type != "platform" for domain in outlet.domains}
