// Plain ws:// to a remote host and credentials in a query string are flagged; ws:// to
// loopback (a local test tool) and harmless query parameters are not.
// REQUIRES: boost-beast
#include "beast.h"

constexpr const char *kGateway = "gw.example.com";

void remote(plain_socket &ws) {
  ws.handshake(kGateway, "/stream");
  // expect-warning[websocket-insecure-endpoint]@-1{{'remote::ws' connects to ws://gw.example.com/stream without TLS}}
}

void loopback(plain_socket &ws) { ws.handshake("localhost:8080", "/echo?sort_key=time"); }

void ipv4_loopback(plain_socket &ws) { ws.handshake("127.0.0.1", "/echo"); }

void token(tls_socket &ws) {
  ws.handshake("api.example.com", "/stream?channel=prices&access_token=abc123");
  // expect-warning[websocket-insecure-endpoint]@-1{{puts a credential ('access_token') in the endpoint's query string}}
}

void unknown_host(plain_socket &ws, const std::string &host) { ws.handshake(host, "/"); }
