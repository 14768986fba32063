"""nbgrader configuration for the course. Run nbgrader from this folder (``cd grader``), or use
``python grader/grade.py …`` which does it for you.

Layout: solutions/<module>/<module>.ipynb (source) → course/<module>/<module>.ipynb (release);
submissions, autograded copies, feedback and the gradebook live under grader/work/ (not versioned).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from course_tools import cell_timeout  # noqa: E402

c = get_config()  # noqa: F821  (provided by nbgrader)
(HERE / "work").mkdir(exist_ok=True)  # submissions, autograded copies, feedback, gradebook

c.CourseDirectory.root = str(ROOT)
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "course"
c.CourseDirectory.submitted_directory = "grader/work/submitted"
c.CourseDirectory.autograded_directory = "grader/work/autograded"
c.CourseDirectory.feedback_directory = "grader/work/feedback"
c.CourseDirectory.solution_directory = "grader/work/solution"
c.CourseDirectory.db_url = f"sqlite:///{ROOT / 'grader' / 'work' / 'gradebook.db'}"
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", ".*"]

# Timeouts: 120 s a cell, 900 s for cells tagged "training" (see course_tools.cell_timeout).
c.Execute.timeout = 120
c.Execute.timeout_func = cell_timeout
c.Execute.interrupt_on_timeout = True

# A deleted test cell is put back instead of silently needing a manual grade.
c.OverwriteCells.add_missing_cells = True

# Released notebooks carry no outputs; learners' first cell silences stderr noise, and as a second
# line of defence these library warnings are stripped at autograde.
c.ClearOutput.enabled = True
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"Warning|warn\("

# Feedback: strip hidden tests from the code shown, and cut error tracebacks in graded cells down to
# one line, so a failing hidden assert does not print the test's code.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "course_tools.ShortenTracebacks",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
c.ClearHiddenTests.enforce_metadata = False
