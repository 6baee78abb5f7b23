// libcurl easy handles whose URLs are http(s), including one in connect-only mode, are
// not WebSockets. C code.
// REQUIRES: libcurl
// expect-no-findings
#include <curl/curl.h>

int main(void) {
  CURL *api = curl_easy_init();
  curl_easy_setopt(api, CURLOPT_URL, "https://api.example.com/v1/orders");
  curl_easy_perform(api);

  CURL *raw = curl_easy_init();
  curl_easy_setopt(raw, CURLOPT_URL, "http://relay.example.com:8080");
  curl_easy_setopt(raw, CURLOPT_CONNECT_ONLY, 1L);
  curl_easy_perform(raw);
  curl_easy_cleanup(raw);
  curl_easy_cleanup(api);
  return 0;
}
