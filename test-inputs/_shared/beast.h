// SPDX-License-Identifier: Apache-2.0
// Shared by the Boost.Beast scenarios: the real Debian headers and the usual aliases.
#pragma once

#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;
namespace ssl = net::ssl;

using tls_socket = websocket::stream<beast::ssl_stream<beast::tcp_stream>>;
using plain_socket = websocket::stream<beast::tcp_stream>;

/// Idle pings after 10 s of silence, hang up after 20 s.
inline websocket::stream_base::timeout pinging_timeout() {
  return {std::chrono::seconds(30), std::chrono::seconds(20), true};
}
