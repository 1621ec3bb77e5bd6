"""Write ``pages.warc.gz``: two saved news pages as WARC response records plus one request record.

    python corpus/examples/make_warc.py

The pages are the project's own HTML fixtures (tests/fixtures/html/), so the archive is small and
reproducible; it is the example input for ``vn-news-extract extract`` and ``batch`` on web archives.
"""

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parents[1] / "tests" / "fixtures" / "html"
PAGES = [
    ("https://vnexpress.net/kinh-te/vi-du-1.html", "vnexpress.html"),
    ("https://laodongthudo.vn/phat-huy-vai-tro-tien-phong.html", "laodongthudo_acceptance.html"),
]


def main() -> None:
    with (HERE / "pages.warc.gz").open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for url, name in PAGES:
            body = (FIXTURES / name).read_bytes()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers))
        req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "vnexpress.net")], is_http_request=True)
        writer.write_record(writer.create_warc_record("https://vnexpress.net/", "request", http_headers=req))


if __name__ == "__main__":
    main()
