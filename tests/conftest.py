import pytest

from vn_news_extract import extract_text


@pytest.fixture(scope="session")
def facts():
    """Facts of one passage of body text (no article detection)."""

    def run(text: str, kind: str):
        return extract_text(text, as_article=False)[kind]

    return run
