"""Execute every notebook in a folder in place (offline), write outputs, report timings.

Used by `make reproduce`. Fails loudly (exit 1) on the first cell error, naming the
notebook; notebooks already executed keep their outputs.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def _merge_streams(outputs: list) -> list:
    """Join consecutive outputs of one stream: how the kernel flushes a print into messages varies
    from run to run (worker processes writing at the same time), and would change the saved file."""
    merged: list = []
    for out in outputs:
        prev = merged[-1] if merged else None
        if prev is not None and out.get("output_type") == "stream" and prev.get("output_type") == "stream" \
                and out.get("name") == prev.get("name"):
            prev["text"] = prev["text"] + out["text"]
        else:
            merged.append(out)
    return merged


def run(folder: Path, timeout: int = 600) -> int:
    # Progress bars render as widgets with random IDs in saved outputs: off for reproducible runs.
    os.environ.setdefault("TQDM_DISABLE", "1")
    notebooks = sorted(folder.glob("*.ipynb"))
    if not notebooks:
        print(f"no notebooks in {folder}")
        return 0
    (folder / "output").mkdir(exist_ok=True)
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        start = time.perf_counter()
        client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                                resources={"metadata": {"path": str(folder)}})
        try:
            client.execute()
        except CellExecutionError as exc:
            print(f"FAILED {path.name} after {time.perf_counter() - start:.1f}s:\n{exc}", file=sys.stderr)
            return 1
        for cell in nb.cells:  # run timestamps would change every re-run
            cell.metadata.pop("execution", None)
            if cell.cell_type == "code":  # progress widgets carry a random model ID per run
                cell.outputs = _merge_streams([o for o in cell.outputs
                                               if "application/vnd.jupyter.widget-view+json" not in o.get("data", {})])
        nb.metadata.pop("widgets", None)
        nbformat.write(nb, path)
        print(f"{path.name}: {time.perf_counter() - start:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1] if len(sys.argv) > 1 else "notebooks")))
