#!/usr/bin/env bash
# Set up if needed, then run every check CI runs: lint, format, types, tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
. .venv/bin/activate
ruff check src tests benchmarks scripts
ruff format --check src tests benchmarks scripts
mypy
pytest "$@"
