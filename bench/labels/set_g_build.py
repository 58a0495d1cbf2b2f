"""Build set G's CSV files from the hand-written source files in set_g_src/.

Each source file holds blocks::

    === SG001
    <abstract text, one paragraph, may wrap over several lines>
    ---
    measure|endpoint|endpoint_text|value|value_text|ci_low|ci_high|ci_level|p_operator|p_value|unit|arm|comparison|covariate|population|context|note
    NONE|<note>            (a passage with no countable estimate)

Run: python3 bench/labels/set_g_build.py
"""

import csv
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "set_g_src"
COLS = [
    "passage_id", "measure", "endpoint", "endpoint_text", "value", "value_text", "ci_low",
    "ci_high", "ci_level", "p_operator", "p_value", "unit", "arm", "comparison", "covariate",
    "population", "context", "note",
]


def split_of(passage_id: str) -> str:
    digest = hashlib.sha256(f"20261204:setg:{passage_id}".encode()).hexdigest()
    return "test" if int(digest[:8], 16) % 10 < 3 else "dev"


def parse(path: Path) -> list[tuple[str, str, list[list[str]]]]:
    out: list[tuple[str, str, list[list[str]]]] = []
    for block in path.read_text(encoding="utf-8").split("=== ")[1:]:
        head, _, rest = block.partition("\n")
        text_part, _, label_part = rest.partition("\n---\n")
        text = ""
        for line in (ln.strip() for ln in text_part.splitlines()):
            if line:
                # a line that ends in a hyphen was wrapped inside a word or range
                text += line if not text or text.endswith("-") else " " + line
        rows: list[list[str]] = []
        for line in label_part.splitlines():
            line = line.strip()
            if not line:
                continue
            if line.startswith("NONE|"):
                rows.append([""] * 16 + [line[5:]])
                continue
            fields = line.split("|")
            if len(fields) != 17:
                raise ValueError(f"{head.strip()}: {len(fields)} fields in {line!r}")
            rows.append(fields)
        out.append((head.strip(), text, rows))
    return out


def main() -> None:
    passages: list[tuple[str, str, list[list[str]]]] = []
    for path in sorted(SRC.glob("*.txt")):
        passages.extend(parse(path))
    passages.sort(key=lambda p: p[0])
    with open(HERE / "set_g.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["passage_id", "split", "text"])
        for pid, text, _ in passages:
            w.writerow([pid, split_of(pid), text])
    with open(HERE / "set_g_estimates.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLS)
        for pid, _, rows in passages:
            for row in rows:
                w.writerow([pid, *row])
    print(f"{len(passages)} passages written")


if __name__ == "__main__":
    main()
