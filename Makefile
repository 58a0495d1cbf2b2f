# trialink: `make reproduce` runs every notebook offline; `make test` runs the whole test suite.
# Both create .venv with python3 -m venv when it is missing and install the project into it.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

export TRIALINK_CORPUS ?= $(abspath ../shared/corpus)

.PHONY: install test reproduce bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,notebooks]'
	$(PY) -m ipykernel install --sys-prefix --name python3 >/dev/null
	@touch $@

# pytest exits 5 when it collects nothing; say so instead of failing.
test: $(STAMP)
	@TRIALINK_OFFLINE=1 $(PY) -m pytest tests --nbmake notebooks; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 0; fi; exit $$rc

reproduce: $(STAMP)
	TRIALINK_OFFLINE=1 $(PY) scripts/run_notebooks.py notebooks

bench: $(STAMP)
	$(PY) bench/bulk_read.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
