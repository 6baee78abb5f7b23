// SPDX-License-Identifier: Apache-2.0
//
// Core-internal (tool/core/merge/; see BuildGraph.cpp for the stages).
// The first stage: the facts of every TU become one program. Facts seen by several TUs (a
// header's code) are one; a name several programs define is split per definition; sites and
// evidence on a helper's parameter or return value move to the slots its callers hand it.
#pragma once

#include "../Facts.h"

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace wslint {
namespace merge {

/// A name several programs define is split per definition (splitDuplicates): each
/// definition is USR@file, the file that defines it.
std::string definitionName(const std::string &USR, const std::string &File);
/// The USR and file of such a name (a USR may itself hold '@': the file is after the last).
std::pair<std::string, std::string> splitDefinitionName(const std::string &Name);


/// The union of all units' facts, deduplicated (a header's code is seen by many TUs), with
/// the indexes the later stages read.
struct Program {
  std::map<std::string, FunctionFact> Functions;
  /// Functions handed to someone who calls them later: handlers, timer callbacks, lambdas.
  std::set<std::string> Callbacks;
  std::map<std::string, std::vector<std::string>> Callees;
  std::vector<SocketSite> Sites;
  std::map<std::string, std::vector<Evidence>> EvidenceBySlot;
  /// Close and fail handlers (and retry schedulers, slot ""), by slot.
  std::map<std::string, std::vector<HandlerFact>> HandlersBySlot;
  /// Message handlers (HandlerFact::Message), by slot.
  std::map<std::string, std::vector<HandlerFact>> MessageHandlersBySlot;
  std::map<std::string, std::vector<DelayFact>> DelaysByFunction;
  std::map<std::string, std::vector<std::string>> Callers;
  /// Each caller's edges, with where the calls sit (for counting sockets at once).
  std::map<std::string, std::vector<CallEdge>> EdgesOf;
  /// Every edge once, in the order the facts list them (EdgesOf, Callers, Callees,
  /// Callbacks and Direct are indexes of it: indexEdges).
  std::vector<CallEdge> Edges;
  /// Instances of the user's classes; those counted as instances of their own covering each
  /// record (a class, its bases, the classes it owns as members); and every instantiation
  /// by the function that makes it ("" for static objects), for the classes a program makes.
  std::vector<InstantiationFact> Instances;
  std::map<std::string, std::vector<size_t>> InstancesCovering;
  std::map<std::string, std::vector<size_t>> InstancesIn;
  /// Instances made into a member by its own object's code, by member (field USR):
  /// InstantiationFact::Fills.
  std::map<std::string, std::vector<size_t>> InstancesFilling;
  /// Functions a server runs once per request (registered handlers, overrides).
  std::vector<PerRequestFact> PerRequest;
  /// Members that own an object of a class of the user's, by USR (CallEdge::Receiver).
  std::map<std::string, MemberFact> Members;
  /// Functions whose code closes a socket, by slot.
  std::map<std::string, std::set<std::string>> ClosersOf;
  /// What each function runs itself, over call and repeating edges (not what it hands on).
  std::map<std::string, std::vector<std::string>> Direct;
  /// Functions that run again and again over time: called from a loop that waits, or run by
  /// a timer that re-arms itself, and what they call directly (periodicFunctions).
  std::set<std::string> Periodic;
  /// Pongs the code sends or expects, and the functions that run on events (callbacks and
  /// what they call directly): where a pong answers the peer's pings.
  std::vector<Evidence> Pongs;
  std::set<std::string> OnEvents;
  /// The kind of client the compile target of the TU defining a function implies.
  std::map<std::string, std::string> TargetKindOf;
  /// TUs that could not be analysed (main files), and the functions their partial facts
  /// define.
  std::set<std::string> FailedUnits;
  std::map<std::string, std::set<std::string>> FailedUnitsOf;
  /// What each TU whose analysis stopped part-way names in its main file (none:
  /// unreadable, it may define anything).
  std::map<std::string, std::set<std::string>> FailedMentions;
};

/// The program the facts of the units Only (all units when null) describe
/// (Program::Periodic and OnEvents are left to the reach stage, findRepeatingCode).
Program buildProgram(const FactSet &Facts, const std::vector<size_t> *Only = nullptr);

/// Rebuilds the edge indexes (EdgesOf, Callers, Callees, Callbacks, Direct) from Edges.
void indexEdges(Program &M);

/// The units a linker puts in the program that starts in Start's units: them, then every
/// unit that gives a definition (FunctionFact::Strong) the program references and does not
/// define, to a fixed point. A program that makes an object of a class links the units
/// defining the class's overrides (its vtable); one that hands control to an Objective-C
/// app's frameworks links every unit whose methods they call. When several units define
/// one name (two programs' copies), the ones nearest Start's first unit by path are taken.
/// Units that could not be analysed are always taken: their definitions are unknown.
/// Sorted.
std::vector<size_t> linkUnits(const FactSet &Facts, const std::vector<size_t> &Start);

} // namespace merge
} // namespace wslint
