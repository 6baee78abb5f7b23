/* The app's transport interface: an operations table, so main never names the library. */
#ifndef TRANSPORT_H
#define TRANSPORT_H

typedef void (*service_fn)(int timeout_ms);

struct transport_ops {
  int (*open)(const char *host);
  service_fn service;
  void *close; /* stored through a cast, called through one too */
};

extern const struct transport_ops ws_transport;

#endif
