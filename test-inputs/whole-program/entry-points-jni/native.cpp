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

struct JNINativeMethod {
  const char *name;
  const char *signature;
  void *fnPtr;
};

static ix::WebSocket g_feed;
static ix::WebSocket g_chat;
static ix::WebSocket g_presence;

// Registered through RegisterNatives: reached from JNI_OnLoad through the method table.
static void nativeWatchPresence(JNIEnv *, jobject) {
  g_presence.setUrl("wss://presence.example.com/");
  // expect-warning[websocket-connection-budget]@-1{{client 'native (mobile)' holds 3 WebSocket connections; a mobile client's ceiling is 1}}
  // expect-note[websocket-connection-budget]@-2{{connection 2 of 3: 'g_presence'}}
  g_presence.setPingInterval(20);
  g_presence.start();
}

static const JNINativeMethod kMethods[] = {
    {"watchPresence", "()V", reinterpret_cast<void *>(nativeWatchPresence)},
};

int registerNatives(JNIEnv *env, const JNINativeMethod *methods, int count);

extern "C" jint JNI_OnLoad(JavaVM *, void *) {
  g_feed.setUrl("wss://feed.example.com/"); // #feed
  g_feed.setPingInterval(20);
  g_feed.start();
  registerNatives(nullptr, kMethods, 1);
  return 0x00010006;
}

extern "C" void Java_com_example_chat_Native_connect(JNIEnv *, jobject) {
  g_chat.setUrl("wss://chat.example.com/");
  // expect-note[websocket-connection-budget]@#feed{{connection 1 of 3: 'g_feed'}}
  // expect-note[websocket-connection-budget]@-2{{connection 3 of 3: 'g_chat'}}
  g_chat.setPingInterval(20);
  g_chat.start();
}

// Not an export the JVM calls: a C++ function whose name only looks like one.
namespace util {
void Java_like_helper() {}
} // namespace util
