// expect-warning[c] 4294967296{{x}}
// expect-warning[c]@-5{{y}}
