// SPDX-License-Identifier: Apache-2.0
// Wording shared by the checks, so one socket reads the same in every finding.
#pragma once

#include "../tool/core/Check.h"

#include <string>
#include <vector>

namespace wslint {

/// Decision-table row ids the checks cite (rules/decision-table.yaml must hold each).
namespace rows {
inline constexpr const char *GeneralUpdates = "general-updates";
inline constexpr const char *PublicPlusPrivate = "public-plus-private";
inline constexpr const char *TelemetryPlusControl = "telemetry-plus-control";
inline constexpr const char *MobileBackground = "mobile-background";
inline constexpr const char *BinaryPlusCommands = "binary-plus-commands";
inline constexpr const char *AdminPlusUserPlane = "admin-plus-user-plane";
inline constexpr const char *LimitsNatProxy = "limits-nat-proxy";
inline constexpr const char *Rfc6455Security = "rfc6455-security";
inline constexpr const char *LimitsClientOs = "limits-client-os";
inline constexpr const char *LimitsAppServer = "limits-app-server";
inline constexpr const char *MicroFrontendWidgets = "micro-frontend-widgets";
} // namespace rows

/// Every row id above, for the consistency test.
std::vector<std::string> citedRowIds();

/// "'Desk::prices_' (Boost.Beast) to wss://feed.example.com/prices"
std::string describeSocket(const Socket &S);

/// "connection 2 of 3: 'Desk::orders_' (Boost.Beast) to …", one note per socket.
std::vector<Note> socketNotes(const Client &C, const std::vector<const Socket *> &Sockets);

/// The sockets the client holds at its peak, one entry per connection (a socket held by
/// two live instances of its class appears twice, next to each other); fan-out sockets
/// are the fan-out check's.
std::vector<const Socket *> countedSockets(const Client &C);

/// Names the finding's client and what it is about in it (Finding::Subject; "" for the
/// client as a whole), and derives the key from them and the check.
void identify(Finding &F, const Client &C, const std::string &Subject);

/// Adds the way the client reaches S to the finding (nothing when no entry reaches it).
void addPath(Finding &F, const Socket &S);

/// For a finding about S alone: its path, and its library (whose fix hints apply).
void aboutSocket(Finding &F, const Socket &S);

/// The finding's own fix of kind Kind ("backoff", "heartbeat"), in place of the library's
/// hint of that kind (Finding::OwnFix): a "fix: …" note with no place, like the hints.
void fixInsteadOfLibrary(Finding &F, const std::string &Kind, std::string Fix);

/// The decision-table row that fits the boundaries this client's sockets state.
std::string rowForClient(const Client &C);

/// The decision-table row for one boundary category ("" when the table has none).
std::string rowForCategory(const std::string &Category);

} // namespace wslint
