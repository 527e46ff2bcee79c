# Set-up on a fresh machine is part of every target: `make serve` and `make test` need nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help setup system-deps generate serve site test golden

help:
	@echo "make serve     set up, generate, live preview on http://127.0.0.1:8000"
	@echo "make site      set up, generate, static site in site/"
	@echo "make test      set up (Python, npm and Debian packages), run every test"
	@echo "make generate  regenerate docs/ from spec/"
	@echo "make golden    rewrite tests/golden/ after an intended template change"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

setup: $(STAMP)

system-deps:
	scripts/install-system-deps.sh

generate: setup
	$(BIN)/python -m generator build

serve: generate
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

site: generate
	$(BIN)/mkdocs build --strict

test: setup system-deps
	$(BIN)/python -m generator check
	$(BIN)/python -m pytest

golden: setup
	$(BIN)/python -m pytest tests/test_golden.py --update-golden -q
