# trialink: `make reproduce` runs every notebook offline; `make test` runs the gates (`make lint`: ruff + mypy),
# then the whole test suite with coverage and a floor (COV_FLOOR).
# Both create .venv with python3 -m venv when it is missing and install the project into it.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

export TRIALINK_CORPUS ?= $(abspath ../shared/corpus)

.PHONY: install lint test reproduce bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,notebooks]'
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	@touch $@

# Coverage floor for `make test`: the suite reached 92% (TOTAL, tests/ offline, 2026-12-04) when the floor
# was set; raise it as coverage grows.
COV_FLOOR ?= 90

# The gates: ruff (configuration in pyproject.toml) and mypy on the package.
lint: $(STAMP)
	$(VENV)/bin/ruff check trialink tests bench
	$(PY) -m mypy trialink

# pytest exits 5 when it collects nothing; say so instead of failing.
test: lint
	@TRIALINK_OFFLINE=1 $(PY) -m pytest tests --nbmake notebooks --cov=trialink --cov-report=term \
		--cov-fail-under=$(COV_FLOOR); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 0; fi; exit $$rc

reproduce: $(STAMP)
	TRIALINK_OFFLINE=1 $(PY) scripts/run_notebooks.py notebooks

bench: $(STAMP)
	$(PY) bench/bulk_read.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
