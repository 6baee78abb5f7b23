// SPDX-License-Identifier: Apache-2.0
//
// wslint over the real example programs Debian's packages install (never copied into this
// repository). For each program: exactly the client sockets written here, with their
// library and heartbeat verdict; server examples of the same packages: no socket at all.
// The expectations come from reading each example's source (see the comments).
#include "../tool/cli/Driver.h"
#include "ScenarioUtil.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <tuple>

namespace wslint {
namespace {

struct ExpectedSocket {
  std::string Slot;
  std::string Library;
  bool Heartbeat;
};

struct Example {
  std::string Name; ///< the client (program) name wslint gives it
  std::vector<std::string> Files;
  std::vector<std::string> Flags;
  std::vector<ExpectedSocket> Sockets; ///< empty: a server, must yield no client socket
};

const std::string Beast = "/usr/share/doc/libboost1.74-doc/examples/libs/beast";
const std::string Wspp = "/usr/share/doc/libwebsocketpp-dev/examples";
const std::string Qt5 = "/usr/lib/x86_64-linux-gnu/qt5/examples/websockets";
// Extracted from Debian's emscripten package by scripts/bootstrap.
const std::string Em = "/opt/wslint-deps/emscripten-3.1.6/usr/share/emscripten";

std::vector<std::string> qtFlags() {
  std::string I = "/usr/include/x86_64-linux-gnu/qt5";
  return {"-fPIC", "-I" + I, "-I" + I + "/QtCore", "-I" + I + "/QtNetwork",
          "-I" + I + "/QtWebSockets"};
}

std::vector<Example> examples() {
  std::string BC = Beast + "/example/websocket/client/";
  std::string BS = Beast + "/example/websocket/server/";
  std::vector<std::string> BeastFlags = {"-I" + Beast};
  // Every Beast client example uses timeout::suggested(role_type::client) (async, coro) or
  // no timeout at all (sync): none of them pings.
  auto BeastClient = [&](std::string Dir, std::string File, std::string Slot) {
    return Example{llvm::sys::path::stem(File).str(), {BC + Dir + "/" + File}, BeastFlags,
                   {{Slot, "boost-beast", false}}};
  };
  std::vector<Example> E = {
      BeastClient("async", "websocket_client_async.cpp", "session::ws_"),
      BeastClient("async-ssl", "websocket_client_async_ssl.cpp", "session::ws_"),
      BeastClient("async-ssl-system-executor",
                  "websocket_client_async_ssl_system_executor.cpp", "session::ws_"),
      BeastClient("coro", "websocket_client_coro.cpp", "do_session::ws"),
      BeastClient("coro-ssl", "websocket_client_coro_ssl.cpp", "do_session::ws"),
      BeastClient("sync", "websocket_client_sync.cpp", "main::ws"),
      BeastClient("sync-ssl", "websocket_client_sync_ssl.cpp", "main::ws"),
      // Servers accept on the same stream type.
      {"websocket_server_sync", {BS + "sync/websocket_server_sync.cpp"}, BeastFlags, {}},
      {"websocket_server_async", {BS + "async/websocket_server_async.cpp"}, BeastFlags, {}},
  };
  // websocketpp: get_connection + connect once per program; no example sends pings.
  auto WsppClient = [&](std::string Name, std::string Slot, bool Heartbeat = false) {
    return Example{Name, {Wspp + "/" + Name + "/" + Name + ".cpp"}, {},
                   {{Slot, "websocketpp", Heartbeat}}};
  };
  for (auto &W : {WsppClient("echo_client", "main::con"),
                  WsppClient("print_client", "main::con"),
                  WsppClient("print_client_tls", "main::con"),
                  WsppClient("debug_client", "perftest::start::con"),
                  WsppClient("scratch_client", "websocket_endpoint::connect::con"),
                  WsppClient("sip_client", "main::con"),
                  // A counter message every second, from a loop whose wait is a helper
                  // that sleeps (wait_a_bit): an application heartbeat.
                  WsppClient("telemetry_client", "telemetry_client::run::con", true),
                  WsppClient("testee_client", "main::con"),
                  // Opens a connection per command, one slot: see docs/checks limitations.
                  WsppClient("utility_client", "websocket_endpoint::connect::con")})
    E.push_back(W);
  for (const char *Server : {"echo_server", "print_server", "broadcast_server"})
    E.push_back({Server, {Wspp + "/" + Server + "/" + Server + ".cpp"}, {}, {}});
  // Qt 5: the echo clients open m_webSocket from their constructor; no pings.
  E.push_back({"echoclient",
               {Qt5 + "/echoclient/echoclient.cpp", Qt5 + "/echoclient/main.cpp"},
               qtFlags(),
               {{"EchoClient::m_webSocket", "qt-websockets", false}}});
  E.push_back({"sslechoclient",
               {Qt5 + "/sslechoclient/sslechoclient.cpp", Qt5 + "/sslechoclient/main.cpp"},
               qtFlags(),
               {{"SslEchoClient::m_webSocket", "qt-websockets", false}}});
  // Emscripten's WebSocket tests: one emscripten_websocket_new each, no application ping.
  std::vector<std::string> EmFlags = {"--target=wasm32-unknown-emscripten", "-nostdinc",
                                      "-isystem", WSLINT_CLANG_RESOURCE_DIR "/include",
                                      "-isystem", Em + "/cache/sysroot/include"};
  for (const char *Name : {"websocket", "test_websocket_send"})
    E.push_back({Name, {Em + "/tests/websocket/" + Name + ".c"}, EmFlags,
                 {{"main::socket", "emscripten", false}}});
  return E;
}

void PrintTo(const Example &E, std::ostream *OS) { *OS << E.Name; }

class DebianExample : public testing::TestWithParam<Example> {};

TEST_P(DebianExample, ExactSockets) {
  const Example &Ex = GetParam();
  for (const auto &F : Ex.Files)
    if (!llvm::sys::fs::exists(F)) {
      if (std::getenv("WSLINT_REQUIRE_ALL"))
        FAIL() << F << " is not installed (scripts/bootstrap installs it)";
      GTEST_SKIP() << F << " is not installed";
    }
  llvm::SmallString<128> Dir;
  llvm::sys::path::system_temp_directory(true, Dir);
  llvm::sys::path::append(Dir, "wslint-example-%%%%%%");
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory(Dir, Dir));
  llvm::json::Array Commands;
  for (const auto &F : Ex.Files) {
    bool C = llvm::StringRef(F).ends_with(".c");
    llvm::json::Array Args{C ? "clang" : "clang++", C ? "-std=c11" : "-std=c++17"};
    for (const auto &Fl : Ex.Flags)
      Args.push_back(Fl);
    Args.push_back("-c");
    Args.push_back(F);
    Commands.push_back(llvm::json::Object{
        {"directory", std::string(Dir)}, {"file", F}, {"arguments", std::move(Args)}});
  }
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(std::string(Dir) + "/compile_commands.json", EC);
    ASSERT_FALSE(EC);
    OS << llvm::json::Value(std::move(Commands));
  }
  {
    // A program with one main is a client named after the project.
    std::error_code EC;
    llvm::raw_fd_ostream OS(std::string(Dir) + "/.wslint.yaml", EC);
    ASSERT_FALSE(EC);
    OS << "project: " << Ex.Name << "\n";
  }
  DriverOptions Opts;
  Opts.BuildDir = std::string(Dir);
  Opts.ConfigFile = std::string(Dir) + "/.wslint.yaml";
  // The example's own directory is its project: its headers are the user's code.
  Opts.Root = llvm::sys::path::parent_path(Ex.Files.front()).str();
  Opts.Jobs = 1;
  auto R = lint(Opts);
  llvm::sys::fs::remove_directories(Dir);
  ASSERT_TRUE(static_cast<bool>(R)) << llvm::toString(R.takeError());
  for (const auto &U : R->Facts.Units)
    for (const auto &Err : U.Errors)
      ADD_FAILURE() << Err.Loc.File << ":" << Err.Loc.Line << ": " << Err.Message;

  std::set<std::tuple<std::string, std::string, std::string, bool>> Got, Want;
  for (const auto &C : R->G.Clients)
    for (const auto &S : C.Sockets)
      Got.insert({C.Name, S.Holder.Name, S.Library, S.Heartbeat});
  for (const auto &S : Ex.Sockets)
    Want.insert({Ex.Name, S.Slot, S.Library, S.Heartbeat});
  auto Show = [](const auto &Set) {
    std::string Out;
    for (const auto &[C, Slot, Lib, HB] : Set)
      Out += "  " + C + ": " + Slot + " (" + Lib + ") heartbeat=" + (HB ? "yes" : "no") + "\n";
    return Out.empty() ? std::string("  (none)\n") : Out;
  };
  EXPECT_EQ(Got, Want) << "found:\n" << Show(Got) << "expected:\n" << Show(Want);
}

INSTANTIATE_TEST_SUITE_P(Debian, DebianExample, testing::ValuesIn(examples()),
                         [](const testing::TestParamInfo<Example> &I) {
                           return testName(I.param.Name);
                         });

} // namespace
} // namespace wslint
