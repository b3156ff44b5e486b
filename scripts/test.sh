#!/usr/bin/env bash
# From a fresh clone: install Acta into .venv, then run the whole test suite.
source "$(dirname "$0")/_venv.sh"
# On every core (pytest-xdist); a later `-n 0` runs it in one process, e.g. to use a debugger.
exec .venv/bin/python -m pytest -n auto "$@"
