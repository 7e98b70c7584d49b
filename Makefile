# Two commands on a fresh machine:  `make demo` (set up + run the demo)  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Two pytest processes, each with its own Tansu broker: the integration tests mostly wait
# (for workers to start, groups to join, events to arrive), so two share the cores well.
# Worksteal hands a long test left at the end to whichever process is idle.
PYTEST_PARALLEL ?= -n 2 --dist worksteal

.PHONY: demo test lint setup bench clean

demo: $(STAMP)  ## set everything up, then run the demo on the embedded broker
	$(BIN)/newswire demo

test: $(STAMP)  ## lint, type-check and run the whole test suite (starts its own broker)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest $(PYTEST_PARALLEL)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

setup: $(STAMP)

bench: $(STAMP)
	$(BIN)/python bench/boilerplate_eval.py
	$(BIN)/python bench/quotes_eval.py
	$(BIN)/python bench/throughput.py

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "newswire needs Python 3.11+")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .newswire .pytest_cache .mypy_cache .ruff_cache
