"""URL canonicalisation (courlan plus our noise rules) and the same-site rule."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from courlan import clean_url, extract_domain

from ..html.profiles import site_profiles
from .rules import rules


def canonical(url: str, base: str | None = None) -> str | None:
    """One spelling per page: absolute, no fragment, no tracking or AMP parameters (courlan's list
    and ours), no ``/amp`` suffix, no trailing slash (except the root); None for what is no web page
    address (``javascript:``, ``mailto:``, a bare ``#``)."""
    url = (url or "").strip()
    if not url or url.startswith("#"):
        return None
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
        return None
    r = rules()
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if k.lower() not in r.tracking_params])  # fmt: skip
    path = parts.path or "/"
    for suffix in r.amp_suffixes:
        stripped = path.rstrip("/")
        if stripped.lower().endswith(suffix):
            path = stripped[: -len(suffix)] or "/"
        elif suffix.startswith(".") and f"{suffix}." in stripped.lower():  # page.amp.html -> page.html
            i = stripped.lower().rindex(f"{suffix}.")
            path = stripped[:i] + stripped[i + len(suffix) :]
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    rebuilt = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))
    return clean_url(rebuilt) or rebuilt


def site_of(url: str) -> str:
    """The registered domain (``diaoc.nld.com.vn`` -> ``nld.com.vn``); host:port for addresses and
    names without a public suffix (``127.0.0.1:8000``, ``localhost``)."""
    domain = extract_domain(url)
    if domain:
        return domain.lower()
    return urlsplit(url).netloc.lower()


def sites_of(start_urls: list[str]) -> frozenset[str]:
    """The sites a crawl from ``start_urls`` stays on: theirs, and every domain of a site profile
    that lists one of them (an outlet with two domains is one site)."""
    sites = {site_of(u) for u in start_urls}
    for profile in site_profiles().values():
        domains = {d.lower() for d in profile.domains}
        if sites & domains:
            sites |= domains
    return frozenset(sites)
