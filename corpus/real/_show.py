"""Print items of the real gold set for annotation: ``python corpus/real/_show.py d0001 da03 ...``
(``--split dev --from 1 --to 50`` prints a range of sentences)."""
from __future__ import annotations

import argparse

from _build import load_items, source_text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("ids", nargs="*")
    ap.add_argument("--split")
    ap.add_argument("--from", dest="lo", type=int, default=1)
    ap.add_argument("--to", dest="hi", type=int, default=10**6)
    args = ap.parse_args()
    sents, arts = load_items()
    ids = list(args.ids)
    if args.split:
        ids += [i for i in sents if sents[i]["split"] == args.split and args.lo <= int(i[1:]) <= args.hi]
    for i in ids:
        if i in sents:
            print(f"{i}\t{sents[i]['text']}")
        else:
            a = arts[i]
            print(f"=== {i} ({a['source_id']})")
            for n, para in enumerate(source_text(a["file"], a["source_id"]).split("\n"), 1):
                print(f"[{n}] {para}")


if __name__ == "__main__":
    main()
