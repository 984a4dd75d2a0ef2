#!/usr/bin/env bash
# Creates .venv with the official `anthropic` Python SDK, used by the tests that run real Python
# clients and snippets. Idempotent: does nothing when the SDK is already importable there.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x .venv/bin/python ] && .venv/bin/python -c "import anthropic" 2>/dev/null; then
  exit 0
fi
python3 -m venv .venv
.venv/bin/pip install --quiet --disable-pip-version-check --retries 0 "anthropic>=0.40"
.venv/bin/python -c "import anthropic; print('Python SDK ready: anthropic', anthropic.__version__)"
