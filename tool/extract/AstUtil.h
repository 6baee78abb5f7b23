// SPDX-License-Identifier: Apache-2.0
//
// Internal to the extractor (only tool/extract/ includes it).
// Names, USRs, types and code ownership: what every part of the extractor asks of a
// declaration or expression. Free functions: they need nothing but the AST node.
#pragma once

#include "../core/Facts.h"
#include "../core/Support.h"
#include "../core/VendoredCopies.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclObjC.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/ExprObjC.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallString.h"

#include <set>
#include <string>
#include <vector>

namespace wslint {
namespace extract {

using namespace clang;
using namespace clang::ast_matchers;

/// A JNI library's entry points: JNI_OnLoad and the exported Java_… natives the JVM calls.
/// Only a mobile client has them.
bool isJniEntryPoint(const FunctionDecl *FD);

/// Where a program starts: main (the free function: FunctionDecl::isMain excludes members),
/// WinMain/wWinMain, and a JNI library's entry points.
bool isEntryPoint(const FunctionDecl *FD);

/// The declaration an identity is written at: an instance of a template is its pattern, so
/// one opening call written once in a template is one socket however many instances the
/// compiler makes (test-inputs/whole-program/whole-program-template-instances). Explicit specialisations
/// are written separately and stay themselves.
const Decl *patternOf(const Decl *D);

/// Is D the file's own rather than the program's? Internal linkage (static functions and
/// globals, anonymous namespaces and their classes' members) and no linkage (locals).
/// Clang names such entities after the base name of their file, which two programs'
/// a/client.c and b/client.c share (test-inputs/whole-program/whole-program-internal-linkage).
bool fileLocalIdentity(const Decl *D);

/// The identity of a declaration across TUs: Clang's USR of its pattern, with the place a
/// lambda or block is written and, for an entry point or a file's own entity, its file.
std::string usrOf(const Decl *D);

/// The functions an expression hands over: functions it names (through casts, `&f`,
/// brace lists, std::bind), lambdas and blocks written in it. Each is code that runs: a
/// FunctionDecl (a lambda's call operator) or a BlockDecl.
std::vector<const Decl *> functionsIn(const Expr &E, ASTContext &Ctx, unsigned Depth = 0);

/// The parameters of code that runs: a function's, a block's, an Objective-C method's.
llvm::ArrayRef<ParmVarDecl *> parametersOf(const Decl *D);

/// Qualified name without a leading "::", template arguments left out.
std::string qualifiedName(const NamedDecl *D);

/// The name of a record, or of the template it specialises.
std::string recordTemplateName(const CXXRecordDecl *RD);

/// E without what does not change the object it names: parentheses, implicit casts,
/// temporaries, functional casts, copies and conversions, Objective-C property syntax.
const Expr *peel(const Expr *E);

/// A file name as the SourceManager spells it, made absolute against the TU's own working
/// directory (the compile command's, held by its file system; never the process's, which
/// the driver's threads share).
std::string absoluteIn(const SourceManager &SM, llvm::StringRef Name);

/// The same, relative to Root when it lies under it (as facts spell files).
inline std::string projectPath(const SourceManager &SM, llvm::StringRef Name,
                               const std::string &Root) {
  return relativeTo(absoluteIn(SM, Name), Root);
}

/// Which code is the user's: the main file, and files under the project root that are not
/// system headers. Everything else — system headers, and third-party headers reached with
/// -I from outside the project (Qt's, typically) — is library code: never a site, never a
/// node of the user's call graph, and its function bodies are not even parsed.
/// A copy of a library the rules know kept inside the project (VendoredCopies) is library
/// code too, unless the config's `own-code:` names it.
class CodeOwnership {
public:
  CodeOwnership(const SourceManager &SM, std::string Root, std::vector<std::string> Library,
                VendoredCopies Copies);
  bool isLibrary(SourceLocation L) const;
  /// The copies whose files were taken for library code so far, sorted.
  std::vector<VendoredCopy> copiesRead() const {
    return {CopiesRead.begin(), CopiesRead.end()};
  }

private:
  const SourceManager &SM;
  std::string Root;
  std::vector<std::string> Library;
  mutable VendoredCopies Copies;
  mutable std::set<VendoredCopy> CopiesRead;
  mutable llvm::DenseMap<FileID, bool> Cache;
};

/// The standard library's factories: they construct their template argument from the
/// arguments they are given (a socket made by one, a class instantiated per item).
inline constexpr llvm::StringLiteral FactoryFunctions[] = {
    "std::make_shared", "std::make_unique", "std::allocate_shared"};

/// The standard containers' calls that add an element (given, or made from the arguments).
inline constexpr llvm::StringLiteral ContainerInserts[] = {
    "push_back", "emplace_back", "push_front",       "emplace_front", "insert",
    "emplace",   "try_emplace",  "insert_or_assign", "push"};

/// Is FD one of ContainerInserts (by name: any container with the standard's interface)?
bool isContainerInsert(const FunctionDecl *FD);

/// What starts a thread running a callable it is given, at once: the thread classes (made
/// from the callable, or emplaced into a container of them) and the functions.
inline constexpr llvm::StringLiteral ThreadClasses[] = {"std::thread", "std::jthread",
                                                        "boost::thread"};
inline constexpr llvm::StringLiteral ThreadFunctions[] = {
    "std::async", "pthread_create", "QtConcurrent::run", "QThreadPool::start"};
/// What hands a callable to an executor that runs it once, soon (Asio's free functions, and
/// the same names as methods of its io_context, strands and executors): on a thread pool
/// (`boost::asio::thread_pool`, or the system executor when none is named), beside the
/// others; elsewhere in turn with the executor's other work.
inline constexpr llvm::StringLiteral PostFunctions[] = {"post", "dispatch", "defer"};

/// How the code hands on E (a lambda, a function named) when it is an argument of a call:
/// Thread when the call starts a thread running it (`std::thread(f)`,
/// `workers.emplace_back([…] {…})` on a container of threads, `std::async(…, f)`,
/// `pthread_create(&t, 0, f, arg)`, a post to a thread pool); Posted when it hands it to an
/// executor that runs it once (`net::post(ioc, f)`, `strand.dispatch(f)`); else Callback.
EdgeKind handoffKind(const Expr *E, ASTContext &Ctx);

/// T in a class template specialisation X<T, …>: a smart pointer's or an optional's
/// pointee, a callable's signature. Null when the first argument is not a type.
QualType firstTypeArgument(QualType T);

/// The class a factory call constructs: a standard one (std::make_unique<T>(…) and its
/// kin), or an instance of a function template of the user's that makes an object of one of
/// its type arguments and returns it (userFactoryRecord). Null for any other function.
const CXXRecordDecl *factoryRecord(const FunctionDecl *FD);
/// For an instance of a function template that makes an object of one of its type
/// arguments and returns it (`template <class T, class... A> T *make(A &&...a) { return new
/// T(a...); }`): that class. The object is made for the caller, as with std::make_shared:
/// made in the template, every instance would share one node, and a caller that makes a
/// request object would seem to make every stream another caller makes
/// (test-inputs/whole-program/factory-template-instances). Null otherwise.
const CXXRecordDecl *userFactoryRecord(const FunctionDecl *FD);

/// A function as messages name it: qualified, a lambda or block after the function it is
/// written in, an Objective-C method as -[Class selector].
std::string functionName(const Decl *D);

/// std::shared_ptr, std::unique_ptr or std::weak_ptr.
bool isSmartPointer(QualType T);
/// A std::shared_ptr (or a reference to one): whoever copies it keeps its object alive.
bool isSharedPointer(QualType T);

/// A type through which code reaches an object held elsewhere: a reference, a pointer, an
/// Objective-C object pointer, a smart pointer.
bool isHandle(QualType T);

/// A type a URL or host can be written in: character pointers and arrays, string, URL and
/// URI classes, Qt's QNetworkRequest, NSString, NSURL and NSURLRequest.
bool isStringLike(QualType T);

/// The class T names, through a reference or a pointer, if any.
const CXXRecordDecl *pointeeRecord(QualType T);

/// The first non-null Found(record) over RD and then its bases, depth first.
template <typename R, typename F> R findInRecordOrBases(const CXXRecordDecl *RD, F Found) {
  if (!RD)
    return R();
  if (R Result = Found(RD))
    return Result;
  if (RD->hasDefinition())
    for (const auto &Base : RD->getDefinition()->bases())
      if (R Result = findInRecordOrBases<R>(Base.getType()->getAsCXXRecordDecl(), Found))
        return Result;
  return R();
}

/// Is T (through references and pointers) a class named in Names, or derived from one?
bool recordIsOrDerivesFrom(QualType T, const std::vector<std::string> &Names);

/// The Objective-C class T names: an object pointer (`SRWebSocket *`) or, for a message to
/// a class (`[NSTimer scheduledTimer…]`), the class itself. Null for anything else (`id`).
const ObjCInterfaceDecl *objcInterfaceOf(QualType T);

/// The qualified name of a record type (through pointers and references), or of an
/// Objective-C class, or "".
std::string typeName(QualType T);

/// Is T a class named in Names or derived from one (C++ bases, Objective-C superclasses)?
bool typeIsOrDerivesFrom(QualType T, const std::vector<std::string> &Names);

/// Where an Objective-C object keeps a value: a property, or an instance variable that
/// backs none. An instance variable that backs a property (`_socket` behind
/// `self.socket`) is that property, so both spellings are one slot
/// (test-inputs/libraries/socketrocket/socketrocket-reconnect-fixed-delay).
const NamedDecl *objcStorage(const ObjCIvarDecl *Ivar);

/// The Objective-C storage an expression names: `_socket` or `self.socket` (an
/// explicit property), or null.
const NamedDecl *objcStorageOf(const Expr *E);

/// Does an Objective-C class make the object one of its instance variables holds? Yes
/// when its implementation assigns the variable (or the property it backs) `[X alloc]…` or
/// `[X new]`; No when the variable holds no strong reference, or when the implementation
/// assigns it only values made elsewhere (`[Hub shared]`); Unknown when the implementation
/// is not in this TU, or never assigns it.
enum class Made { Yes, No, Unknown };
/// `[X alloc]` or `[X new]`: a class message that makes an object of X.
bool makesObjCObject(const ObjCMessageExpr *M);
Made madeByItsClass(const ObjCIvarDecl *Iv, ASTContext &Ctx);

/// The class an Objective-C property or instance variable belongs to (through a class
/// extension or a category).
const ObjCInterfaceDecl *objcOwner(const NamedDecl *D);

/// The slot of a socket nothing names.
Slot temporarySlot();

/// A length of time written as a constant, in seconds: a std::chrono duration (its period
/// from its type: `std::chrono::seconds(20)`, `400s`, `milliseconds(500)` converted to
/// `duration<double>`), or a plain number in Unit seconds (0: a plain number has no known
/// unit). Nothing for a computed value or one that is not positive.
std::optional<double> durationSeconds(const Expr *E, double Unit, ASTContext &Ctx);

} // namespace extract
} // namespace wslint
