// A feed class holding one Beast stream, opened by start(); two exchanges derive from it.
#pragma once
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>

#include <memory>
#include <string>
#include <vector>

namespace net = boost::asio;
namespace websocket = boost::beast::websocket;
using tcp = net::ip::tcp;

class Feed : public std::enable_shared_from_this<Feed> {
public:
  Feed(net::io_context &ioc, std::string host)
      : ws_(std::make_unique<websocket::stream<tcp::socket>>(ioc)), host_(std::move(host)) {}
  virtual ~Feed() = default;
  void start() {
    auto self = shared_from_this();
    ws_->async_handshake(host_, "/", [self](boost::beast::error_code) {});
  }
  virtual std::string name() = 0;

protected:
  std::unique_ptr<websocket::stream<tcp::socket>> ws_;
  std::string host_;
};

class Spot : public Feed {
public:
  explicit Spot(net::io_context &ioc) : Feed(ioc, "spot.example.com") {}
  std::string name() override { return "spot"; }
};

class Options : public Feed {
public:
  explicit Options(net::io_context &ioc) : Feed(ioc, "options.example.com") {}
  std::string name() override { return "options"; }
};
