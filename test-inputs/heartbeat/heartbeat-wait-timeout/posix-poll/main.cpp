// libcurl's socket polled with a 15 s timeout in the loop that reads; every round ends with
// a status message. The poll's timeout makes the loop go round over time even when nothing
// arrives, so the status goes out at least every 15 s: an application heartbeat.
// REQUIRES: libcurl
#include <curl/curl.h>
#include <poll.h>

static void pump(CURL *ws) {
  curl_socket_t fd;
  curl_easy_getinfo(ws, CURLINFO_ACTIVESOCKET, &fd);
  for (;;) {
    struct pollfd p = {fd, POLLIN, 0};
    poll(&p, 1, 15000);
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
  curl_easy_setopt(ws, CURLOPT_CONNECT_ONLY, 2L);
  if (curl_easy_perform(ws) == CURLE_OK)
    pump(ws);
  curl_easy_cleanup(ws);
}
