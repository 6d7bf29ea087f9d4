#!/usr/bin/env bash
# Compares the migration goldens (src/test/resources/diff-cases) with what the real Prisma prints
# for the same two schemas: `prisma migrate diff --from-schema --to-schema [--script]`.
# Needs the Prisma oracle (../shared/oracle/README.md); its wasm engine diffs PostgreSQL and
# SQLite schemas, not MySQL ones. Usage: compare-diff-cases.sh ORACLE_DIR [case-name...]
# Prints one line per case and provider (same / DIFFERS, with a diff); exit 1 when any differs.
set -uo pipefail
ORACLE=${1:?usage: compare-diff-cases.sh ORACLE_DIR [case...]}; shift
. "$ORACLE/env.sh"
CASES="$(cd "$(dirname "$0")/../resources/diff-cases" && pwd)"
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
status=0
names=("$@"); [ ${#names[@]} -eq 0 ] && names=($(ls "$CASES"))
for name in "${names[@]}"; do
  dir="$CASES/$name"
  for provider in postgresql sqlite; do
    first=$(head -n1 "$dir/to.prisma")
    if [[ "$first" == "// providers:"* && "$first" != *"$provider"* ]]; then continue; fi
    for side in from to; do
      printf 'datasource db {\n  provider = "%s"\n}\n\n' "$provider" > "$WORK/$side.prisma"
      [ -f "$dir/$side.prisma" ] && cat "$dir/$side.prisma" >> "$WORK/$side.prisma"
    done
    (cd "$WORK" && prisma migrate diff --from-schema from.prisma --to-schema to.prisma --script 2>&1) \
      | sed '/^Loaded Prisma config/d' | sed '/./,$!d' > "$WORK/prisma.sql"
    (cd "$WORK" && prisma migrate diff --from-schema from.prisma --to-schema to.prisma 2>&1) \
      | sed '/^Loaded Prisma config/d' | sed '/./,$!d' > "$WORK/prisma.summary"
    # ours without the warnings comment (migrate diff prints none)
    awk 'NR==1 && /^\/\*/ {skip=1} !skip {print} skip && /^\*\// {skip=0}' "$dir/$provider.sql" > "$WORK/ours.sql"
    sed '/./,$!d' "$dir/$provider.summary.txt" > "$WORK/ours.summary"
    if diff -q <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$WORK/prisma.sql") <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$WORK/ours.sql") >/dev/null \
       && diff -q <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$WORK/prisma.summary") <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$WORK/ours.summary") >/dev/null; then
      echo "same     $name [$provider]"
    else
      status=1
      echo "DIFFERS  $name [$provider]"
      diff -u "$WORK/prisma.sql" "$WORK/ours.sql" | sed 's/^/    /'
      diff -u "$WORK/prisma.summary" "$WORK/ours.summary" | sed 's/^/    /'
    fi
  done
done
exit $status
