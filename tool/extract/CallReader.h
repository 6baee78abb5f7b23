// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Calls as the rules see them: one view of member calls, free calls, constructions,
// Objective-C messages and the standard factories; whether a rules pattern matches one;
// and the code a call hands over (handlers, selectors, delegates).
#pragma once

#include "LocalReader.h"

#include <optional>

namespace wslint {
namespace extract {

/// A member call, a free call, a construction or an Objective-C message, seen the same way.
/// A member call, a free call or a construction, seen the same way.
struct CallView {
  const Expr *E = nullptr;
  enum { Method, Function, Construct } Kind = Function;
  std::string Name;             ///< method name, or qualified function name
  const Expr *Object = nullptr; ///< for methods
  const FunctionDecl *Callee = nullptr;
  /// For an Objective-C message: the method it sends (Name is its selector, `open`,
  /// `initWithURL:`), and Object its receiver (null for a message to a class).
  const ObjCMethodDecl *Message = nullptr;
  llvm::SmallVector<const Expr *, 6> Args;
  SourceLocation Loc; ///< where findings point: the method name, else the call
  QualType SocketType;
  /// For a socket built in place by a container's or optional's emplace: the object
  /// that holds it, and whether it is one element among many.
  const Expr *Into = nullptr;
  bool IntoElement = false;
  /// The called function's or method's own name (`handshake`, `open`).
  std::string calleeName() const {
    return Message ? Name : Callee ? Callee->getNameAsString() : std::string();
  }
};

class CallReader {
public:
  CallReader(TUContext &TU, const LocalReader &Locals) : TU(TU), Locals(Locals) {}

  static CallView viewOf(const Expr *E);
  /// `std::make_shared<S>(args…)`, `make_unique`, `emplace_back` and kin of a socket type
  /// S, seen as a construction of S with those arguments.
  std::optional<CallView> factoryView(const CallExpr *Call) const;
  /// The library a method call belongs to, by its object's type (or an accessor's).
  const LibraryRules *libraryOfObject(const CallView &C) const;
  /// Does the rules pattern P match the call?
  bool matches(const CallPattern &P, const CallView &C) const;
  /// For a method or constructor pattern on objects that are not sockets (a timer): is
  /// C's object (the object made) one of the pattern's types (or, with none given, a
  /// socket of L)?
  bool isCallOfType(const CallPattern &P, const CallView &C, const LibraryRules &L) const;
  bool isTimedConstruction(QualType T) const;
  /// Code named in the call's arguments (lambdas, blocks, functions, member functions,
  /// std::bind targets, selectors with their target), user code only; SkipArg: the
  /// socket's own argument.
  std::vector<const Decl *> handlerFunctions(const CallView &C, int SkipArg) const;
  /// The user's methods a message hands on by selector (`@selector(reconnect)`), or a call
  /// by a Qt slot's name (`SLOT(reconnect())`).
  std::vector<const Decl *> selectorCallbacks(const ObjCMessageExpr *M) const;
  std::vector<const Decl *> slotCallbacks(const CallExpr *Call) const;
  /// USRs of the delegate callbacks (Selectors) of the object Delegate names.
  std::vector<std::string> delegateMethods(const Expr *Delegate,
                                           const std::vector<std::string> &Selectors) const;
  /// The declarations of those callbacks this TU can see (its class's interface and
  /// implementation, and their categories).
  std::vector<const Decl *>
  delegateMethodDecls(const Expr *Delegate, const std::vector<std::string> &Selectors) const;
  /// "ws_->async_read(…)": the call as written up to its arguments.
  std::string calleeText(const CallView &C) const;

private:
  bool argSays(const Expr *Arg, const std::string &Text, unsigned Depth = 0) const;
  bool preparedBy(const Expr *E, const std::string &Method, SourceLocation Before) const;
  static const Expr *selectorTarget(const CallView &C, unsigned SelectorArg);
  std::vector<const ObjCMethodDecl *> methodsFor(Selector S, const Expr *Target) const;
  std::vector<const CXXMethodDecl *> slotsNamed(const CallView &C, unsigned Arg) const;

  TUContext &TU;
  const LocalReader &Locals;
};

} // namespace extract
} // namespace wslint
