#pragma once
#include <ixwebsocket/IXWebSocket.h>

#include <memory>

void enablePings(std::shared_ptr<ix::WebSocket> ws);
void keepClosed(const std::shared_ptr<ix::WebSocket> &ws);
