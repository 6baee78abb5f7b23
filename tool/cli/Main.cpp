// SPDX-License-Identifier: Apache-2.0
#include "CliMain.h"

int main(int argc, const char **argv) { return wslint::cliMain(argc, argv); }
