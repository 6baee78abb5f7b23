// SPDX-License-Identifier: Apache-2.0
#include "InsecureEndpointCheck.h"
#include "CheckUtil.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace wslint {

std::string InsecureEndpointCheck::hostOf(const std::string &Url) {
  llvm::StringRef S(Url);
  if (!S.consume_front("ws://") && !S.consume_front("wss://"))
    return "";
  if (size_t At = S.find('@'); At != llvm::StringRef::npos && At < S.find('/'))
    S = S.drop_front(At + 1); // user:password@host
  if (S.starts_with("[")) {
    size_t Close = S.find(']');
    return Close == llvm::StringRef::npos ? "" : S.slice(1, Close).lower();
  }
  return S.take_until([](char C) { return C == '/' || C == ':' || C == '?' || C == '#'; })
      .lower();
}

bool InsecureEndpointCheck::isLoopback(const std::string &Host) {
  llvm::StringRef H(Host);
  return H == "localhost" || H.ends_with(".localhost") || H.starts_with("127.") ||
         H == "::1" || H == "0:0:0:0:0:0:0:1";
}

std::string InsecureEndpointCheck::credentialParameter(const std::string &Url) {
  llvm::StringRef S(Url);
  size_t Q = S.find('?');
  if (Q == llvm::StringRef::npos)
    return "";
  llvm::SmallVector<llvm::StringRef, 8> Params;
  S.drop_front(Q + 1).take_until([](char C) { return C == '#'; }).split(Params, '&');
  // Names that carry secrets in practice; "key" alone is too common (sort keys, cache keys)
  // to be a credential by itself (test-inputs/endpoints/insecure-endpoint-lookalikes).
  static const char *const Secret[] = {"token",  "access_token", "auth",      "apikey",
                                       "api_key", "password",    "passwd",    "secret",
                                       "sig",     "signature",   "session",   "jwt",
                                       "bearer",  "credential",  "client_secret"};
  for (llvm::StringRef P : Params) {
    std::string Name = P.take_until([](char C) { return C == '='; }).lower();
    for (const char *W : Secret)
      if (Name == W || llvm::StringRef(Name).ends_with(std::string("_") + W) ||
          llvm::StringRef(Name).ends_with(std::string("-") + W))
        return Name;
  }
  return "";
}

void InsecureEndpointCheck::run(const Graph &, const Client &C,
                                std::vector<Finding> &Out) const {
  for (const Socket &S : C.Sockets) {
    if (S.Endpoint.empty())
      continue;
    std::string Host = hostOf(S.Endpoint);
    auto Emit = [&](std::string Message, const std::string &What) {
      Finding F;
      F.Check = "websocket-insecure-endpoint";
      identify(F, C, S.Holder.Name + "|" + What);
      F.Loc = S.Loc;
      F.Message = std::move(Message);
      F.Citation = rows::Rfc6455Security;
      aboutSocket(F, S);
      Out.push_back(std::move(F));
    };
    // A host the code builds at run time ("ws://…/feed") may be loopback: precision first.
    if (llvm::StringRef(S.Endpoint).starts_with("ws://") && !Host.empty() &&
        !llvm::StringRef(Host).contains("…") && !isLoopback(Host))
      Emit("WebSocket '" + S.Holder.Name + "' connects to " + S.Endpoint +
               " without TLS; use wss:// for any host beyond loopback",
           "plain");
    if (auto Param = credentialParameter(S.Endpoint); !Param.empty())
      Emit("WebSocket '" + S.Holder.Name + "' puts a credential ('" + Param +
               "') in the endpoint's query string, where proxies and servers log it; send it "
               "in a header or the first message",
           "query");
  }
}

} // namespace wslint
