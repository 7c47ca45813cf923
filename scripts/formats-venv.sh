#!/usr/bin/env bash
# Creates (or refreshes) .venv-formats/: a Python virtual environment with the format libraries the FollowTheMoney
# and RDF export tests read our files with (test/support/python/requirements-formats.txt). Run by `npm test`'s
# pretest and by .ci/run; idempotent: does nothing while the installed requirements are the pinned ones.
# Needs Debian's python3-venv, and for PyICU (a followthemoney dependency, built from source) python3-dev,
# libicu-dev, pkg-config and g++.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-formats
REQ=test/support/python/requirements-formats.txt
PY=${FORMATS_PYTHON:-/usr/bin/python3}
stamp="$VENV/.requirements"
if [ -x "$VENV/bin/python" ] && [ -f "$stamp" ] && cmp -s "$REQ" "$stamp"; then exit 0; fi
if ! "$PY" -m venv --help >/dev/null 2>&1; then
  echo "formats-venv: $PY has no venv module; install Debian's python3-venv (apt-get install python3-venv)." >&2
  exit 1
fi
echo "formats-venv: creating $VENV with $(basename "$PY") ($(cat "$REQ" | grep -c '=='): pinned packages; a few minutes the first time)" >&2
rm -rf "$VENV"
"$PY" -m venv "$VENV"
if ! "$VENV/bin/pip" install --quiet --disable-pip-version-check -r "$REQ"; then
  echo "formats-venv: pip install failed. PyICU needs python3-dev, libicu-dev, pkg-config and g++ (apt-get install them)." >&2
  rm -rf "$VENV"
  exit 1
fi
cp "$REQ" "$stamp"
