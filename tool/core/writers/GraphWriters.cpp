// SPDX-License-Identifier: Apache-2.0
// The connection graph as Graphviz DOT, Mermaid, JSON and a self-contained HTML page.
// Every string taken from analysed code is escaped for the format it lands in.
#include "../Report.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

#include <map>
#include <set>

namespace wslint {

namespace {

/// Replaces each character that has an entry in Table by its replacement.
std::string escapeWith(const std::string &S,
                       std::initializer_list<std::pair<char, const char *>> Table) {
  std::string Out;
  for (char C : validUtf8(S)) {
    const char *Replacement = nullptr;
    for (const auto &[From, To] : Table)
      if (C == From)
        Replacement = To;
    if (Replacement)
      Out += Replacement;
    else
      Out += C;
  }
  return Out;
}

/// Mermaid labels go inside "…"; quotes and markup become entities, line breaks spaces.
std::string mermaidEscape(const std::string &S) {
  // Backticks too: the summary puts the graph inside a ``` fence.
  return escapeWith(S, {{'"', "#quot;"}, {'<', "#lt;"}, {'>', "#gt;"}, {'`', "#96;"},
                        {'\n', " "}, {'\r', " "}});
}

std::string dotEscape(const std::string &S) {
  return escapeWith(S, {{'"', "\\\""}, {'\\', "\\\\"}, {'\n', "\\n"}});
}

std::string htmlEscape(const std::string &S) {
  return escapeWith(S, {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"},
                        {'\'', "&#39;"}});
}

std::string socketLabel(const Socket &S) {
  std::string L = S.Holder.Name + " (" + S.LibraryName + ")";
  if (!S.Endpoint.empty())
    L += "\n" + S.Endpoint;
  L += "\nheartbeat: " + std::string(S.Heartbeat ? "yes" : "no");
  if (S.Reconnect)
    L += ", backoff: " + S.Backoff;
  if (S.Unbounded)
    L += S.PerRequest ? "\none per request" : "\none per item";
  else if (S.AtOnce > 1)
    L += "\n" + std::to_string(S.AtOnce) + " at once (one per instance)";
  if (S.Annotation && S.Annotation->valid())
    L += "\nboundary: " + S.Annotation->Category;
  return L;
}

/// Sockets that some finding points at, by client and location.
std::set<std::pair<std::string, SourceLoc>> flagged(const std::vector<Finding> &Findings) {
  std::set<std::pair<std::string, SourceLoc>> Out;
  for (const auto &F : Findings)
    Out.insert({F.Client, F.Loc});
  return Out;
}

bool isFlagged(const std::set<std::pair<std::string, SourceLoc>> &Set, const Client &C,
               const Socket &S) {
  return Set.count({C.Name, S.Loc}) != 0;
}

} // namespace

void writeDot(const Graph &G, const std::vector<Finding> &Findings, llvm::raw_ostream &OS) {
  auto Bad = flagged(Findings);
  OS << "digraph wslint {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n";
  for (size_t I = 0; I < G.Clients.size(); ++I) {
    const Client &C = G.Clients[I];
    std::string CId = "c" + std::to_string(I);
    OS << "  " << CId << " [shape=box, style=bold, label=\""
       << dotEscape(C.Name + "\n" + clientKindName(C.Kind) + " client, " +
                    std::to_string(C.atOnce()) + " at once")
       << "\"];\n";
    for (const Socket &S : C.Sockets) {
      std::string SId = CId + "_" + S.Id;
      OS << "  " << SId << " [shape=ellipse, label=\"" << dotEscape(socketLabel(S)) << "\"";
      if (isFlagged(Bad, C, S))
        OS << ", color=red, penwidth=2";
      OS << "];\n  " << CId << " -> " << SId << ";\n";
    }
  }
  OS << "}\n";
}

void writeMermaid(const Graph &G, const std::vector<Finding> &Findings,
                  llvm::raw_ostream &OS) {
  auto Bad = flagged(Findings);
  OS << "flowchart LR\n";
  for (size_t I = 0; I < G.Clients.size(); ++I) {
    const Client &C = G.Clients[I];
    std::string CId = "c" + std::to_string(I);
    OS << "  " << CId << "[\"" << mermaidEscape(C.Name) << "<br/>"
       << clientKindName(C.Kind) << " client, " << C.atOnce() << " at once\"]\n";
    for (const Socket &S : C.Sockets) {
      // Escape each line of the label, then join the lines with <br/>.
      std::string Label = socketLabel(S), Escaped;
      for (size_t P = 0, Q; P <= Label.size(); P = Q + 1) {
        Q = std::min(Label.find('\n', P), Label.size());
        Escaped += (P ? "<br/>" : "") + mermaidEscape(Label.substr(P, Q - P));
      }
      std::string SId = CId + "_" + S.Id;
      OS << "  " << CId << " --> " << SId << "([\"" << Escaped << "\"])\n";
      if (isFlagged(Bad, C, S))
        OS << "  class " << SId << " finding\n";
    }
  }
  OS << "  classDef finding stroke:#d00,stroke-width:3px\n";
}

void writeGraphJson(const Graph &G, llvm::raw_ostream &OS) {
  OS << llvm::formatv("{0:2}", graphToJson(G)) << "\n";
}

void writeHtml(const Graph &G, const std::vector<Finding> &Findings, llvm::raw_ostream &OS) {
  std::map<std::pair<std::string, SourceLoc>, std::vector<const Finding *>> ByPlace;
  for (const auto &F : Findings)
    ByPlace[{F.Client, F.Loc}].push_back(&F);
  OS << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n<title>wslint connection graph</title>\n<style>\n"
        "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}\n"
        ".client{border:2px solid #345;border-radius:8px;margin:0 0 24px;padding:12px 16px}\n"
        ".client h2{margin:0 0 8px;font-size:18px}.kind{color:#666;font-weight:normal}\n"
        ".sockets{display:flex;flex-wrap:wrap;gap:12px}\n"
        ".socket{border:1px solid #9ab;border-radius:16px;padding:8px 12px;min-width:240px;"
        "background:#f7fafc}\n"
        ".socket.flagged{border:3px solid #d00;background:#fff5f5}\n"
        ".slot{font-weight:bold;font-family:monospace}.where,.endpoint{color:#555;"
        "font-family:monospace;font-size:12px}\n"
        ".badge{display:inline-block;border-radius:4px;padding:0 6px;margin:4px 4px 0 0;"
        "font-size:12px}.ok{background:#d7f5dd}.bad{background:#ffd9d9}.info{background:#e3e8f0}\n"
        ".finding{color:#a00;font-size:12px;margin-top:6px}\n</style></head><body>\n"
        "<h1>WebSocket connection graph</h1>\n";
  if (G.Clients.empty())
    OS << "<p>No client opens a WebSocket.</p>\n";
  for (const Client &C : G.Clients) {
    OS << "<section class=\"client\"><h2>" << htmlEscape(C.Name) << " <span class=\"kind\">"
       << clientKindName(C.Kind) << " client, " << C.Sockets.size() << " socket"
       << (C.Sockets.size() == 1 ? "" : "s") << ", " << C.atOnce() << " at once";
    if (C.Limits.Ceiling)
      OS << ", ceiling " << *C.Limits.Ceiling;
    OS << "</span></h2>\n<div class=\"sockets\">\n";
    for (const Socket &S : C.Sockets) {
      auto It = ByPlace.find({C.Name, S.Loc});
      bool Flagged = It != ByPlace.end();
      OS << "<div class=\"socket" << (Flagged ? " flagged" : "") << "\" data-slot=\""
         << htmlEscape(S.Holder.Name) << "\">\n<div class=\"slot\">"
         << htmlEscape(S.Holder.Name) << "</div>\n<div class=\"where\">"
         << htmlEscape(S.LibraryName) << " · " << htmlEscape(S.Loc.File) << ":" << S.Loc.Line
         << "</div>\n";
      if (!S.Endpoint.empty())
        OS << "<div class=\"endpoint\">" << htmlEscape(S.Endpoint) << "</div>\n";
      OS << "<span class=\"badge " << (S.Heartbeat ? "ok\">heartbeat" : "bad\">no heartbeat")
         << "</span>";
      if (S.Reconnect)
        OS << "<span class=\"badge "
           << (S.Backoff == "exponential-jitter" ? "ok" : "bad") << "\">backoff: "
           << htmlEscape(S.Backoff) << "</span>";
      if (S.Unbounded)
        OS << "<span class=\"badge bad\">one per item</span>";
      if (S.Annotation)
        OS << "<span class=\"badge " << (S.Annotation->valid() ? "info" : "bad")
           << "\">boundary: " << htmlEscape(S.Annotation->Category) << "</span>";
      OS << "\n";
      if (Flagged)
        for (const Finding *F : It->second)
          OS << "<div class=\"finding\">" << htmlEscape(F->Message) << " ["
             << htmlEscape(F->Check) << "]</div>\n";
      OS << "</div>\n";
    }
    OS << "</div></section>\n";
  }
  OS << "</body></html>\n";
}

} // namespace wslint
