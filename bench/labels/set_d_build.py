"""Build set_d.csv and set_d_estimates.csv from the hand-written sources in set_d_src/*.txt.

Source format: '@E001' starts a passage; following non-'#' lines are its text; each '#' line is one
label with the 17 label columns separated by '|' (measure ... note), or '#-|note' for a passage
with no countable estimate. Standard library only.
"""
import csv
import hashlib
import pathlib

HERE = pathlib.Path(__file__).parent
COLS = ("passage_id,measure,endpoint,endpoint_text,value,value_text,ci_low,ci_high,ci_level,"
        "p_operator,p_value,unit,arm,comparison,covariate,population,context,note").split(",")


def split_of(pid: str) -> str:
    h = int(hashlib.sha256(f"20261204:setd:{pid}".encode()).hexdigest()[:8], 16)
    return "test" if h % 10 < 3 else "dev"


def parse():
    passages, labels, pid = {}, [], None
    for src in sorted((HERE / "set_d_src").glob("*.txt")):
        for line in src.read_text(encoding="utf-8").splitlines():
            if line.startswith("@"):
                pid = line[1:].strip()
                if pid in passages:
                    raise ValueError(f"duplicate passage id {pid}")
                passages[pid] = []
            elif line.startswith("#-|"):
                labels.append([pid] + [""] * 16 + [line[3:]])
            elif line.startswith("#"):
                f = line[1:].split("|")
                if len(f) != 17:
                    raise ValueError(f"{pid}: label has {len(f)} fields, not 17: {line}")
                labels.append([pid] + f)
            elif line.strip():
                passages[pid].append(line.strip())
    return {k: " ".join(v) for k, v in passages.items()}, labels


def main():
    passages, labels = parse()
    with open(HERE / "set_d.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["passage_id", "split", "text"])
        for pid, text in passages.items():
            w.writerow([pid, split_of(pid), text])
    with open(HERE / "set_d_estimates.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(COLS)
        w.writerows(labels)
    print(f"{len(passages)} passages, {len(labels)} label rows")


if __name__ == "__main__":
    main()
