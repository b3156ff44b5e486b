#!/usr/bin/env bash
# From a fresh clone: install Acta into .venv, then run the whole test suite.
source "$(dirname "$0")/_venv.sh"
exec .venv/bin/python -m pytest "$@"
