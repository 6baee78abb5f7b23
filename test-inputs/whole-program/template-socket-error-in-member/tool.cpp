// A second program of the run, without sockets, that compiles.
int main() { return 0; }
