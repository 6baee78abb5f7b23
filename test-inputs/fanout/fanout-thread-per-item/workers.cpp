// A price tool starts one worker thread per symbol; each worker dials its own socket (a
// local of the function the thread runs) and reads from it: all the workers run side by
// side, so there is one socket per symbol at once. A second fleet is started through a
// plain function named to std::thread.
// The look-alikes: the history import calls the same kind of worker for each symbol in
// turn, without threads (one socket at a time), and the control thread is started once.
// Only the checks that count sockets run here (.wslint.yaml): the control and history
// sockets are the two the budget counts, the workers' are fan-out.
// REQUIRES: boost-beast
#include "beast.h"

#include <string>
#include <thread>
#include <vector>

static void stream_quotes(const std::string &symbol) {
  net::io_context ioc;
  plain_socket ws(ioc);
  ws.set_option(pinging_timeout());
  ws.handshake("quotes.example.com", "/" + symbol);
  // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'stream_quotes::ws' (Boost.Beast) to ws://quotes.example.com/… per item}}
  beast::flat_buffer buffer;
  ws.read(buffer);
}

static void stream_trades(std::string symbol) {
  net::io_context ioc;
  plain_socket ws(ioc);
  ws.set_option(pinging_timeout());
  ws.handshake("trades.example.com", "/" + symbol);
  // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'stream_trades::ws' (Boost.Beast) to ws://trades.example.com/… per item}}
  beast::flat_buffer buffer;
  ws.read(buffer);
}

static void import_history(const std::string &symbol) {
  net::io_context ioc;
  plain_socket ws(ioc);
  ws.set_option(pinging_timeout());
  // websocket-boundary(network-policy): the history archive is reached only over the backup link.
  ws.handshake("history.example.com", "/" + symbol);
  beast::flat_buffer buffer;
  ws.read(buffer);
}

static void control() {
  net::io_context ioc;
  plain_socket ws(ioc);
  ws.set_option(pinging_timeout());
  ws.handshake("control.example.com", "/");
  beast::flat_buffer buffer;
  ws.read(buffer);
}

int main(int argc, char **argv) {
  std::vector<std::string> symbols(argv + 1, argv + argc);
  std::thread control_thread(control);
  std::vector<std::thread> workers;
  for (const auto &s : symbols)
    workers.emplace_back([s] { stream_quotes(s); });
  // expect-note[websocket-connection-fanout]@-1{{work starts here on a thread once per item}}
  for (const auto &s : symbols)
    workers.push_back(std::thread(stream_trades, s));
  // expect-note[websocket-connection-fanout]@-1{{work starts here on a thread once per item}}
  for (const auto &s : symbols)
    import_history(s);
  for (auto &w : workers)
    w.join();
  control_thread.join();
}
