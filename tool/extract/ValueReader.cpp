// SPDX-License-Identifier: Apache-2.0
#include "ValueReader.h"

#include <set>

#include "llvm/ADT/StringExtras.h"

namespace wslint {
namespace extract {

void BuiltString::gap() {
  Complete = false;
  if (!llvm::StringRef(Text).ends_with("…"))
    Text += "…";
}

void BuiltString::append(const BuiltString &B) {
  for (llvm::StringRef T = B.Text; !T.empty();) {
    if (T.consume_front("…")) {
      gap();
      continue;
    }
    size_t Gap = T.find("…");
    Text += T.take_front(Gap).str();
    T = T.drop_front(std::min(Gap, T.size()));
  }
  Complete = Complete && B.Complete;
  Known = Known || B.Known;
}

/// Follows a string-like expression through literals, named constants, locals assigned
/// once, concatenation (`std::string`, `QString`), `std::to_string(constant)` and the
/// usual accessors (`c_str()`, `toString()`), so that `"wss://" + host + "/v1?token=" +
/// token` reads "wss://…/v1?token=…" (test-inputs/endpoints/endpoint-built-from-parts).
BuiltString ValueReader::builtString(const Expr *E, unsigned Depth) const {
  BuiltString R;
  if (!E || Depth > 8) {
    R.gap();
    return R;
  }
  E = peel(E);
  if (const auto *SL = dyn_cast<StringLiteral>(E)) {
    // Wide and UTF-16 literals too (Qt's QStringLiteral spells u"…"), when plain ASCII.
    for (unsigned I = 0; I < SL->getLength(); ++I) {
      uint32_t Unit = SL->getCodeUnit(I);
      if (Unit == 0 || Unit > 0x7f) {
        R.gap();
        return R;
      }
      R.Text += static_cast<char>(Unit);
    }
    R.Known = true;
    return R;
  }
  // A lambda written in place and called at once, holding one string: Qt 5's
  // QStringLiteral("…") expands to one (test-inputs/endpoints/endpoint-qt-url-builders).
  if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
      Op && Op->getOperator() == OO_Call && Op->getNumArgs() == 1)
    if (const auto *L = dyn_cast<LambdaExpr>(peel(Op->getArg(0)))) {
      // (Qt spells it twice: in the data and in a sizeof of it.)
      auto Literals = match(findAll(stringLiteral().bind("s")), *L->getBody(), TU.ast());
      std::set<std::string> Texts;
      for (const auto &B : Literals)
        Texts.insert(builtString(B.getNodeAs<StringLiteral>("s"), Depth + 1).Text);
      if (Texts.size() == 1)
        return builtString(Literals.front().getNodeAs<StringLiteral>("s"), Depth + 1);
    }
  if (const auto *OS = dyn_cast<ObjCStringLiteral>(E))
    return builtString(OS->getString(), Depth + 1);
  if (const auto *OM = dyn_cast<ObjCMessageExpr>(E))
    return builtObjCString(OM, Depth);
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs() >= 1)
    // std::string("…"), string_view("…"), QString("…"), QUrl("…"): the first argument.
    return builtString(CE->getArg(0), Depth + 1);
  if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DR->getDecl());
    // A local string or string stream the function only appends to: its start, then
    // each part added before this use (test-inputs/endpoints/endpoint-appended-parts).
    // Changed any other way (`url.setPath(p)`), its text is not known.
    if (VD && VD->isLocalVarDecl() && !VD->getType()->isReferenceType() &&
        LocalReader::holdsText(VD->getType())) {
      auto Parts = Locals.appendedParts(VD, DR->getBeginLoc());
      if (!Parts) {
        R.gap();
        return R;
      }
      const auto *Start = dyn_cast_or_null<CXXConstructExpr>(peel(VD->getInit()));
      if (!Start || Start->getNumArgs() != 0)
        R = builtString(VD->getInit(), Depth + 1);
      for (const AppendedPart &Part : *Parts) {
        if (!Part.Value) {
          R.gap();
          continue;
        }
        BuiltString Prefix;
        Prefix.Text = Part.Prefix.str();
        R.append(Prefix);
        R.append(builtString(Part.Value, Depth + 1));
      }
      return R;
    }
    // A named constant, or a local given its value once and never changed.
    if (VD && VD->getInit() &&
        (VD->getType().isConstQualified() ||
         (VD->isLocalVarDecl() && !isa<ParmVarDecl>(VD) && !Locals.isReassigned(VD))))
      return builtString(VD->getInit(), Depth + 1);
  } else if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    if (const auto *FD = dyn_cast<FieldDecl>(ME->getMemberDecl()))
      return builtField(FD, Depth);
  } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
    if (const auto *M = MC->getMethodDecl();
        M && M->getIdentifier() &&
        llvm::is_contained({"c_str", "data", "toString", "toStdString", "str"}, M->getName()))
      return builtString(MC->getImplicitObjectArgument(), Depth + 1);
    if (const auto *M = MC->getMethodDecl(); M && M->getIdentifier() && M->getName() == "arg" &&
                                             M->getParent()->getName() == "QString")
      return builtArg(MC, Depth);
  } else if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E);
             Op && Op->getOperator() == OO_Plus && Op->getNumArgs() == 2) {
    R = builtString(Op->getArg(0), Depth + 1);
    R.append(builtString(Op->getArg(1), Depth + 1));
    return R;
  } else if (const auto *Call = dyn_cast<CallExpr>(E); Call && Call->getNumArgs() == 1) {
    const FunctionDecl *FD = Call->getDirectCallee();
    Expr::EvalResult V;
    if (FD && qualifiedName(FD) == "std::to_string" &&
        Call->getArg(0)->EvaluateAsInt(V, TU.ast())) {
      R.Text = llvm::toString(V.Val.getInt(), 10);
      R.Known = true;
      return R;
    }
    // Qt 6's QStringLiteral("…"): QString(QtPrivate::qMakeStringPrivate(u"…")).
    if (FD && qualifiedName(FD) == "QtPrivate::qMakeStringPrivate")
      return builtString(Call->getArg(0), Depth + 1);
  }
  R.gap();
  return R;
}

namespace {

class ConstructionFinder : public OwnCodeVisitor<ConstructionFinder> {
public:
  ConstructionFinder(const TUContext &TU) : OwnCodeVisitor(TU) {}
  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    Of[CE->getConstructor()->getCanonicalDecl()].push_back(CE);
    return true;
  }
  /// `std::make_shared<T>(…)`, `items.emplace_back(…)`: T made by library code from
  /// arguments given here.
  bool VisitCallExpr(CallExpr *C) {
    const FunctionDecl *FD = C->getDirectCallee();
    if (!FD)
      return true;
    auto Note = [&](const TemplateArgumentList *Args) {
      for (const TemplateArgument &A :
           Args ? Args->asArray() : llvm::ArrayRef<TemplateArgument>())
        if (A.getKind() == TemplateArgument::Type)
          if (const auto *RD = A.getAsType()->getAsCXXRecordDecl())
            Unread.insert(RD->getCanonicalDecl());
    };
    Note(FD->getTemplateSpecializationArgs());
    if (const auto *M = dyn_cast<CXXMethodDecl>(FD);
        M && M->getIdentifier() && M->getName().starts_with("emplace"))
      if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(M->getParent()))
        Note(&Spec->getTemplateArgs());
    return true;
  }
  std::map<const CXXConstructorDecl *, std::vector<const CXXConstructExpr *>> Of;
  std::set<const CXXRecordDecl *> Unread;
};

} // namespace

const ValueReader::Constructions &ValueReader::constructions() const {
  if (!Made) {
    ConstructionFinder F(TU);
    F.TraverseAST(TU.ast());
    Made.emplace();
    Made->Of = std::move(F.Of);
    Made->Unread = std::move(F.Unread);
  }
  return *Made;
}

/// A private field of a class whose constructors all give it the same text and whose
/// other code never changes it: that text. A constructor's parameter stands for what
/// every construction in the TU passes, when they all agree; a class also made where
/// the arguments cannot be read (`make_shared<T>(…)`) gives nothing
/// (test-inputs/endpoints/endpoint-member-from-constructor).
BuiltString ValueReader::builtField(const FieldDecl *FD, unsigned Depth) const {
  BuiltString Gap;
  Gap.gap();
  const auto *RD = dyn_cast<CXXRecordDecl>(FD->getParent());
  if (!RD || FD->getAccess() == AS_public || !RD->hasDefinition() ||
      constructions().Unread.count(RD->getCanonicalDecl()))
    return Gap;
  // No method of the class (nor a constructor's body) changes it.
  for (const CXXMethodDecl *M : RD->methods()) {
    const FunctionDecl *Def = M->getDefinition();
    if (!Def || !Def->hasBody())
      continue;
    for (const auto &B : match(findAll(memberExpr(member(equalsNode(FD))).bind("m")),
                               *Def->getBody(), TU.ast()))
      if (!Locals.leavesUnchanged(B.getNodeAs<MemberExpr>("m")))
        return Gap;
  }
  std::vector<BuiltString> Values;
  for (const CXXConstructorDecl *C : RD->ctors()) {
    const FunctionDecl *DefF = C->getDefinition();
    const auto *Def = dyn_cast_or_null<CXXConstructorDecl>(DefF);
    // A copy or move takes the value of an object made by another constructor.
    if (C->isCopyOrMoveConstructor() || (C->isImplicit() && !Def))
      continue;
    if (!Def)
      return Gap; // defined in another TU: what it stores is unknown here
    const Expr *Init = nullptr;
    for (const CXXCtorInitializer *I : Def->inits())
      if (I->getMember() == FD)
        Init = I->getInit();
    const Expr *Given = Init ? peel(Init) : nullptr;
    if (const auto *Move = dyn_cast_or_null<CallExpr>(Given);
        Move && Move->getNumArgs() == 1 && Move->getDirectCallee() &&
        qualifiedName(Move->getDirectCallee()) == "std::move")
      Given = peel(Move->getArg(0));
    if (const auto *P = dyn_cast_or_null<DeclRefExpr>(Given);
        P && isa<ParmVarDecl>(P->getDecl())) {
      unsigned Index = cast<ParmVarDecl>(P->getDecl())->getFunctionScopeIndex();
      auto It = constructions().Of.find(C->getCanonicalDecl());
      if (It != constructions().Of.end())
        for (const CXXConstructExpr *CE : It->second)
          Values.push_back(Index < CE->getNumArgs() ? builtString(CE->getArg(Index), Depth + 1)
                                                    : Gap);
    } else {
      Values.push_back(Init ? builtString(Init, Depth + 1) : Gap);
    }
  }
  if (Values.empty())
    return Gap;
  for (const BuiltString &V : Values)
    if (V.Text != Values.front().Text || V.Complete != Values.front().Complete)
      return Gap;
  return Values.front();
}

/// Qt's `QString("ws://%1:%2/feed").arg(host).arg(port)`: each value replaces the
/// lowest-numbered %N marker left in the format (every occurrence of it); the one-value
/// overloads take formatting after the value, the variadic one takes only values
/// (test-inputs/endpoints/endpoint-qt-url-builders, `arg`).
BuiltString ValueReader::builtArg(const CXXMemberCallExpr *MC, unsigned Depth) const {
  BuiltString Format = builtString(MC->getImplicitObjectArgument(), Depth + 1);
  if (!Format.Known)
    return Format;
  std::vector<const Expr *> Values;
  bool Variadic = MC->getMethodDecl()->getPrimaryTemplate() != nullptr;
  for (unsigned I = 0; I < MC->getNumArgs() && (Variadic || I == 0); ++I)
    if (!isa<CXXDefaultArgExpr>(MC->getArg(I)))
      Values.push_back(MC->getArg(I));
  // The markers the format still holds, lowest first.
  llvm::StringRef Text = Format.Text;
  auto MarkerAt = [&](size_t I, unsigned &Len) -> unsigned {
    if (Text[I] != '%' || I + 1 >= Text.size() || !llvm::isDigit(Text[I + 1]))
      return 0;
    Len = I + 2 < Text.size() && llvm::isDigit(Text[I + 2]) ? 2 : 1;
    unsigned N = 0;
    Text.substr(I + 1, Len).getAsInteger(10, N);
    return N;
  };
  std::set<unsigned> Markers;
  for (size_t I = 0; I < Text.size(); ++I)
    if (unsigned Len = 0, N = MarkerAt(I, Len); N)
      Markers.insert(N);
  std::map<unsigned, const Expr *> Fill;
  auto Next = Markers.begin();
  for (const Expr *V : Values)
    if (Next != Markers.end())
      Fill[*Next++] = V;
  BuiltString R;
  std::string Literal;
  auto Flush = [&] {
    BuiltString L;
    L.Text = Literal;
    R.append(L);
    Literal.clear();
  };
  for (size_t I = 0; I < Text.size(); ++I) {
    unsigned Len = 0;
    unsigned N = MarkerAt(I, Len);
    auto It = Fill.find(N);
    if (!N || It == Fill.end()) {
      Literal += Text[I];
      continue;
    }
    Flush();
    R.append(builtString(It->second, Depth + 1));
    I += Len;
  }
  Flush();
  R.Known = true;
  R.Complete = R.Complete && Format.Complete;
  return R;
}

/// Foundation's strings and URLs as the code builds them: `[NSURL URLWithString:s]`,
/// `[NSURLRequest requestWithURL:u]` and their init forms stand for their first argument;
/// `[NSString stringWithFormat:@"wss://%@/feed", host]` reads "wss://…/feed"
/// (test-inputs/libraries/socketrocket/socketrocket-screen-per-item).
BuiltString ValueReader::builtObjCString(const ObjCMessageExpr *OM, unsigned Depth) const {
  static const llvm::StringRef SameValue[] = {"URLWithString:",
                                              "URLWithString:relativeToURL:",
                                              "initWithString:",
                                              "requestWithURL:",
                                              "requestWithURL:cachePolicy:timeoutInterval:",
                                              "initWithURL:",
                                              "initWithURL:cachePolicy:timeoutInterval:",
                                              "stringWithString:",
                                              "copy",
                                              "absoluteString",
                                              "absoluteURL",
                                              "URL"};
  std::string Sel = OM->getSelector().getAsString();
  BuiltString R;
  if (llvm::is_contained(SameValue, Sel)) {
    if (OM->getNumArgs() > 0)
      return builtString(OM->getArg(0), Depth + 1);
    if (OM->getInstanceReceiver())
      return builtString(OM->getInstanceReceiver(), Depth + 1);
  }
  if ((Sel == "stringWithFormat:" || Sel == "initWithFormat:") && OM->getNumArgs() > 0) {
    BuiltString Format = builtString(OM->getArg(0), Depth + 1);
    if (!Format.Known) {
      R.gap();
      return R;
    }
    // Each conversion (%@, %d, %ld, …) is a part the code does not state.
    llvm::StringRef F = Format.Text;
    R.Known = true;
    for (size_t I = 0; I < F.size(); ++I) {
      if (F[I] != '%') {
        R.Text += F[I];
        continue;
      }
      if (I + 1 < F.size() && F[I + 1] == '%') {
        R.Text += '%';
        ++I;
        continue;
      }
      while (I + 1 < F.size() && !llvm::isAlpha(F[I + 1]) && F[I + 1] != '@')
        ++I;
      while (I + 1 < F.size() && llvm::StringRef("hlqLzjt").contains(F[I + 1]))
        ++I;
      ++I; // the conversion character
      R.gap();
    }
    R.Complete = R.Complete && Format.Complete;
    return R;
  }
  R.gap();
  return R;
}

/// Value categories of option fields: "true", "false", "none", "zero", "positive",
/// "negative", or "unknown" (not stated as a literal).
std::string ValueReader::fieldValue(const Expr *E, const HeartbeatRule &H) const {
  if (!E)
    return "unknown";
  E = peel(E);
  if (isa<ImplicitValueInitExpr>(E) ||
      (E->getType()->isPointerType() && !E->isValueDependent() &&
       E->isNullPointerConstant(TU.ast(), Expr::NPC_ValueDependentIsNotNull)))
    return "zero";
  if (const auto *B = dyn_cast<CXXBoolLiteralExpr>(E))
    return B->getValue() ? "true" : "false";
  if (const auto *I = dyn_cast<IntegerLiteral>(E))
    return I->getValue().isZero() ? "zero" : "positive";
  if (const auto *U = dyn_cast<UnaryOperator>(E);
      U && U->getOpcode() == UO_Minus && isa<IntegerLiteral>(peel(U->getSubExpr())))
    return "negative";
  if (const auto *C = dyn_cast<CallExpr>(E))
    if (const FunctionDecl *FD = C->getDirectCallee())
      for (const auto &N : H.NoneFunctions)
        if (qualifiedName(FD) == N)
          return "none";
  Expr::EvalResult R;
  if (E->getType()->isIntegralOrEnumerationType() && !E->isValueDependent() &&
      E->EvaluateAsInt(R, TU.ast())) {
    const llvm::APSInt &V = R.Val.getInt();
    if (E->getType()->isBooleanType())
      return V.getBoolValue() ? "true" : "false";
    return V.isZero() ? "zero" : V.isNegative() ? "negative" : "positive";
  }
  return "unknown";
}

bool ValueReader::satisfies(const std::string &Value, const std::string &Want) {
  if (Value == "unknown")
    return true; // not a literal: precision first, give the benefit of the doubt
  if (Want == "true")
    return Value == "true" || Value == "positive";
  if (Want == "false")
    return Value == "false" || Value == "zero";
  if (Want == "finite")
    return Value != "none" && Value != "zero" && Value != "false";
  if (Want == "positive")
    return Value == "positive" || Value == "true";
  return false;
}

std::optional<FieldValues> ValueReader::structValue(const Expr *E, const HeartbeatRule &H,
                                                    SourceLocation Before,
                                                    unsigned Depth) const {
  if (!E || Depth > 4)
    return std::nullopt;
  E = peel(E);
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    const InitListExpr *Sem = IL->isSemanticForm() ? IL : IL->getSemanticForm();
    const RecordDecl *RD = Sem->getType()->getAsRecordDecl();
    if (!RD)
      return std::nullopt;
    FieldValues V;
    unsigned I = 0;
    for (const FieldDecl *F : RD->fields()) {
      if (I < Sem->getNumInits())
        addFieldValue(V, F->getName().str(), Sem->getInit(I), H, Before, Depth);
      else
        V[F->getName().str()] = "zero";
      ++I;
    }
    return V;
  }
  // A struct passed by address (libwebsockets' lws_client_connect_via_info(&info)).
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_AddrOf)
    return structValue(U->getSubExpr(), H, Before, Depth + 1);
  if (const auto *C = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = C->getDirectCallee();
    if (!FD)
      return std::nullopt;
    for (const auto &F : H.Factories) {
      if (qualifiedName(FD) != F.Function || F.Argument >= C->getNumArgs())
        continue;
      const Expr *A = peel(C->getArg(F.Argument));
      if (const auto *DR = dyn_cast<DeclRefExpr>(A))
        if (const auto *EC = dyn_cast<EnumConstantDecl>(DR->getDecl())) {
          auto It = F.Cases.find(qualifiedName(EC));
          if (It != F.Cases.end())
            return FieldValues(It->second.begin(), It->second.end());
        }
      return std::nullopt;
    }
    return std::nullopt;
  }
  if (const auto *DR = dyn_cast<DeclRefExpr>(E)) {
    const auto *VD = dyn_cast<VarDecl>(DR->getDecl());
    if (!VD || isa<ParmVarDecl>(VD))
      return std::nullopt;
    std::optional<FieldValues> V;
    if (VD->getInit())
      V = structValue(VD->getInit(), H, Before, Depth + 1);
    if (!V)
      V = FieldValues{};
    applyFieldAssignments(VD, H, Before, *V);
    return V;
  }
  return std::nullopt;
}

/// Sets V[Name] to the value's category and, for a field that holds or points to a
/// nested struct, V["Name.sub"] for each of its fields (a per-connection policy).
void ValueReader::addFieldValue(FieldValues &V, const std::string &Name, const Expr *Value,
                                const HeartbeatRule &H, SourceLocation Before,
                                unsigned Depth) const {
  std::string Got = fieldValue(Value, H);
  QualType T = Value->getType();
  if (const auto *PT = T->getAs<PointerType>())
    T = PT->getPointeeType();
  if (Got == "unknown" && T->isRecordType()) {
    Got = "given";
    if (auto Nested = structValue(Value, H, Before, Depth + 1))
      for (const auto &[Field, Sub] : *Nested)
        V[Name + "." + Field] = Sub;
  }
  V[Name] = Got;
}

/// Do two expressions name the same object: the same variable, or the same field path
/// from it (`vhd->i` and `vhd->i`; `.` and `->` alike)?
static bool samePath(const Expr *A, const Expr *B) {
  A = A->IgnoreParenImpCasts();
  B = B->IgnoreParenImpCasts();
  if (const auto *RA = dyn_cast<DeclRefExpr>(A))
    if (const auto *RB = dyn_cast<DeclRefExpr>(B))
      return RA->getDecl() == RB->getDecl();
  if (const auto *MA = dyn_cast<MemberExpr>(A))
    if (const auto *MB = dyn_cast<MemberExpr>(B))
      return MA->getMemberDecl() == MB->getMemberDecl() &&
             samePath(MA->getBase(), MB->getBase());
  if (isa<CXXThisExpr>(A) && isa<CXXThisExpr>(B))
    return true;
  return false;
}

/// `var.field = value;` statements of var's function that come before Before, in source
/// order: (field name, value).
std::vector<std::pair<std::string, const Expr *>>
ValueReader::fieldAssignments(const VarDecl *VD, SourceLocation Before) const {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(VD->getParentFunctionOrMethod());
  if (!FD || !FD->hasBody())
    return {};
  return fieldAssignmentsWhere(FD->getBody(), Before, [&](const Expr *Obj) {
    const auto *R = dyn_cast<DeclRefExpr>(Obj->IgnoreParenImpCasts());
    return R && R->getDecl() == VD;
  });
}

/// `object.field = value;` statements of Body that come before Before, in source order,
/// where object names the same thing as Object (a variable, or a field path such as
/// `vhd->i`: test-inputs/endpoints/endpoint-connect-info, `member-info`).
std::vector<std::pair<std::string, const Expr *>>
ValueReader::fieldAssignments(const Expr *Object, const Stmt *Body,
                              SourceLocation Before) const {
  return fieldAssignmentsWhere(Body, Before,
                               [&](const Expr *Obj) { return samePath(Obj, Object); });
}

std::vector<std::pair<std::string, const Expr *>>
ValueReader::fieldAssignmentsWhere(const Stmt *Body, SourceLocation Before,
                                   llvm::function_ref<bool(const Expr *)> IsObject) const {
  std::vector<std::pair<std::string, const Expr *>> Out;
  // `opt.flag = true` is a BinaryOperator; `opt.idle = seconds(20)` assigns a class and
  // is an operator= call (test-inputs/libraries/boost-beast/boost-beast-option-variable).
  auto Field = memberExpr(hasObjectExpression(expr().bind("obj"))).bind("lhs");
  auto Assigns =
      match(findAll(stmt(anyOf(binaryOperator(isAssignmentOperator(), hasLHS(Field),
                                              hasRHS(expr().bind("rhs"))),
                               cxxOperatorCallExpr(hasOverloadedOperatorName("="),
                                                   hasArgument(0, Field),
                                                   hasArgument(1, expr().bind("rhs")))))
                        .bind("assign")),
            *Body, TU.ast());
  const SourceManager &SM = TU.ast().getSourceManager();
  std::vector<std::tuple<SourceLocation, const MemberExpr *, const Expr *>> Ordered;
  for (const auto &B : Assigns) {
    const auto *A = B.getNodeAs<Stmt>("assign");
    if (A && SM.isBeforeInTranslationUnit(A->getBeginLoc(), Before) &&
        IsObject(B.getNodeAs<Expr>("obj")))
      Ordered.emplace_back(A->getBeginLoc(), B.getNodeAs<MemberExpr>("lhs"),
                           B.getNodeAs<Expr>("rhs"));
  }
  std::sort(Ordered.begin(), Ordered.end(), [&](const auto &A, const auto &B) {
    return SM.isBeforeInTranslationUnit(std::get<0>(A), std::get<0>(B));
  });
  for (const auto &[Loc, Field, Value] : Ordered)
    Out.emplace_back(Field->getMemberDecl()->getName().str(), Value);
  return Out;
}

/// Where an object that outlives any one function lives: "<global's USR>.field.field"
/// for a global variable or a field path from one (`app.info`, `g->cfg.info`); empty
/// for anything else (locals, parameters, calls).
std::string ValueReader::globalPath(const Expr *E) const {
  E = E->IgnoreParenCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_Deref)
    return globalPath(U->getSubExpr());
  if (const auto *M = dyn_cast<MemberExpr>(E)) {
    std::string Base = globalPath(M->getBase());
    return Base.empty() ? "" : Base + "." + M->getMemberDecl()->getName().str();
  }
  if (const auto *R = dyn_cast<DeclRefExpr>(E))
    if (const auto *V = dyn_cast<VarDecl>(R->getDecl());
        V && V->hasGlobalStorage() && !V->getParentFunctionOrMethod())
      return usrOf(V);
  return "";
}

/// The value stored in a field of a global object, `app.info.pwsi = &app.wsi;`, in any
/// function of the TU: a struct filled once by an init function and used by others
/// (test-inputs/identity/identity-out-parameter-global-info). Null when no function stores one, or
/// when they store different ones (which one a call sees is not stated).
const Expr *ValueReader::globalFieldValue(const std::string &Path) const {
  if (!GlobalStores) {
    GlobalStores.emplace();
    auto Stores = match(translationUnitDecl(forEachDescendant(binaryOperator(
                            isAssignmentOperator(), hasLHS(memberExpr().bind("lhs")),
                            hasRHS(expr().bind("rhs"))))),
                        *TU.ast().getTranslationUnitDecl(), TU.ast());
    for (const auto &B : Stores)
      if (std::string P = globalPath(B.getNodeAs<MemberExpr>("lhs")); !P.empty())
        (*GlobalStores)[P].push_back(B.getNodeAs<Expr>("rhs"));
  }
  auto It = GlobalStores->find(Path);
  if (It == GlobalStores->end())
    return nullptr;
  for (const Expr *V : It->second)
    if (TU.sourceText(V) != TU.sourceText(It->second.front()))
      return nullptr;
  return It->second.front();
}

/// Applies `var.field = value;` statements of var's function that come before Before.
void ValueReader::applyFieldAssignments(const VarDecl *VD, const HeartbeatRule &H,
                                        SourceLocation Before, FieldValues &V) const {
  for (const auto &[Name, Value] : fieldAssignments(VD, Before)) {
    // A field assigned again replaces what its nested struct said before.
    for (auto It = V.lower_bound(Name + ".");
         It != V.end() && llvm::StringRef(It->first).starts_with(Name + ".");)
      It = V.erase(It);
    addFieldValue(V, Name, Value, H, Before, 1);
  }
}

/// Does the condition test a setting of the program (a bool variable, field or getter, a
/// number compared with a constant), rather than an outcome (an error code, the socket's
/// state)? Only settings make evidence conditional: `if (!ec) ws.set_option(…)` in a
/// completion handler is the success path, not a choice
/// (test-inputs/heartbeat/conditional-evidence-lookalikes).
bool ValueReader::isFlag(const Expr *E) const {
  E = E->IgnoreParenImpCasts();
  if (const auto *U = dyn_cast<UnaryOperator>(E); U && U->getOpcode() == UO_LNot)
    return isFlag(U->getSubExpr());
  if (const auto *B = dyn_cast<BinaryOperator>(E)) {
    if (B->isLogicalOp())
      return isFlag(B->getLHS()) || isFlag(B->getRHS());
    if (B->isComparisonOp()) {
      const Expr *L = B->getLHS()->IgnoreParenImpCasts(),
                 *R = B->getRHS()->IgnoreParenImpCasts();
      auto Setting = [&](const Expr *X) {
        return (isa<DeclRefExpr>(X) || isa<MemberExpr>(X)) &&
               X->getType()->isArithmeticType() && !isOutcome(X);
      };
      return (Setting(L) && R->isEvaluatable(TU.ast())) ||
             (Setting(R) && L->isEvaluatable(TU.ast()));
    }
    return false;
  }
  if (!E->getType()->isBooleanType() || isOutcome(E))
    return false;
  if (isa<DeclRefExpr>(E) || isa<MemberExpr>(E))
    return true;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    return !isa<CXXConversionDecl>(MC->getMethodDecl()) && MC->getImplicitObjectArgument() &&
           !TU.libraryOfType(MC->getImplicitObjectArgument()->getType()) &&
           !isOutcome(MC->getImplicitObjectArgument());
  return false;
}

/// An error code, a result or a status, by the name of its type or variable.
bool ValueReader::isOutcome(const Expr *E) {
  std::string Name;
  if (const auto *DR = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
    Name = DR->getDecl()->getName().str();
  else if (const auto *ME = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts()))
    Name = ME->getMemberDecl()->getName().str();
  std::string T = llvm::StringRef(E->getType().getNonReferenceType().getAsString()).lower();
  std::string N = llvm::StringRef(Name).lower();
  for (const char *Word : {"error", "status", "result"})
    if (llvm::StringRef(T).contains(Word) || llvm::StringRef(N).contains(Word))
      return true;
  return N == "ec" || N == "err" || N == "ok" || N == "rc" || N == "ret";
}

const Expr *ValueReader::definingValue(const Expr *E) const {
  const auto *DR = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts());
  const auto *VD = DR ? dyn_cast<VarDecl>(DR->getDecl()) : nullptr;
  if (!VD || !VD->isLocalVarDecl())
    return E;
  if (VD->getInit() && !Locals.isReassigned(VD))
    return VD->getInit()->IgnoreParenImpCasts();
  if (const Expr *A = Locals.onlyAssignment(VD))
    return A->IgnoreParenImpCasts();
  return E;
}

} // namespace extract
} // namespace wslint
