#pragma once

#include "decider/expressions/expressioncontext.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace joinery {

// Resolves Conductor `${...}` expressions inside input and output parameters (schemaVersion 2).
// Pure and thread-safe.
//
// Rules (Conductor's ParametersUtils.getTaskInputV2):
// - Every string at any depth of objects and arrays is scanned for `${path}`.
// - A string that is exactly one `${path}` is replaced by the typed value (object, array, number,
//   bool, null); otherwise each `${path}` is interpolated as text (objects/arrays as compact JSON,
//   a missing value as "null"... as Conductor does: missing -> the JSON null, interpolated "null").
// - Nesting works: `${workflow.input.${workflow.input.key}}` resolves the inner one first.
// - `$${` is a literal `${`.
// - A path is JsonPath-like: `a.b.c`, `a[0]`, `a['k']`, `a["k"]`, `a[*]` (all elements), `a.length()`.
//   A missing path yields null, never an error. The exact subset is described in jsonpath.h.
// - schemaVersion 1 style plain strings such as "workflow.input.x" are literal text.
// - `${}` (or only blanks) reads as the empty string; an unclosed `${` is literal text.
// - `${workflow.secrets.NAME}` is left as written: secrets are substituted when the task is
//   handed to its worker, never stored in task input.
// - Special names such as `${CPEWF_TASK_ID}` are paths with a root and nothing else, so they are
//   whatever the context's object() answers for that name. Environment variables and JVM
//   properties are never read: the decider stays pure.
// Values without any `${` are returned as they are (shared, not copied), and nested objects are
// only rebuilt where something changed, which keeps the common case cheap.
class ParameterResolver
{
public:
    static QJsonValue resolve(const QJsonValue &value, const ExpressionContext &context);
    static QJsonObject resolve(const QJsonObject &parameters, const ExpressionContext &context);
    // Reads one path such as "workflow.input.x" or "t1.output.items[0].id".
    static QJsonValue evaluatePath(const QString &path, const ExpressionContext &context);
    // Checks that every `${` in `value` is closed and non-empty; on failure says where.
    static bool checkExpressions(const QJsonValue &value, QString *error);
    // True when `text` contains at least one `${...}` expression.
    static bool containsExpression(const QString &text);
};

} // namespace joinery
