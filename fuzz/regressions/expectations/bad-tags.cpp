// expect-warning[x]@#nowhere{{a}}
// expect-note@#{{b}}
// expect-error[]@+99999999999{{c
// #
