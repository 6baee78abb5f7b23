// An Android app's native library: no main. The JVM calls JNI_OnLoad and the exported
// Java_… natives, so they are the entry points, and the library is a mobile client (one
// connection is the ceiling) because the config does not say otherwise.
#include <ixwebsocket/IXWebSocket.h>

struct JNIEnv_;
typedef JNIEnv_ JNIEnv;
typedef void *jobject;
typedef int jint;
struct JavaVM_;
typedef JavaVM_ JavaVM;

static ix::WebSocket g_feed;
static ix::WebSocket g_chat;

extern "C" jint JNI_OnLoad(JavaVM *, void *) {
  g_feed.setUrl("wss://feed.example.com/"); // #feed
  g_feed.setPingInterval(20);
  g_feed.start();
  return 0x00010006;
}

extern "C" void Java_com_example_chat_Native_connect(JNIEnv *, jobject) {
  g_chat.setUrl("wss://chat.example.com/");
  // expect-warning[websocket-connection-budget]@-1{{client 'entry-points-jni' holds 2 WebSocket connections; a mobile client's ceiling is 1}}
  // expect-note[websocket-connection-budget]@#feed{{connection 1 of 2: 'g_feed'}}
  // expect-note[websocket-connection-budget]@-3{{connection 2 of 2: 'g_chat'}}
  g_chat.setPingInterval(20);
  g_chat.start();
}

// Not an export the JVM calls: a C++ function whose name only looks like one.
namespace util {
void Java_like_helper() {}
} // namespace util
