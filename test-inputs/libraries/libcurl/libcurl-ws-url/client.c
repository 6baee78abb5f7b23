// follows-fix: heartbeat (a CURLWS_PING from the loop that reads)
// libcurl: an easy handle is a WebSocket when CURLOPT_URL is ws:// or wss://; an https://
// transfer is not. The WebSocket pings by hand in its loop. C code.
// REQUIRES: libcurl
// expect-no-findings
#include <curl/curl.h>

int main(void) {
  CURL *download = curl_easy_init();
  curl_easy_setopt(download, CURLOPT_URL, "https://example.com/file.txt");
  curl_easy_perform(download);

  CURL *ws = curl_easy_init();
  curl_easy_setopt(ws, CURLOPT_URL, "wss://stream.example.com/ws");
  curl_easy_setopt(ws, CURLOPT_CONNECT_ONLY, 2L);
  curl_easy_perform(ws);
  for (;;) {
    size_t sent = 0;
    curl_ws_send(ws, "", 0, &sent, 0, CURLWS_PING);
  }
}
