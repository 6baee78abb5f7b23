// A C ticker keeps one record per exchange, each with its own connection handle, and a
// helper connects the record it is given by index: called once per exchange, it opens one
// socket per record (the handle is written into a field of an array element).
// The look-alikes stay single sockets: the status record (another struct, one variable)
// connected once, and the backup record that a watchdog in the service loop reconnects
// whenever its handle is gone: a retry of one connection, not one per item.
// REQUIRES: libwebsockets
#include <libwebsockets.h>
#include <string.h>

struct exchange {
  const char *host;
  struct lws *wsi;
};
struct status_link {
  struct lws *wsi;
};
struct backup_link {
  const char *host;
  struct lws *wsi;
};

static struct exchange exchanges[] = {{"one.example.com", 0}, {"two.example.com", 0}};
static struct status_link status;
static struct backup_link backups[1] = {{"backup.example.com", 0}};
static struct lws_context *context;

static void fill(struct lws_client_connect_info *i, const char *host) {
  memset(i, 0, sizeof *i);
  i->context = context;
  i->address = host;
  i->port = 443;
  i->path = "/ticks";
  i->ssl_connection = LCCSCF_USE_SSL;
}

static void connect_exchange(int n) {
  struct lws_client_connect_info i;
  fill(&i, exchanges[n].host);
  i.pwsi = &exchanges[n].wsi;
  lws_client_connect_via_info(&i);
  // expect-warning[websocket-connection-fanout]@-1{{opens a WebSocket 'exchange::wsi' (libwebsockets) per item}}
}

static void connect_status(void) {
  struct lws_client_connect_info i;
  fill(&i, "status.example.com");
  i.pwsi = &status.wsi;
  lws_client_connect_via_info(&i);
}

static void connect_backup(void) {
  struct lws_client_connect_info i;
  fill(&i, backups[0].host);
  i.pwsi = &backups[0].wsi;
  // websocket-boundary(network-policy): the backup exchange is reached only over the DR link.
  lws_client_connect_via_info(&i);
}

int main(void) {
  struct lws_context_creation_info info;
  memset(&info, 0, sizeof info);
  info.port = CONTEXT_PORT_NO_LISTEN;
  context = lws_create_context(&info);
  connect_status();
  for (int n = 0; n < 2; n++)
    connect_exchange(n);
  // expect-note[websocket-connection-fanout]@-1{{called once per item here: each call opens the socket of another element}}
  while (lws_service(context, 0) >= 0)
    if (!backups[0].wsi)
      connect_backup();
  return 0;
}
