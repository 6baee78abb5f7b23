// Helpers that take libcurl's opaque handle (`CURL *`, a typedef of void) act on the socket
// the caller hands them, as helpers taking a C++ reference do. The ticks socket is pinged
// through such a helper from a loop that waits: it has a heartbeat. The orders socket goes
// through a helper of the same kind but only ever sends one hello: it is reported.
// REQUIRES: libcurl
#include <curl/curl.h>
#include <unistd.h>

static void ping(CURL *c) {
  size_t sent;
  curl_ws_send(c, "", 0, &sent, 0, CURLWS_PING);
}

static void hello(CURL *c) {
  size_t sent;
  curl_ws_send(c, "hello", 5, &sent, 0, CURLWS_TEXT);
}

int main(void) {
  CURL *ticks = curl_easy_init();
  curl_easy_setopt(ticks, CURLOPT_URL, "wss://ticks.example.com/");
  // expect-note[websocket-undocumented-boundary]@-1{{connection 1 of 2: 'main::ticks' (libcurl) to wss://ticks.example.com/}}
  curl_easy_setopt(ticks, CURLOPT_CONNECT_ONLY, 2L);
  curl_easy_perform(ticks);
  CURL *orders = curl_easy_init();
  curl_easy_setopt(orders, CURLOPT_URL, "wss://orders.example.com/");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::orders' (libcurl) to wss://orders.example.com/ has no heartbeat}}
  // expect-warning[websocket-undocumented-boundary]@-2{{connection 2 of 2 in client 'identity-opaque-handle-helpers' ('main::orders') states no boundary}}
  // expect-note[websocket-undocumented-boundary]@-3{{connection 2 of 2: 'main::orders' (libcurl) to wss://orders.example.com/}}
  curl_easy_setopt(orders, CURLOPT_CONNECT_ONLY, 2L);
  curl_easy_perform(orders);
  hello(orders);
  for (;;) {
    ping(ticks);
    sleep(20);
  }
}
