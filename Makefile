# Two entry points (see README): `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= .cscgraph/store

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
test: install browser
	$(BIN)/python -m pytest

browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }

## Print extraction precision/recall on the hand-annotated dev set.
eval: install
	$(BIN)/python eval/score.py

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .cscgraph build dist
