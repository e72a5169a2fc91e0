# Two entry points (see README): `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STORE  ?= .cscgraph/store

AXE    := .cache/npm/node_modules/axe-core/axe.min.js

# $(call apt_install,COMMAND,PACKAGE): install the Debian package when the command is missing (as root, or by sudo).
apt_install = command -v $(1) >/dev/null 2>&1 || { \
  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $(2) >/dev/null; \
  else sudo apt-get update -qq && sudo apt-get install -y -qq $(2) >/dev/null; fi; }

.PHONY: demo test install install-test browser virtuoso eval bench clean models

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

## Install everything (Debian chromium for the browser tests, Virtuoso for the remote-store tests) and run the
## whole test suite.
test: install browser virtuoso $(AXE)
	$(BIN)/python -m pytest

## Retrain the extractor's learned models from the dev half (eval/train_*.py); tests check the shipped ones match.
models: install
	for script in eval/train_*.py; do $(BIN)/python $$script || exit 1; done

browser:
	@$(call apt_install,chromium,chromium)

virtuoso:
	@$(call apt_install,virtuoso-t,virtuoso-opensource-7-bin)

## axe-core (npm) for the accessibility tests, run in Debian chromium.
$(AXE):
	@$(call apt_install,npm,npm)
	npm install --silent --no-save --no-audit --no-fund --prefix .cache/npm axe-core@4.14

## Print extraction precision/recall on the hand-annotated dev set.
eval: install
	$(BIN)/python eval/score.py

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .cscgraph .cache build dist
