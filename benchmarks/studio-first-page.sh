#!/usr/bin/env bash
# Issue 6, acceptance 3: a model with 1,000,000 rows opens its first page in Studio in under a second.
# Fills a table with a million rows on PostgreSQL, MySQL/MariaDB and SQLite (the local servers, as the
# tests use them), starts Studio and times what the page requests when the model is opened.
# Prints one "studio-first-page ..." line per database. Takes a few minutes (mostly filling tables).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
mvn -B -o -q -pl refract-studio -am test -Dtest='StudioFirstPageBenchmark*' -Dsurefire.failIfNoSpecifiedTests=false \
    >"$log" 2>&1 || status=$?
grep -E "studio-first-page|FAIL|Tests run" "$log" || true
if [ "$status" -ne 0 ]; then
    echo "studio-first-page: failed (mvn exit $status); the end of the log:" >&2
    tail -n 40 "$log" >&2
fi
exit "$status"
