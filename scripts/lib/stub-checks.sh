#!/usr/bin/env bash
# Tally of the stub-kubectl tests (test-deploy.sh, test-restore-check.sh): ok NAME / nok NAME count and print a
# result; nok also shows the stub's call log ($STUB_LOG) and the end of the script's stderr ($WORK/stderr).
# shellcheck disable=SC2034 # passed and failed are read by the sourcing script
passed=0
failed=0
ok() {
  passed=$((passed + 1))
  printf 'ok   %s\n' "$1"
}
nok() {
  failed=$((failed + 1))
  printf 'FAIL %s\n' "$1"
  [ -f "${STUB_LOG:-}" ] && sed 's/^/       | /' "$STUB_LOG"
  [ -f "$WORK/stderr" ] && tail -n 5 "$WORK/stderr" | sed 's/^/       ! /'
  return 0
}
