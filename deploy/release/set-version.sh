#!/usr/bin/env bash
# Sets the CareOps version everywhere it is written: every pom.xml (parent and modules), and
# the image tags of the Kubernetes base and overlays. The OpenAPI info.version and the
# services' reported version come from the build (quarkus.application.version).
# Usage: deploy/release/set-version.sh 0.3.0 | 0.4.0-SNAPSHOT   (see docs/releases.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
new="${1:?usage: deploy/release/set-version.sh VERSION (e.g. 0.3.0 or 0.4.0-SNAPSHOT)}"
[[ "$new" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-SNAPSHOT)?$ ]] || { echo "not a semantic version: $new" >&2; exit 2; }
old="$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)"
[[ -n "$old" ]] || { echo "could not read the version from pom.xml" >&2; exit 1; }

# Poms: the root's own version and each module's <parent> version (the first <version> in each).
for pom in pom.xml */pom.xml deploy/local/pom.xml; do
  [[ -f "$pom" ]] || continue
  grep -q "<version>$old</version>" "$pom" || continue
  sed -i "0,/<version>$old<\/version>/s//<version>$new<\/version>/" "$pom"
done

# Images are tagged with release versions only: a snapshot keeps the last release's tags.
if [[ "$new" != *-SNAPSHOT ]]; then
  find deploy/k8s -name '*.yaml' -print0 | xargs -0 sed -i -E \
    -e "s/(newTag: )[0-9]+\.[0-9]+\.[0-9]+$/\1$new/" \
    -e "s#(image: [^ ]*/careops/[a-z-]*-service:)[0-9]+\.[0-9]+\.[0-9]+#\1$new#"
fi
echo "version $old -> $new"
grep -rn --include=pom.xml "<version>$new</version>" . | grep -v /target/ | sed 's/^/  /'
