// follows-fix: backoff (sleep a capped, doubling delay plus jitter before each new curl_easy_perform after a failure)
// follows-fix: heartbeat (a CURLWS_PING every 20 s from the loop that reads)
// REQUIRES: libcurl
// expect-no-findings
#include <curl/curl.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static void read_until_closed(CURL *ws) {
  time_t last_ping = time(NULL);
  for (;;) {
    char buf[4096];
    size_t got = 0;
    struct curl_ws_frame *meta = NULL;
    CURLcode rc = curl_ws_recv(ws, buf, sizeof buf, &got, &meta);
    if (rc != CURLE_OK && rc != CURLE_AGAIN)
      return;
    if (time(NULL) - last_ping >= 20) {
      size_t sent = 0;
      curl_ws_send(ws, "", 0, &sent, 0, CURLWS_PING);
      last_ping = time(NULL);
    }
  }
}

int main(void) {
  unsigned attempt = 0;
  for (;;) {
    CURL *ws = curl_easy_init();
    curl_easy_setopt(ws, CURLOPT_URL, "wss://stream.example.com/ws");
    curl_easy_setopt(ws, CURLOPT_CONNECT_ONLY, 2L);
    if (curl_easy_perform(ws) == CURLE_OK) {
      attempt = 0;
      read_until_closed(ws);
    }
    curl_easy_cleanup(ws);
    unsigned delay_ms = 250u << (attempt < 7 ? attempt : 7);
    if (delay_ms > 30000)
      delay_ms = 30000;
    ++attempt;
    usleep((delay_ms + (unsigned)rand() % (delay_ms + 1)) * 1000u);
  }
}
