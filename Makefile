# Two entry points (see README): `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= .cscgraph/store

AXE    := .cache/npm/node_modules/axe-core/axe.min.js

.PHONY: demo test install install-test browser eval bench clean

$(BIN)/cscgraph: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(BIN)/cscgraph

## Ingest the bundled corpus into the embedded store and open the web explorer.
demo: install
	$(BIN)/cscgraph --store $(STORE) ingest corpus/
	$(BIN)/cscgraph --store $(STORE) stats
	$(BIN)/cscgraph --store $(STORE) serve

## Install everything (Debian chromium for the browser tests) and run the whole test suite.
test: install browser $(AXE)
	$(BIN)/python -m pytest

browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }

## axe-core (npm) for the accessibility tests, run in Debian chromium.
$(AXE):
	@command -v npm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq npm >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq npm >/dev/null; fi; }
	npm install --silent --no-save --no-audit --no-fund --prefix .cache/npm axe-core@4.14

## Print extraction precision/recall on the hand-annotated dev set.
eval: install
	$(BIN)/python eval/score.py

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .cscgraph .cache build dist
