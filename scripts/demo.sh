#!/usr/bin/env bash
# make demo: codes the bundled example articles into demo.db and prints what came out.
set -euo pipefail
dyad=${1:-build/release/dyad}
cd "$(dirname "$0")/.."
rm -f demo.db demo.db-wal demo.db-shm demo-ties.svg
echo "== dyad code examples/ --out demo.db"
"$dyad" code examples/ --out demo.db
echo
echo "== dyad show --db demo.db"
"$dyad" show --db demo.db --limit 200 --top 10
echo
echo "== dyad top --db demo.db --by month"
"$dyad" top --db demo.db --by month --limit 5
echo
echo "== dyad ties ARM AZE --db demo.db --by month --plot demo-ties.svg"
"$dyad" ties ARM AZE --db demo.db --by month --plot demo-ties.svg
echo
echo "== the dashboard: run  $dyad serve --db demo.db  and open http://127.0.0.1:8080/"
