#!/usr/bin/env bash
# Compares Refract's migrations of schema pairs (dumped by SchemaPairDump into DIR/<pair>/refract.sql)
# with Prisma's `migrate diff --from-schema from.prisma --to-schema to.prisma --script`.
# Usage: compare-pairs.sh ORACLE_DIR DIR
set -uo pipefail
ORACLE=${1:?usage: compare-pairs.sh ORACLE_DIR DIR}; ROOT=${2:?}
. "$ORACLE/env.sh"
status=0
for dir in "$ROOT"/*/; do
  name=$(basename "$dir")
  (cd "$dir" && prisma migrate diff --from-schema from.prisma --to-schema to.prisma --script 2>&1) \
    | sed '/^Loaded Prisma config/d' | sed '/./,$!d' > "$dir/prisma.sql"
  if diff -q <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$dir/prisma.sql") <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$dir/refract.sql") >/dev/null; then
    echo "same     $name"
  else
    status=1; echo "DIFFERS  $name"; diff -u "$dir/prisma.sql" "$dir/refract.sql" | head -${LINES_SHOWN:-60} | sed 's/^/    /'
  fi
done
exit $status
