#!/usr/bin/env bash
# From a fresh clone: install Acta into .venv, then run it on the demo corpus it ships.
source "$(dirname "$0")/_venv.sh"
exec .venv/bin/acta demo "$@"
