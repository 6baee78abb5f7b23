// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace wslint {
int cliMain(int argc, const char **argv);
}
