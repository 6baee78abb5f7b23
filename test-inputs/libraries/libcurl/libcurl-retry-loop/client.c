// A blocking libcurl client that reconnects in a loop, sleeping a fixed second.
// REQUIRES: libcurl
#include <curl/curl.h>
#include <unistd.h>

int main(void) {
  for (;;) {
    CURL *ws = curl_easy_init();
    curl_easy_setopt(ws, CURLOPT_URL, "wss://ticks.example.com/");
    // expect-warning[websocket-missing-backoff]@-1{{'main::ws' (libcurl) to wss://ticks.example.com/ reconnects after a fixed delay}}
    // expect-note[websocket-missing-backoff]@-2{{reopened in a retry loop}}
    curl_easy_setopt(ws, CURLOPT_CONNECT_ONLY, 2L);
    if (curl_easy_perform(ws) != CURLE_OK)
      sleep(1); // #sleep
    // expect-note[websocket-missing-backoff]@#sleep{{the delay: sleep(1)}}
    curl_easy_cleanup(ws);
  }
}
