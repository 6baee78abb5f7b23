// SPDX-License-Identifier: Apache-2.0
#pragma once
#include <ixwebsocket/IXWebSocket.h>

class Feed {
public:
  void open(); // defined in shared/feed.cpp
private:
  ix::WebSocket ws_;
};
