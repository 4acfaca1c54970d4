#pragma once

#include "decider/expressions/expressioncontext.h"

#include <QJsonValue>
#include <QStringView>

namespace joinery {

// The part of Jayway JsonPath that Conductor expressions use, read straight from an
// ExpressionContext (used by ParameterResolver). Pure and thread-safe.
//
// Supported: `a.b.c`, `a[0]`, `a['k']`, `a["k"]` (backslash escapes a quote), `a[*]` and `a.*`
// (all elements or member values), `a.length()` (size of an array or object) and an optional
// leading `$.`. The first component names the root (`workflow` or a task reference) and the second
// its field; the context is asked for exactly that pair, so nothing else is built.
//
// Results follow Jayway with SUPPRESS_EXCEPTIONS: a missing member, an index out of range, a key
// on a non-object or anything unsupported (filters, slices, unions, `..`, other functions) gives
// null, never an error. Negative indices are missing too (Jayway would count from the end). After
// a wildcard the path is indefinite: later steps map over the elements, members that are missing
// drop out, and the result is always an array; `length()` then counts that array.
class JsonPath
{
public:
    static QJsonValue evaluate(QStringView path, const ExpressionContext &context);
};

} // namespace joinery
