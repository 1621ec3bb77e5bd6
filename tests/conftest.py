import pytest


@pytest.fixture(scope="session")
def facts():
    """Facts of one passage of body text (no article detection), through the whole pipeline."""

    from vn_news_extract import extract_text

    def run(text: str, kind: str):
        return extract_text(text, as_article=False)[kind]

    return run


@pytest.fixture(scope="session")
def rule_facts():
    """Facts of one passage from the pure rules core: no spaCy, no underthesea (sentences by a plain rule)."""
    from vn_news_extract import rules

    def run(text: str, kind: str):
        return [f.to_record() for f in rules.extract_text(text, [kind])[kind]]

    return run
