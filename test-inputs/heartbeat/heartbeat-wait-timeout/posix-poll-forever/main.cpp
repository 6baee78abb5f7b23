// Look-alike: the same loop, but poll waits without a timeout (-1): the loop goes round only
// when data arrives, so the status message answers traffic and stops when the line is
// quiet. No heartbeat.
// REQUIRES: libcurl
#include <curl/curl.h>
#include <poll.h>

static void pump(CURL *ws) {
  curl_socket_t fd;
  curl_easy_getinfo(ws, CURLINFO_ACTIVESOCKET, &fd);
  for (;;) {
    struct pollfd p = {fd, POLLIN, 0};
    poll(&p, 1, -1);
    if (p.revents & POLLIN) {
      char buf[4096];
      size_t got = 0;
      struct curl_ws_frame *meta = nullptr;
      if (curl_ws_recv(ws, buf, sizeof buf, &got, &meta) != CURLE_OK)
        return;
    }
    size_t sent = 0;
    curl_ws_send(ws, "{\"op\":\"status\"}", 15, &sent, 0, CURLWS_TEXT);
  }
}

int main() {
  CURL *ws = curl_easy_init();
  curl_easy_setopt(ws, CURLOPT_URL, "wss://stream.example.com/ws");
  // expect-warning[websocket-missing-heartbeat]@-1{{'main::ws' (libcurl) to wss://stream.example.com/ws has no heartbeat}}
  curl_easy_setopt(ws, CURLOPT_CONNECT_ONLY, 2L);
  if (curl_easy_perform(ws) == CURLE_OK)
    pump(ws);
  curl_easy_cleanup(ws);
}
