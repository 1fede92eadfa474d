# jcapi: one pipeline from JumpCloud's pinned API descriptions to three Python packages.
# `make help` lists the targets.

PYTHON       ?= python3
VENV         ?= .venv
PY           := $(VENV)/bin/python
SHARED_DIR   ?= ../shared
UPSTREAM_DIR ?= $(SHARED_DIR)/specs/upstream
BUILD        := build
APIS         := v1 v2 insights
HAND_WRITTEN := $(wildcard pipeline overrides cli tests simulator examples benchmarks)

.PHONY: help install specs generate check-generated lint typecheck test check demo bench cassettes clean

help:
	@echo "make demo             run the seed flows against the local simulator (offline)"
	@echo "make test             run the test suite"
	@echo "make check            lint, type-check, verify generated/ is up to date, test"
	@echo "make generate         regenerate generated/ from the pinned descriptions"
	@echo "make bench            benchmarks (not part of the tests)"
	@echo "make cassettes        re-record tests/cassettes (simulator, or a real org: see README)"

# --- environments -------------------------------------------------------------------------
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

# --- generation ---------------------------------------------------------------------------
# Pins -> verified upstream files (JumpCloud's OpenAPI 3.1 YAML) -> overlaid descriptions in
# build/specs/ (also what the contract tests validate against).
specs: install
	$(PY) -m pipeline.upstream --pins specs/pins.json --upstream-dir $(UPSTREAM_DIR) --out $(BUILD)/upstream
	@for api in $(APIS); do \
	  src=$$($(PY) -c "import json,sys; print(json.load(open('$(BUILD)/upstream/located.json'))['$$api'])") || exit 1; \
	  $(PY) -m pipeline.overlay --api $$api --spec "$$src" \
	    --overlay specs/overlays/_common.yaml --overlay specs/overlays/$$api.yaml \
	    --shared $(SHARED_DIR) --out $(BUILD)/specs/$$api.json || exit 1; \
	done

# ... -> the three packages in generated/ (replaced as a whole), then the jcapi-python migration map
# (cli/jcapi_cli/migration_map.json) and its table (docs/jcapi-python-methods.md).
generate: specs
	@for api in $(APIS); do \
	  $(PY) -m pipeline.build --api $$api --spec $(BUILD)/specs/$$api.json --pins specs/pins.json || exit 1; \
	done
	$(PY) -m pipeline.jcapi_python map

MIGRATION_OUT := cli/jcapi_cli/migration_map.json docs/jcapi-python-methods.md

check-generated: generate
	@git diff --exit-code --stat -- generated/ $(MIGRATION_OUT) || { echo "generated/ is out of date: run make generate and commit"; exit 1; }
	@test -z "$$(git status --porcelain -- generated/ $(MIGRATION_OUT))" || { git status --porcelain -- generated/; echo "untracked files in generated/"; exit 1; }

# --- quality ------------------------------------------------------------------------------
lint: install
	$(PY) -m ruff check $(HAND_WRITTEN)
	$(PY) -m ruff format --check $(HAND_WRITTEN)

typecheck: install
	$(PY) -m mypy $(filter-out overrides,$(HAND_WRITTEN))
	$(PY) -m mypy -p jcapiv1 -p jcapiv2 -p jcapi_insights

test: install specs
	$(PY) -m pytest

check: lint typecheck check-generated test

# --- running ------------------------------------------------------------------------------
demo: install
	$(PY) examples/demo.py

bench: install
	$(PY) -m benchmarks

cassettes: install specs
	$(PY) -m pytest tests/cassette --record-mode=rewrite

clean:
	rm -rf $(BUILD) .mypy_cache .ruff_cache .pytest_cache
