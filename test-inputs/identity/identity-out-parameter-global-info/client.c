// The connect info lives in a global struct: one function fills it once (pwsi = &app.wsi,
// the address), another connects with it, and a signal handler reconnects with it. The
// handle the library writes is app.wsi in every case: one socket, named after that field.
// REQUIRES: libwebsockets
// expect-no-findings
#include <libwebsockets.h>
#include <signal.h>
#include <string.h>

struct app_state {
  struct lws_context *ctx;
  struct lws_client_connect_info info;
  struct lws *wsi;
} app;

void app_connect(void) { lws_client_connect_via_info(&app.info); }

void app_reconnect(int sig) {
  (void)sig;
  lws_client_connect_via_info(&app.info);
}

int app_init(const char *host) {
  struct lws_context_creation_info ci;
  memset(&ci, 0, sizeof ci);
  ci.port = CONTEXT_PORT_NO_LISTEN;
  app.ctx = lws_create_context(&ci);
  memset(&app.info, 0, sizeof app.info);
  app.info.context = app.ctx;
  app.info.address = "feed.example.com";
  app.info.origin = host;
  app.info.port = 443;
  app.info.ssl_connection = LCCSCF_USE_SSL;
  app.info.path = "/";
  app.info.pwsi = &app.wsi;
  signal(SIGHUP, app_reconnect);
  return app.ctx ? 0 : 1;
}

// A second global info whose handle field is set to two different places: which one the
// library writes is not stated, so it is not guessed (a socket of its own, unnamed).
struct lws_client_connect_info probe_info;
struct lws *probe_a, *probe_b;

void probe_setup(int which) {
  if (which)
    probe_info.pwsi = &probe_a;
  else
    probe_info.pwsi = &probe_b;
}

void probe_connect(void) { lws_client_connect_via_info(&probe_info); }

int main(int argc, char **argv) {
  (void)argv;
  if (app_init("feed.example.com"))
    return 1;
  app_connect();
  probe_setup(argc > 1);
  probe_connect();
  while (lws_service(app.ctx, 0) >= 0)
    ;
  return 0;
}
