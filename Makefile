# One task runner for people and CI. `make demo` and `make test` work as the first
# command on a fresh machine: each creates .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test test-all fuzz lint typecheck docs pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

# The main job on the bundled example data: the five seed reports, summarised and checked.
demo: $(VENV)/.installed
	@$(BIN)/danvan summarize

test: $(VENV)/.installed-dev lint typecheck docs pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy --strict src typing_tests

docs: $(VENV)/.installed-dev
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet --site-dir $(VENV)/site

pytest: $(VENV)/.installed-dev
	$(BIN)/pytest --cov --cov-report=term --cov-fail-under=90

# The test suite on every supported Python found on this machine, on PATH or installed by
# pyenv, each in a virtual environment of its own; a version not found is skipped, said.
# DROP_VENVS=1 removes each one after its run (about 1 GB each), for machines short of disk.
SUPPORTED ?= 3.11 3.12 3.13
DROP_VENVS ?=
test-all:
	@set -e; for v in $(SUPPORTED); do \
	  py=""; \
	  for c in python$$v $$HOME/.pyenv/versions/$$v*/bin/python$$v; do \
	    if $$c -c 'import sys' >/dev/null 2>&1; then py=$$c; break; fi; \
	  done; \
	  if [ -z "$$py" ]; then echo "== Python $$v: not found, skipped"; continue; fi; \
	  echo "== Python $$v: $$py"; \
	  $(MAKE) --no-print-directory pytest PYTHON=$$py VENV=.venv-$$v; \
	  if [ -n "$(DROP_VENVS)" ]; then rm -rf .venv-$$v; fi; \
	done

# The robustness properties (every parser, finder and readable type of the API, taken
# from the code) with 10 000 examples each; the ordinary suite runs them with 50.
fuzz: $(VENV)/.installed-dev
	DANVAN_HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -p no:cacheprovider -q \
	  tests/test_robustness.py "tests/test_serialization.py::TestFuzz"

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .venv-3.* .pytest_cache .mypy_cache .ruff_cache .coverage site
