#!/usr/bin/env bash
# Validates manifest.xml (and the production manifest in dist/, when built) against the Office XSDs
# in ../shared/office-schemas, without Microsoft's online service. Needs xmllint (libxml2-utils).
set -euo pipefail
cd "$(dirname "$0")/.."
validator=../shared/tools/validate-manifest
if [ ! -x "$validator" ]; then
  echo "validate:offline: $validator not found (the shared folder must sit beside the project)" >&2
  exit 2
fi
manifests=(manifest.xml)
[ -f dist/manifest.xml ] && manifests+=(dist/manifest.xml)
"$validator" "${manifests[@]}"
