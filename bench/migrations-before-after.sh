#!/usr/bin/env bash
# The migrations benchmark for an earlier revision and for the working tree, one after the
# other in one session, with the same bench/migrations.ts (this one) on both sides:
#   bench/migrations-before-after.sh c9dcfef 5      (revision, runs)
set -euo pipefail
revision=${1:?usage: bench/migrations-before-after.sh REVISION [RUNS]}
runs=${2:-5}
here=$(git rev-parse --show-toplevel)
before=$(mktemp -d)
trap 'git -C "$here" worktree remove --force "$before"' EXIT
git -C "$here" worktree add -q --detach "$before" "$revision"
ln -s "$here/node_modules" "$before/node_modules"
cp "$here/bench/migrations.ts" "$before/bench/migrations.ts"
echo "=== BEFORE ($(git -C "$before" rev-parse --short HEAD))"
(cd "$before" && npx tsx bench/migrations.ts --runs "$runs")
echo "=== AFTER ($(git -C "$here" rev-parse --short HEAD)$(git -C "$here" diff --quiet || echo ', uncommitted changes'))"
(cd "$here" && npx tsx bench/migrations.ts --runs "$runs")
