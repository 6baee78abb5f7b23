// REQUIRES:
// REQUIRES: a b c
// expect-no-findings
// expect-no-findings
