# Set-up on a fresh machine is part of every target: `make serve` and `make test` need nothing else.
PYTHON ?= python3
# Material's end-of-life notice would fill every `make serve` start; README says where we stand.
export NO_MKDOCS_2_WARNING := 1
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: help setup system-deps sample-deps site-assets generate check stub serve site test lint golden bench

help:
	@echo "make serve     set up, generate, live preview on http://127.0.0.1:8000 (ENGINE=zensical)"
	@echo "make site      set up, generate, static site in site/ (ENGINE=zensical)"
	@echo "make test      set up (Python, npm and Debian packages), run every test"
	@echo "make generate  regenerate docs/ from spec/"
	@echo "make check     exit 1 (listing them) if docs/ is not what spec/ produces"
	@echo "make stub      the local API that enforces spec/, on http://127.0.0.1:8001"
	@echo "make lint      black, ruff and mypy, as make test runs them"
	@echo "make golden    rewrite tests/golden/ (and the hostile fixture spec) after an intended change"
	@echo "make bench     speed beside httpsnippet etc.; scale; site builds and preview (~1 h; BENCH_QUICK=1)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

setup: $(STAMP)

system-deps:
	scripts/install-system-deps.sh

# What the samples run with in the tests: bandwidth-sdk in its own venv, node-bandwidth from the lockfile.
SAMPLES_VENV := .venv-samples
$(SAMPLES_VENV)/.installed: tests/python/requirements.txt
	$(PYTHON) -m venv $(SAMPLES_VENV)
	$(SAMPLES_VENV)/bin/python -m pip install --quiet -r tests/python/requirements.txt
	touch $@

tests/node/node_modules/.installed: tests/node/package-lock.json | system-deps
	cd tests/node && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# The OpenAPI reader the exported document is opened in (Redoc's standalone bundle carries its own
# React, so peer dependencies are not installed) and third-party OpenAPI documents to import.
tests/openapi_reader/node_modules/.installed: tests/openapi_reader/package-lock.json | system-deps
	cd tests/openapi_reader && npm ci --omit=peer --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

sample-deps: $(SAMPLES_VENV)/.installed tests/node/node_modules/.installed \
	tests/openapi_reader/node_modules/.installed

generate: setup
	$(BIN)/python -m generator build

check: setup
	$(BIN)/python -m generator check

stub: setup
	$(BIN)/python -m generator stub --port 8001

# What the pages load besides the theme, from the npm lockfile: highlight.js (see mkdocs.yml).
SITE_VENDOR := docs/javascripts/vendor/highlight.min.js
$(SITE_VENDOR): site-assets/package-lock.json | system-deps
	cd site-assets && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	mkdir -p $(@D)
	cp site-assets/node_modules/@highlightjs/cdn-assets/highlight.min.js $@
	cp site-assets/node_modules/@highlightjs/cdn-assets/LICENSE $(@D)/highlight.js-LICENSE

site-assets: $(SITE_VENDOR)

# The site engine: mkdocs (MkDocs + Material 9, the default) or zensical; both read mkdocs.yml.
ENGINE ?= mkdocs
SITE_BUILD_mkdocs := $(BIN)/mkdocs build --strict
SITE_BUILD_zensical := $(BIN)/zensical build --strict --clean

# Our watcher regenerates docs/ on a save; the engine's own server reloads the browser.
serve: setup site-assets
	$(BIN)/python -m generator serve --engine $(ENGINE) --dev-addr 127.0.0.1:8000

site: generate site-assets
	$(if $(SITE_BUILD_$(ENGINE)),,$(error ENGINE=$(ENGINE): use mkdocs or zensical))
	$(SITE_BUILD_$(ENGINE))

lint: setup
	$(BIN)/black --check --quiet generator tests bench
	$(BIN)/ruff check --quiet generator tests bench
	$(BIN)/mypy

test: setup system-deps sample-deps site-assets lint
	$(BIN)/python -m generator check
	$(BIN)/python -m pytest

golden: setup
	$(BIN)/python -m pytest tests/test_golden.py --update-golden -q
	$(BIN)/python tests/hostile_spec.py

# Installs the anchor npm packages into .bench/ (gitignored) on first use; BENCH_ARGS="--help" lists options.
# BENCH_QUICK=1: every table, small sizes and few runs (minutes), to try the bench, not to quote.
bench: setup system-deps
	$(BIN)/python -m bench $(if $(BENCH_QUICK),--quick) $(BENCH_ARGS)
