#!/usr/bin/env bash
# Compares Refract's from-empty migration of every corpus schema (dumped by CorpusMigrationDump:
# mvn ... -Dtest=CorpusMigrationDump -Drefract.corpusDump=DIR) with Prisma's
# (`prisma migrate diff --from-empty --to-schema S --script`). PostgreSQL and SQLite only.
# Usage: compare-corpus.sh ORACLE_DIR DUMP_DIR
set -uo pipefail
ORACLE=${1:?usage: compare-corpus.sh ORACLE_DIR DUMP_DIR}; DUMP=${2:?}
. "$ORACLE/env.sh"
SCHEMAS="$(cd "$(dirname "$0")/../../../.." && pwd)/../shared/corpus/schemas"
[ -d "$SCHEMAS" ] || SCHEMAS=/work/shared/corpus/schemas
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
status=0
for ours in "$DUMP"/*.postgresql.sql "$DUMP"/*.sqlite.sql; do
  base=$(basename "$ours"); name=${base%.*.sql}
  src="$SCHEMAS/$name.prisma"; [ -d "$SCHEMAS/$name" ] && src="$SCHEMAS/$name/_combined.prisma"
  # Prisma 7 takes the URL from prisma.config.ts and rejects it in the schema, and knows no "metrics"
  grep -v -E '^\s*(url|directUrl|shadowDatabaseUrl)\s*=' "$src" | sed '/previewFeatures/s/, *"metrics"//' > "$WORK/schema.prisma"
  (cd "$WORK" && prisma migrate diff --from-empty --to-schema schema.prisma --script 2>&1) \
    | sed '/^Loaded Prisma config/d' | sed '/^-- CreateSchema$/,/^$/d' | sed '/./,$!d' > "$WORK/prisma.sql"
  if diff -q <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$WORK/prisma.sql") <(sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$ours") >/dev/null; then
    echo "same     $base"
  else
    status=1; echo "DIFFERS  $base"; diff -u "$WORK/prisma.sql" "$ours" | head -${LINES_SHOWN:-40} | sed 's/^/    /'
  fi
done
exit $status
