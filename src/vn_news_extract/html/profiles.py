"""Site profiles: per-outlet CSS selectors kept as data in ``data/sites/<outlet>.json``.

``_generic.json`` holds the rules every page gets; an outlet's profile puts its own selectors first and
adds boxes to drop.  A profile is chosen by the page's host (canonical URL, ``og:url`` or the URL it
came from).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from ..lexicon import data_path

_FIELDS = ("title", "sapo", "author", "date", "body", "captions", "drop")


@dataclass(frozen=True)
class SiteProfile:
    key: str
    name: str | None
    domains: tuple[str, ...]
    site_names: tuple[str, ...]
    title: tuple[str, ...]
    sapo: tuple[str, ...]
    author: tuple[str, ...]
    date: tuple[str, ...]
    body: tuple[str, ...]
    captions: tuple[str, ...]
    drop: tuple[str, ...]
    drop_class: re.Pattern[str] | None = None

    def merged(self, generic: SiteProfile) -> SiteProfile:
        """This profile's selectors first, then the generic ones (body: the profile's only)."""
        lists = {f: _unique(getattr(self, f) + getattr(generic, f)) for f in _FIELDS if f != "body"}
        return SiteProfile(
            key=self.key,
            name=self.name,
            domains=self.domains,
            site_names=self.site_names,
            body=self.body,
            drop_class=generic.drop_class,
            **lists,
        )


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _load(key: str, data: dict) -> SiteProfile:
    patterns = data.get("drop_class_patterns") or []
    return SiteProfile(
        key=key,
        name=data.get("name"),
        domains=tuple(data.get("domains", ())),
        site_names=tuple(data.get("site_names", ())),
        drop_class=re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None,
        **{f: tuple(data.get(f, ())) for f in _FIELDS},
    )


@lru_cache(maxsize=1)
def _all() -> tuple[SiteProfile, dict[str, SiteProfile]]:
    generic: SiteProfile | None = None
    sites: dict[str, SiteProfile] = {}
    for path in sorted(data_path("sites").glob("*.json")):
        with path.open(encoding="utf-8") as fh:
            profile = _load(path.stem, json.load(fh))
        if path.stem == "_generic":
            generic = profile
        else:
            sites[path.stem] = profile
    if generic is None:
        raise RuntimeError("data/sites/_generic.json is missing")
    return generic, {k: p.merged(generic) for k, p in sites.items()}


def generic_profile() -> SiteProfile:
    return _all()[0]


def site_profiles() -> dict[str, SiteProfile]:
    return dict(_all()[1])


def profile_for(*urls: str | None) -> SiteProfile:
    """The outlet profile for the first URL whose host matches one, else the generic profile."""
    generic, sites = _all()
    for url in urls:
        host = host_of(url)
        if not host:
            continue
        for profile in sites.values():
            if any(host == d or host.endswith("." + d) for d in profile.domains):
                return profile
    return generic


def host_of(url: str | None) -> str | None:
    if not url or "://" not in url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # "http://[broken" in a page's canonical link or og:url
        return None
    return host[4:] if host.startswith("www.") else host or None
