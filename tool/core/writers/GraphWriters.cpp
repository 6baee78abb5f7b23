// SPDX-License-Identifier: Apache-2.0
// The connection graph as Graphviz DOT, Mermaid, JSON and a self-contained HTML page.
// Every string taken from analysed code is escaped for the format it lands in.
#include "../Report.h"

#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

#include <algorithm>
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
    L += "\n" + std::to_string(S.AtOnce) + " at once";
  if (S.Annotation && S.Annotation->valid())
    L += "\nboundary: " + S.Annotation->Category;
  return L;
}

/// Sockets that some finding points at, by client and location.
std::set<std::pair<std::string, SourceLoc>> flagged(const std::vector<Finding> &Findings) {
  std::set<std::pair<std::string, SourceLoc>> Out;
  for (const auto &F : Findings)
    for (const auto &C : F.Clients) // one finding for a socket several clients share
      Out.insert({C, F.Loc});
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

namespace {

/// The picture's geometry. Text is set in a monospace font so that its width is known here
/// (DejaVu Sans Mono advances 0.6 em; a little more is allowed): a label too long for its
/// box is cut with "…" and the whole text is the node's tooltip.
constexpr int Margin = 16, ClientW = 210, ClientH = 76, GroupX = 262, GroupPad = 10,
              GroupHead = 24, SocketW = 372, SocketH = 78, SocketGap = 10, GroupGap = 16,
              EndpointW = 300, EndpointH = 40, EdgeGap = 56;
constexpr int SocketX = GroupX + GroupPad, EndpointX = SocketX + SocketW + EdgeGap,
              Width = EndpointX + EndpointW + Margin;
constexpr double CharW12 = 7.4, CharW12Bold = 8.0, CharW11 = 6.8;

std::string fit(const std::string &S, double Width, double CharW) {
  size_t Max = static_cast<size_t>(Width / CharW);
  std::string V = validUtf8(S);
  // Count code points, not bytes, and cut on one.
  size_t Points = 0, Cut = std::string::npos;
  for (size_t I = 0; I < V.size(); ++I)
    if ((static_cast<unsigned char>(V[I]) & 0xC0) != 0x80) {
      if (Points + 1 == Max && Cut == std::string::npos)
        Cut = I;
      ++Points;
    }
  if (Points <= Max)
    return V;
  return V.substr(0, Cut) + "…";
}

std::string boundaryGroup(const Socket &S) {
  if (S.Annotation && S.Annotation->valid())
    return S.Annotation->Category;
  return "";
}

struct Badge {
  std::string Kind, Text; ///< Kind: ok, bad or info
};

std::vector<Badge> badgesOf(const Socket &S) {
  std::vector<Badge> B;
  B.push_back(S.Heartbeat ? Badge{"ok", "heartbeat"} : Badge{"bad", "no heartbeat"});
  if (S.Reconnect)
    B.push_back({S.Backoff == "exponential-jitter" ? "ok" : "bad", "backoff: " + S.Backoff});
  if (S.Unbounded)
    B.push_back({"bad", S.PerRequest ? "one per request" : "one per item"});
  else if (S.AtOnce > 1)
    B.push_back({"info", std::to_string(S.AtOnce) + " at once"});
  if (S.Annotation && !S.Annotation->valid())
    B.push_back({"bad", "not a boundary"});
  return B;
}

void svgText(llvm::raw_ostream &OS, int X, int Y, const std::string &Class,
             const std::string &Text) {
  OS << "<text x=\"" << X << "\" y=\"" << Y << "\" class=\"" << Class << "\">"
     << htmlEscape(Text) << "</text>";
}

/// One client as an SVG drawing: the client, its sockets grouped by the boundary they
/// state, and the endpoints they reach; each socket links to its path below the drawing.
void writeClientSvg(const Client &C, size_t Index,
                    const std::set<std::pair<std::string, SourceLoc>> &Bad,
                    llvm::raw_ostream &OS) {
  // Groups in a fixed order: the shared connection (no boundary) first, then categories.
  std::map<std::string, std::vector<const Socket *>> Groups;
  for (const Socket &S : C.Sockets)
    Groups[boundaryGroup(S)].push_back(&S);
  struct Placed {
    const Socket *S;
    int Y;
  };
  std::vector<Placed> Sockets;
  std::vector<std::pair<std::string, std::pair<int, int>>> GroupBoxes; // name, top, height
  int Y = Margin;
  for (const auto &[Name, Members] : Groups) {
    int Top = Y;
    Y += GroupHead;
    for (const Socket *S : Members) {
      Sockets.push_back({S, Y});
      Y += SocketH + SocketGap;
    }
    Y += GroupPad - SocketGap;
    GroupBoxes.push_back({Name, {Top, Y - Top}});
    Y += GroupGap;
  }
  int Height = std::max(Y - GroupGap + Margin, ClientH + 2 * Margin);
  int ClientY = Margin;
  std::string Id = "c" + std::to_string(Index);
  OS << "<svg class=\"graph\" width=\"" << Width
     << "\" height=\"" << Height << "\" viewBox=\"0 0 " << Width << " " << Height
     << "\" role=\"img\" aria-label=\"connection graph of client " << htmlEscape(C.Name)
     << "\">\n";
  // Edges first, so that nodes paint over their ends.
  std::map<std::string, int> EndpointY;
  for (const Placed &P : Sockets) {
    int MidY = P.Y + SocketH / 2;
    OS << "<path class=\"edge\" d=\"M" << Margin + ClientW << "," << ClientY + ClientH / 2
       << " C" << GroupX - 20 << "," << ClientY + ClientH / 2 << " " << GroupX - 20 << ","
       << MidY << " " << SocketX << "," << MidY << "\"/>\n";
    if (!P.S->Endpoint.empty()) {
      auto [It, New] = EndpointY.emplace(P.S->Endpoint, MidY - EndpointH / 2);
      OS << "<path class=\"edge\" d=\"M" << SocketX + SocketW << "," << MidY << " L"
         << EndpointX << "," << It->second + EndpointH / 2 << "\"/>\n";
    }
  }
  OS << "<g class=\"node client-node\"><title>" << htmlEscape(C.Name) << "</title><rect x=\""
     << Margin << "\" y=\"" << ClientY << "\" width=\"" << ClientW << "\" height=\"" << ClientH
     << "\" rx=\"8\"/>";
  svgText(OS, Margin + 10, ClientY + 24, "name", fit(C.Name, ClientW - 20, CharW12Bold));
  svgText(OS, Margin + 10, ClientY + 44, "detail",
          fit(std::string(clientKindName(C.Kind)) + " client", ClientW - 20, CharW11));
  svgText(OS, Margin + 10, ClientY + 62, "detail",
          fit(std::to_string(C.atOnce()) + " at once" +
                  (C.Limits.Ceiling ? " · ceiling " + std::to_string(*C.Limits.Ceiling) : ""),
              ClientW - 20, CharW11));
  OS << "</g>\n";
  for (const auto &[Name, Box] : GroupBoxes) {
    std::string Label = Name.empty() ? "shared connection (no boundary)" : "boundary: " + Name;
    OS << "<g class=\"group\" data-boundary=\"" << htmlEscape(Name.empty() ? "none" : Name)
       << "\"><rect x=\"" << GroupX << "\" y=\"" << Box.first << "\" width=\""
       << SocketW + 2 * GroupPad << "\" height=\"" << Box.second << "\" rx=\"10\"/>";
    svgText(OS, GroupX + GroupPad, Box.first + 16, "label", Label);
    OS << "</g>\n";
  }
  for (const Placed &P : Sockets) {
    const Socket &S = *P.S;
    bool Flagged = Bad.count({C.Name, S.Loc}) != 0;
    std::string Where = S.LibraryName + " · " + S.Loc.File + ":" + std::to_string(S.Loc.Line);
    OS << "<a href=\"#path-" << Id << "-" << S.Id << "\"><g class=\"node socket"
       << (Flagged ? " flagged" : "") << "\" data-slot=\"" << htmlEscape(S.Holder.Name)
       << "\"><title>" << htmlEscape(S.Holder.Name + "\n" + Where) << "</title><rect x=\""
       << SocketX << "\" y=\"" << P.Y << "\" width=\"" << SocketW << "\" height=\"" << SocketH
       << "\" rx=\"14\"/>";
    svgText(OS, SocketX + 12, P.Y + 20, "slot", fit(S.Holder.Name, SocketW - 24, CharW12Bold));
    svgText(OS, SocketX + 12, P.Y + 38, "where", fit(Where, SocketW - 24, CharW11));
    int BX = SocketX + 12;
    for (const Badge &B : badgesOf(S)) {
      int W = static_cast<int>(B.Text.size() * CharW11) + 12;
      if (BX + W > SocketX + SocketW - 8)
        break; // no room: the page's text below lists everything
      OS << "<g class=\"badge " << B.Kind << "\"><rect x=\"" << BX << "\" y=\"" << P.Y + 50
         << "\" width=\"" << W << "\" height=\"18\" rx=\"4\"/>";
      svgText(OS, BX + 6, P.Y + 63, "badge-text", B.Text);
      OS << "</g>";
      BX += W + 6;
    }
    OS << "</g></a>\n";
  }
  for (const auto &[Endpoint, EY] : EndpointY) {
    OS << "<g class=\"node endpoint\"><title>" << htmlEscape(Endpoint) << "</title><rect x=\""
       << EndpointX << "\" y=\"" << EY << "\" width=\"" << EndpointW << "\" height=\""
       << EndpointH << "\" rx=\"6\"/>";
    svgText(OS, EndpointX + 10, EY + 25, "url", fit(Endpoint, EndpointW - 20, CharW12));
    OS << "</g>\n";
  }
  OS << "</svg>\n";
}

} // namespace

void writeHtml(const Graph &G, const std::vector<Finding> &Findings, llvm::raw_ostream &OS) {
  auto Bad = flagged(Findings);
  OS << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'\">\n<title>wslint connection graph</title>\n<style>\n"
        "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222}\n"
        ".client{margin:0 0 32px}.client h2{margin:0 0 8px;font-size:18px}\n"
        ".kind{color:#666;font-weight:normal}\n"
        "svg.graph{display:block;max-width:none}\n"
        "svg text{font-family:'DejaVu Sans Mono',monospace;font-size:12px;fill:#222}\n"
        "svg .edge{fill:none;stroke:#8a9bb0;stroke-width:1.5}\n"
        ".client-node rect{fill:#e8eef6;stroke:#345;stroke-width:2}\n"
        ".client-node .name{font-weight:bold;font-size:13px}\n"
        ".group rect{fill:none;stroke:#9ab;stroke-dasharray:6 4}\n"
        ".group .label{font-size:11px;fill:#567}\n"
        ".socket rect{fill:#f7fafc;stroke:#9ab;stroke-width:1}\n"
        ".socket.flagged>rect{fill:#fff5f5;stroke:#d00;stroke-width:3}\n"
        ".socket .slot{font-weight:bold}.socket .where{font-size:11px;fill:#555}\n"
        ".badge rect{stroke:none}.badge .badge-text{font-size:11px}\n"
        ".badge.ok rect{fill:#d7f5dd}.badge.bad rect{fill:#ffd9d9}"
        ".badge.info rect{fill:#e3e8f0}\n"
        ".endpoint rect{fill:#fffbe6;stroke:#b9a14a}\n"
        "details.path{margin:4px 0}details.path summary{cursor:pointer}\n"
        "details.path ol{margin:4px 0 8px;font:12px 'DejaVu Sans Mono',monospace}\n"
        ".findings{color:#a00;font-size:13px}\n"
        "</style></head><body>\n<h1>WebSocket connection graph</h1>\n";
  if (G.Clients.empty())
    OS << "<p>No client opens a WebSocket.</p>\n";
  for (size_t I = 0; I < G.Clients.size(); ++I) {
    const Client &C = G.Clients[I];
    std::string Id = "c" + std::to_string(I);
    OS << "<section class=\"client\" data-client=\"" << htmlEscape(C.Name) << "\"><h2>"
       << htmlEscape(C.Name) << " <span class=\"kind\">" << clientKindName(C.Kind)
       << " client, " << C.Sockets.size() << " socket" << (C.Sockets.size() == 1 ? "" : "s")
       << ", " << C.atOnce() << " at once";
    if (C.Limits.Ceiling)
      OS << ", ceiling " << *C.Limits.Ceiling;
    OS << "</span></h2>\n";
    writeClientSvg(C, I, Bad, OS);
    // Why each socket is in the client, on demand (a socket in the drawing links here).
    OS << "<div class=\"paths\">\n";
    for (const Socket &S : C.Sockets) {
      // The link targets the list inside: following it reveals the closed details.
      OS << "<details class=\"path\" data-slot=\"" << htmlEscape(S.Holder.Name)
         << "\"><summary>how '" << htmlEscape(S.Holder.Name) << "' is reached";
      if (!S.Endpoint.empty())
        OS << " (" << htmlEscape(S.Endpoint) << ")";
      OS << "</summary><ol id=\"path-" << Id << "-" << S.Id << "\">";
      if (S.Path.empty())
        OS << "<li>" << htmlEscape(S.Loc.File) << ":" << S.Loc.Line
           << ": opened here; no entry point reaches it</li>";
      for (const PathStep &Step : S.Path)
        OS << "<li>" << htmlEscape(Step.Loc.File) << ":" << Step.Loc.Line << ": "
           << htmlEscape(Step.Text) << "</li>";
      OS << "</ol></details>\n";
    }
    OS << "</div>\n<ul class=\"findings\">\n";
    for (const Finding &F : Findings)
      if (std::find(F.Clients.begin(), F.Clients.end(), C.Name) != F.Clients.end())
        OS << "<li>" << htmlEscape(F.Loc.File) << ":" << F.Loc.Line << ": "
           << htmlEscape(F.Message) << " [" << htmlEscape(F.Check) << "]</li>\n";
    OS << "</ul></section>\n";
  }
  OS << "</body></html>\n";
}

} // namespace wslint
