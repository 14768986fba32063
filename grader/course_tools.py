"""Helpers for the nbgrader configuration (imported by nbgrader_config.py; no course imports)."""

from __future__ import annotations

import os

from nbgrader.preprocessors import NbGraderPreprocessor

# Seconds a cell may run under nbgrader; an instructor can change them for a run.
DEFAULT_TIMEOUT = int(os.environ.get("FTFM_CELL_TIMEOUT", "120"))
TRAINING_TIMEOUT = int(os.environ.get("FTFM_TRAINING_TIMEOUT", "900"))


def cell_timeout(cell) -> int:
    """Seconds a cell may run: longer for cells tagged ``training``."""
    tags = cell.get("metadata", {}).get("tags", []) if cell is not None else []
    return TRAINING_TIMEOUT if "training" in tags else DEFAULT_TIMEOUT


class ShortenTracebacks(NbGraderPreprocessor):
    """Replace the traceback of an error in a graded test cell by its last line (type: message)."""

    def preprocess_cell(self, cell, resources, index):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade"):
            for out in cell.get("outputs", []):
                if out.get("output_type") == "error":
                    out["traceback"] = [f"{out.get('ename', 'Error')}: {out.get('evalue', '')}"]
        return cell, resources
