# chronologist — `make demo` and `make test` set everything up from pinned requirements.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: install demo test test-fast bench lock chromium postgres clean

$(STAMP): requirements/dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/chronologist build examples/corpus --db $(DEMO_DB)
	$(BIN)/chronologist summary --db $(DEMO_DB)
	$(BIN)/chronologist entities --db $(DEMO_DB) --limit 15
	$(BIN)/chronologist timeline --db $(DEMO_DB) --limit 25
	$(BIN)/chronologist conflicts --db $(DEMO_DB)
	@if [ -t 1 ] && [ -z "$$CI" ]; then \
		echo "Open http://127.0.0.1:8000/ — Ctrl-C stops the server."; \
		$(BIN)/chronologist serve --db $(DEMO_DB); \
	else \
		echo "Web UI: $(BIN)/chronologist serve --db $(DEMO_DB)  then open http://127.0.0.1:8000/"; \
	fi

test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not browser and not postgres and not slow"

bench: install
	$(BIN)/python -m chronologist.bench --readme README.md

# Re-pin every dependency with hashes from the *.in files.
lock:
	python3 -m venv /tmp/chronologist-piptools && /tmp/chronologist-piptools/bin/pip install --quiet pip-tools
	cd requirements && /tmp/chronologist-piptools/bin/pip-compile --quiet --strip-extras --generate-hashes --allow-unsafe -o runtime.txt runtime.in
	cd requirements && /tmp/chronologist-piptools/bin/pip-compile --quiet --strip-extras --generate-hashes --allow-unsafe -o dev.txt dev.in

# Browser tests use Debian's Chromium (never a downloaded browser).
chromium:
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

# The PostgreSQL backend's tests start a throwaway server from Debian's binaries.
postgres:
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null)

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm test-artifacts .pytest_cache
