#include "lib/client.h"

void runSession(Connection &C) { C.connect(); }
