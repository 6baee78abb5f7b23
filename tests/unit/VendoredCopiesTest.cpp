// SPDX-License-Identifier: Apache-2.0
// Copies of WebSocket libraries inside a project, found by the headers the rules name and
// the socket types those headers declare; and the look-alikes that must stay the user's.
#include "../../tool/core/VendoredCopies.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

namespace wslint {
namespace {

class VendoredCopiesTest : public testing::Test {
protected:
  void SetUp() override {
    llvm::SmallString<128> D;
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("wslint-vendored", D));
    Root = std::string(D) + "/";
    auto R = loadRules(WSLINT_SOURCE_RULES_DIR);
    ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
    Rules = std::move(*R);
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Root); }
  void write(const std::string &Rel, const std::string &Text) {
    std::string P = Root + Rel;
    ASSERT_FALSE(llvm::sys::fs::create_directories(llvm::sys::path::parent_path(P)));
    std::error_code EC;
    llvm::raw_fd_ostream OS(P, EC);
    ASSERT_FALSE(EC);
    OS << Text;
  }
  /// "place (library)" of the copy Rel is in, or "" when it is the user's.
  std::string copyOf(const std::string &Rel, std::vector<std::string> OwnCode = {}) {
    VendoredCopies V(Rules, Root, std::move(OwnCode));
    const VendoredCopy *C = V.find(Root + Rel);
    return C ? C->Place + " (" + C->Library + ")" : "";
  }
  std::string Root;
  RuleSet Rules;
};

TEST_F(VendoredCopiesTest, AHeaderDirectoryThatDeclaresTheSocketType) {
  // websocketpp's client is declared in roles/client_endpoint.hpp, not client.hpp.
  write("third_party/wspp/websocketpp/client.hpp", "#include \"roles/client_endpoint.hpp\"\n");
  write("third_party/wspp/websocketpp/roles/client_endpoint.hpp",
        "namespace websocketpp {\ntemplate <typename config>\nclass client : public "
        "endpoint<connection<config>, config> {};\n}\n");
  write("third_party/wspp/websocketpp/impl/connection_impl.hpp", "");
  write("third_party/wspp/examples/echo/echo.cpp", "");
  EXPECT_EQ(copyOf("third_party/wspp/websocketpp/impl/connection_impl.hpp"),
            "third_party/wspp/websocketpp/ (websocketpp)");
  EXPECT_EQ(copyOf("third_party/wspp/websocketpp/client.hpp"),
            "third_party/wspp/websocketpp/ (websocketpp)");
  // The library's own example programs beside its header directory are programs that use
  // it: they stay the user's.
  EXPECT_EQ(copyOf("third_party/wspp/examples/echo/echo.cpp"), "");
  // own-code: takes it back.
  EXPECT_EQ(copyOf("third_party/wspp/websocketpp/client.hpp", {"third_party/**"}), "");
}

TEST_F(VendoredCopiesTest, AnExportMacroBetweenKeywordAndName) {
  write("ixwebsocket/IXWebSocket.h", "namespace ix {\nclass IXWEBSOCKET_API WebSocket\n{\n};\n}\n");
  write("ixwebsocket/IXWebSocket.cpp", "#include \"IXWebSocket.h\"\n");
  write("ws/ws.cpp", "");
  EXPECT_EQ(copyOf("ixwebsocket/IXWebSocket.cpp"), "ixwebsocket/ (ixwebsocket)");
  EXPECT_EQ(copyOf("ws/ws.cpp"), "");
}

TEST_F(VendoredCopiesTest, AFolderNamedAfterTheLibraryIsNotACopy) {
  // The project's own wrapper folder: a client.hpp that declares no websocketpp::client.
  write("net/websocketpp/client.hpp",
        "#include <websocketpp/client.hpp>\n// wraps the client of the library\n"
        "using client = websocketpp::client<int>;\nclass FeedClient { client c_; };\n");
  EXPECT_EQ(copyOf("net/websocketpp/client.hpp"), "");
  // Nor is a folder of that name without the library's headers.
  write("src/ixwebsocket/helpers.cpp", "");
  EXPECT_EQ(copyOf("src/ixwebsocket/helpers.cpp"), "");
}

TEST_F(VendoredCopiesTest, AOneFileLibraryIsItsStem) {
  write("src/easywsclient.hpp",
        "namespace easywsclient {\nclass WebSocket {\npublic:\n  virtual ~WebSocket() {}\n};\n}\n");
  write("src/easywsclient.cpp", "#include \"easywsclient.hpp\"\n");
  write("src/app.cpp", "#include \"easywsclient.hpp\"\n");
  EXPECT_EQ(copyOf("src/easywsclient.cpp"), "src/easywsclient. (easywsclient)");
  EXPECT_EQ(copyOf("src/easywsclient.hpp"), "src/easywsclient. (easywsclient)");
  EXPECT_EQ(copyOf("src/app.cpp"), "");
  // A file of that name that is not the library (it declares another class).
  write("other/easywsclient.hpp", "class MyEasyClient {};\n");
  write("other/easywsclient.cpp", "");
  EXPECT_EQ(copyOf("other/easywsclient.cpp"), "");
}

TEST_F(VendoredCopiesTest, ALibraryWithoutSocketTypesByItsFunctions) {
  // libcurl's rules name no socket type: a header declaring one of its functions is the
  // evidence.
  write("vendor/curl/include/curl/curl.h", "");
  write("vendor/curl/include/curl/websockets.h",
        "CURL_EXTERN CURLcode curl_ws_send(CURL *curl, const void *buffer, size_t buflen,\n"
        "                                  size_t *sent, curl_off_t fragsize, unsigned int flags);\n");
  write("vendor/curl/include/curl/system.h", "");
  write("src/curl/fetch.cpp", "");
  EXPECT_EQ(copyOf("vendor/curl/include/curl/system.h"),
            "vendor/curl/include/curl/ (libcurl)");
  EXPECT_EQ(copyOf("src/curl/fetch.cpp"), "");
  // A project's own platform layer in an emscripten/ folder, with a websocket.h that
  // declares its own functions, not emscripten_websocket_new.
  write("src/platform/emscripten/websocket.h", "int platform_ws_open(const char *url);\n");
  write("src/platform/emscripten/websocket.cpp", "");
  EXPECT_EQ(copyOf("src/platform/emscripten/websocket.cpp"), "");
  // A project's own folder named after a C library, holding programs that call it: a call
  // in a source file is use, not the library (only headers confirm a copy). The scenario
  // folders test-inputs/libraries/libwebsockets/ are this shape.
  write("examples/libwebsockets/feed/client.c",
        "#include <libwebsockets.h>\nint main(void) { lws_client_connect_via_info(&i); }\n");
  EXPECT_EQ(copyOf("examples/libwebsockets/feed/client.c"), "");
  // Nor is a header there that calls it.
  write("samples/libwebsockets/open.h",
        "static int open_feed(void) {\n  return lws_client_connect_via_info(&i) != NULL;\n}\n"
        "static void again(void) {\n  if (!lws_client_connect_via_info(&i))\n    "
        "x = lws_client_connect_via_info(&i);\n}\n");
  write("samples/libwebsockets/feed.c", "");
  EXPECT_EQ(copyOf("samples/libwebsockets/feed.c"), "");
  // With the library's own header there, it is a copy.
  write("vendor/libwebsockets/lws-client.h",
        "LWS_VISIBLE LWS_EXTERN struct lws *\n"
        "lws_client_connect_via_info(const struct lws_client_connect_info *ccinfo);\n");
  write("vendor/libwebsockets/client.c", "");
  EXPECT_EQ(copyOf("vendor/libwebsockets/client.c"), "vendor/libwebsockets/ (libwebsockets)");
}

TEST_F(VendoredCopiesTest, NothingOutsideTheProject) {
  VendoredCopies V(Rules, Root, {});
  EXPECT_EQ(V.find("/usr/include/websocketpp/client.hpp"), nullptr);
}

TEST(DeclaresType, KeywordsMacrosAndLookalikes) {
  EXPECT_TRUE(declaresType("class WebSocket {", "WebSocket"));
  EXPECT_TRUE(declaresType("template <typename config>\nclass client : public x", "client"));
  EXPECT_TRUE(declaresType("class Q_WEBSOCKETS_EXPORT QWebSocket : public QObject", "QWebSocket"));
  EXPECT_TRUE(declaresType("@interface SRWebSocket : NSObject", "SRWebSocket"));
  EXPECT_TRUE(declaresType("struct stream;", "stream"));
  EXPECT_FALSE(declaresType("using client = websocketpp::client<c>;", "client"));
  EXPECT_FALSE(declaresType("class WebSocketServer {", "WebSocket"));
  EXPECT_FALSE(declaresType("class MyWebSocket {", "WebSocket"));
  EXPECT_FALSE(declaresType("ix::WebSocket ws;", "WebSocket"));
  EXPECT_TRUE(declaresFunction("EMSCRIPTEN_RESULT emscripten_websocket_new (Attrs *a);",
                               "emscripten_websocket_new"));
  EXPECT_FALSE(declaresFunction("#define emscripten_websocket_new_ok 1", "emscripten_websocket_new"));
  EXPECT_FALSE(declaresFunction("// see emscripten_websocket_new", "emscripten_websocket_new"));
  EXPECT_TRUE(declaresFunction("struct lws *\nlws_client_connect_via_info(const info *i);",
                               "lws_client_connect_via_info"));
  for (const char *Call : {"  return f(x);", "if (!f(x))", "y = f(x);", "{ f(x); }", "g(a, f(x));"})
    EXPECT_FALSE(declaresFunction(Call, "f")) << Call;
}

TEST(DescribeCopies, SaysWhereAndHowToTakeOneBack) {
  std::string N = describeCopies({{"src/easywsclient.", "easywsclient"},
                                  {"third_party/wspp/websocketpp/", "websocketpp"}});
  EXPECT_EQ(N, "read src/easywsclient.* (easywsclient), third_party/wspp/websocketpp/ "
               "(websocketpp) as copies of a WebSocket library kept in the project: library "
               "code, not yours; to analyse one as your own code, name it in .wslint.yaml, "
               "e.g. own-code: [\"src/easywsclient.*\"]");
}

} // namespace
} // namespace wslint
