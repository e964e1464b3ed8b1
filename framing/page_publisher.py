"""The publisher a page's own address or site name gives: the outlet whose web site (its ``domains`` in the config)
the page is on, or whose name the page gives as its site's ("og:site_name")."""

from __future__ import annotations

from urllib.parse import urlsplit

from framing.attribution import publisher_id
from framing.config import Config


def outlet_of_address(config: Config, address: str) -> str:
    """The config id of the outlet whose site holds the page at ``address`` ('' for none, or no address): its host or
    the nearest host above it among the outlets' domains ("https://www.reuters.com/world/…" -> reuters,
    "today.lorientlejour.com" -> lorient_le_jour); a platform publishes nothing of its own."""
    host = _host(address)
    if not host:
        return ""
    owners = config.derived("page_publisher.domains", _domain_owners)
    parts = host.split(".")
    return next((owners[".".join(parts[k:])] for k in range(len(parts) - 1) if ".".join(parts[k:]) in owners), "")


def page_publisher(config: Config, address: str, site_name: str = "") -> tuple[str, str]:
    """``(outlet id, how it was found)`` of the page's publisher, by its address first, then by the site name the page
    gives when it is one of the config's outlets; ``("", "")`` when neither names one."""
    found = outlet_of_address(config, address)
    if found:
        return found, f"the page's address ({_host(address)})"
    name = " ".join(site_name.split())
    if name and len(name) <= 100:
        try:
            found = publisher_id(config, name)
        except ValueError:
            found = ""
        outlet = config.outlet(found) if found else None
        if outlet is not None and outlet.type != "platform":
            return found, f"the site name the page gives ({name!r})"
    return "", ""


def _host(address: str) -> str:
    address = address.strip()
    if not address or any(c.isspace() for c in address):
        return ""
    if "://" in address:
        if address.split("://", 1)[0].lower() not in ("http", "https"):
            return ""  # (ftp://, file://: no web page)
    elif not address.startswith("//"):
        if "@" in address or ":" in address.split("/", 1)[0]:
            return ""  # (mailto:, urn:, an e-mail address: no page)
        address = "//" + address  # "reuters.com/world/…"
    try:
        host = urlsplit(address).hostname or ""
    except ValueError:  # ("http://[::1" and the like)
        return ""
    host = host.rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _domain_owners(config: Config) -> dict[str, str]:
    return {domain: outlet.id for outlet in config.outlets if outlet.type != "platform" for domain in outlet.domains}
