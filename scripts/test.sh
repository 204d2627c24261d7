#!/usr/bin/env bash
# `npm test`: services, build (the browser specs run the compiled API and the built web app), the Jest
# suites, then the browser specs in Chromium. Arguments go to Jest (`npm test -- test/api`). Prints one
# closing line with the counts of both runners; exits non-zero if either failed.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-services.sh || exit 1
echo "== build"
npm run -s build || exit 1
mkdir -p var/ci
rm -f var/ci/jest-results.json var/ci/playwright-results.json

echo "== jest"
npx jest --json --outputFile=var/ci/jest-results.json "$@"
jest_status=$?

echo "== browser (Playwright, Chromium)"
if [[ "${SKIP_BROWSER_TESTS:-0}" == "1" ]]; then
  echo "SKIP_BROWSER_TESTS=1: browser specs not run"
  browser_status=0
else
  npx playwright test -c test/browser/playwright.config.ts
  browser_status=$?
fi

node scripts/test-summary.js
summary_status=$?
if [[ $jest_status -ne 0 || $browser_status -ne 0 || $summary_status -ne 0 ]]; then exit 1; fi
