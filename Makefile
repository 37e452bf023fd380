# Two commands matter to a newcomer: `make demo` and `make test`.
# Both create their own virtualenv and install what they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
REGEN_VENV := .venv-regen
REGEN_PY := $(REGEN_VENV)/bin/python

.PHONY: demo test lint typecheck unit regen regen-check bench install clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,otel]'
	touch $@

install: $(VENV)/.installed

$(REGEN_VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(REGEN_VENV)
	$(REGEN_PY) -m pip install -q --upgrade pip
	$(REGEN_PY) -m pip install -q 'openapi-python-client==0.29.1' 'pyyaml==6.0.4' 'ruff==0.17.6' \
		'unasync==0.6.0' 'tokenize-rt==6.2.0' 'setuptools'
	touch $@

demo: $(VENV)/.installed
	$(PY) -m bud.demo

test: $(VENV)/.installed regen-check lint typecheck unit

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check src tests benchmarks examples tools openapi/tools
	$(VENV)/bin/ruff format --check src tests benchmarks examples tools openapi/tools

typecheck: $(VENV)/.installed
	$(VENV)/bin/mypy

# Two workers (CI has 2 cores); a test file stays on one worker, so its
# module-scoped servers start once.
PYTEST_WORKERS ?= 2
unit: $(VENV)/.installed
	$(VENV)/bin/pytest -q -n $(PYTEST_WORKERS) --dist loadfile

# Regenerate generated/: bud_api from the contract, bud_sync from src/bud/_async.
# Deterministic: run twice, no diff.
regen: $(REGEN_VENV)/.installed
	$(REGEN_PY) tools/regen.py
	$(REGEN_PY) tools/regen_sync.py

# Fails when the committed generated/ differs from a fresh regen.
regen-check: $(REGEN_VENV)/.installed
	$(REGEN_PY) tools/regen.py --check
	$(REGEN_PY) tools/regen_sync.py --check

bench: $(VENV)/.installed
	$(PY) -m pip install -q -e '.[test,otel,bench]'
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) $(REGEN_VENV) .pytest_cache .mypy_cache .ruff_cache
