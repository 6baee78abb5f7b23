// Names nothing that leads to a socket: the prefilter keeps skipping it.
int checksum(const unsigned char *p, int n) {
  int s = 0;
  for (int i = 0; i < n; ++i)
    s += p[i];
  return s;
}
