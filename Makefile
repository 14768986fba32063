# The course's commands. The two that matter:  make start  (install + JupyterLab)  and  make test.
# Everything installs into .venv with the exact versions of constraints.txt.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PORT   ?= 8888
HOST   ?= 127.0.0.1
STAMP  := $(VENV)/.installed
ROOT_FLAG := $(shell [ "$$(id -u)" = "0" ] && echo --allow-root)
# Tools the course runs by name (jupyter, nbgrader's alembic) come from the venv, activated or not.
export PATH := $(abspath $(VENV))/bin:$(PATH)

.PHONY: start test install release bench quiz lint constraints clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python >= 3.11 is needed (nbgrader 0.9)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	$(PY) -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (course)" >/dev/null
	@touch $@
	@echo "Installed into $(VENV)."

install: $(STAMP)

## start: install if needed, then JupyterLab on course/ (prints the URL to open; Ctrl-C stops it)
start: $(STAMP)
	@echo "Starting JupyterLab on course/ — open the http://$(HOST):$(PORT)/lab?token=… URL printed below."
	cd course && exec $(abspath $(VENV))/bin/jupyter lab --no-browser --ip=$(HOST) --port=$(PORT) \
	    --ServerApp.port_retries=0 $(ROOT_FLAG) $(JUPYTER_ARGS)

## test: the whole test suite (what CI runs)
test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

## release: regenerate course/ from solutions/ (all modules, or MODULES="00_orientation ...")
release: $(STAMP)
	$(PY) grader/grade.py --quiet release $(MODULES)

## bench: benchmarks -> bench/results.json and bench/results.md
bench: $(STAMP)
	$(PY) -m shared_lib.bench $(BENCH_ARGS)

## quiz: validate the question bank and print its statistics
quiz: $(STAMP)
	$(PY) -m shared_lib.quiz validate && $(PY) -m shared_lib.quiz stats

lint: $(STAMP)
	$(VENV)/bin/ruff check shared_lib tests grader && $(VENV)/bin/ruff format --check shared_lib tests grader

## constraints: re-pin constraints.txt from the current .venv (after a deliberate upgrade)
constraints: $(STAMP)
	{ head -2 constraints.txt; $(PY) -m pip freeze --all --exclude-editable | grep -v '^pip==' | sed 's/^torch==\([0-9.]*\)+cpu/torch==\1/' | sort -f; } > constraints.new && mv constraints.new constraints.txt

clean:
	rm -rf $(VENV) grader/work .pytest_cache
