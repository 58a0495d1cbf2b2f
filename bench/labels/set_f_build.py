"""Build set F's two CSV files from the hand-written sources in set_f_src/.

Each source file holds passages written as::

    @@ SF001
    text of the abstract (one or more lines, joined with spaces)
    ## m=HR ; e=OS ; t=overall survival ; v=0.79 ; ci=0.64,0.97,95 ; p=<0.001 ; c=A vs B

One ``## `` line per estimate, as ``key=value`` pairs separated by `` ; `` (keys in KEYS;
``ci`` is ``low,high,level``; ``p`` is the operator followed by the value). A passage with
none has one line with only ``n=`` (the note). Empty
``population`` is written ``overall`` and empty ``context`` ``result`` when the row has a
measure; nothing else is filled in.
"""

import csv
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABEL_COLUMNS = [
    "measure", "endpoint", "endpoint_text", "value", "value_text", "ci_low", "ci_high",
    "ci_level", "p_operator", "p_value", "unit", "arm", "comparison", "covariate",
    "population", "context", "note",
]


def split_of(passage_id: str) -> str:
    """Return the fixed split of a passage id."""
    digest = hashlib.sha256(f"20261204:setf:{passage_id}".encode()).hexdigest()
    return "test" if int(digest[:8], 16) % 10 < 3 else "dev"


KEYS = {
    "m": "measure", "e": "endpoint", "t": "endpoint_text", "v": "value", "vt": "value_text",
    "u": "unit", "a": "arm", "c": "comparison", "cov": "covariate", "pop": "population",
    "ctx": "context", "n": "note",
}


def parse_label(pid: str, line: str) -> list[str]:
    """Turn one ``key=value ; ...`` label line into the 17 label columns."""
    row = dict.fromkeys(LABEL_COLUMNS, "")
    for part in line.split(" ; "):
        key, sep, val = part.strip().partition("=")
        if not sep:
            raise ValueError(f"{pid}: no '=' in {part!r}")
        if key == "ci":
            low, high, level = val.split(",")
            row["ci_low"], row["ci_high"], row["ci_level"] = low, high, level
        elif key == "p":
            op = val[:2] if val[:2] in ("<=", ">=") else val[:1]
            if op not in ("=", "<", ">", "<=", ">="):
                raise ValueError(f"{pid}: bad P {val!r}")
            row["p_operator"], row["p_value"] = op, val[len(op):]
        elif key in KEYS:
            row[KEYS[key]] = val.strip()
        else:
            raise ValueError(f"{pid}: unknown key {key!r}")
    return [row[c] for c in LABEL_COLUMNS]


def parse(path: Path) -> list[tuple[str, str, list[list[str]]]]:
    """Read one source file into (passage_id, text, label rows)."""
    out: list[tuple[str, str, list[list[str]]]] = []
    pid = ""
    lines: list[str] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if pid:
            out.append((pid, " ".join(x.strip() for x in lines if x.strip()), rows))

    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("@@ "):
            flush()
            pid, lines, rows = raw[3:].strip(), [], []
        elif raw.startswith("## "):
            fields = parse_label(pid, raw[3:])
            if fields[0]:
                fields[14] = fields[14] or "overall"
                fields[15] = fields[15] or "result"
            rows.append(fields)
        else:
            lines.append(raw)
    flush()
    return out


def main() -> None:
    passages = []
    for src in sorted((HERE / "set_f_src").glob("*.txt")):
        passages.extend(parse(src))
    ids = [p[0] for p in passages]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate passage ids")
    with open(HERE / "set_f.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["passage_id", "split", "text"])
        for pid, text, _ in passages:
            w.writerow([pid, split_of(pid), text])
    with open(HERE / "set_f_estimates.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["passage_id", *LABEL_COLUMNS])
        for pid, _, rows in passages:
            if not rows:
                raise ValueError(f"{pid}: no label row")
            for r in rows:
                w.writerow([pid, *r])
    print(f"{len(passages)} passages written")


if __name__ == "__main__":
    main()
