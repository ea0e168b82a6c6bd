# One task runner for people and CI. `make demo` and `make test` work as the first
# command on a fresh machine: each creates .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint typecheck docs pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

# Until the summary job lands, the demo parses wordings taken from the seed reports.
demo: $(VENV)/.installed
	@$(BIN)/danvan parse symbol "11-CT/TU"
	@$(BIN)/danvan parse symbol "2108-QĐ/TU"
	@$(BIN)/danvan parse symbol "20-CT/ThU"
	@$(BIN)/danvan parse date "Ngày 05 tháng 12 năm 2018"
	@$(BIN)/danvan parse date "Chiều 19/12" --year 2018
	@$(BIN)/danvan parse date "Ngày 22/11" --reference 2024-01-01
	@$(BIN)/danvan parse count "1.635"
	@$(BIN)/danvan parse count "trên 1.000"
	@$(BIN)/danvan vocab field

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

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage site
