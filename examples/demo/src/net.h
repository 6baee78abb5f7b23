// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

namespace beast = boost::beast;
namespace websocket = beast::websocket;
namespace net = boost::asio;
namespace ssl = net::ssl;

using tls_socket = websocket::stream<beast::ssl_stream<beast::tcp_stream>>;
using plain_socket = websocket::stream<beast::tcp_stream>;
