#!/bin/sh
# Run train.py with the first Python that has PyTorch and scikit-learn: $DIGITS_PYTHON, then
# python3 on PATH, then /usr/bin/python3 (where Debian's python3-torch lives, even when a pyenv or
# venv python3 comes first on PATH). exec keeps one process, so a timeout's kill reaches the training.
set -eu
here=$(dirname "$0")
for py in ${DIGITS_PYTHON:-} python3 /usr/bin/python3; do
  if command -v "$py" >/dev/null 2>&1 &&
    "$py" -c 'import importlib.util as u, sys; sys.exit(0 if u.find_spec("torch") and u.find_spec("sklearn") else 1)' 2>/dev/null; then
    exec "$py" "$here/train.py" "$@"
  fi
done
echo "train.sh: no Python with torch and scikit-learn; install them (Debian: apt-get install python3-torch python3-sklearn) or set DIGITS_PYTHON" >&2
exit 127
