#include "decider/decidestate.h"
#include "decider/handlers/handlers.h"
#include "decider/scripting/scriptevaluator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace joinery::handlers {
namespace {

QString caseText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }
}

// SWITCH and DECISION: evaluate the case, end at once (COMPLETED with evaluationResult and
// selectedCase) and schedule the first task of the chosen case in the same step, as Conductor's
// mappers do. No matching case takes defaultCase; an explicitly empty case means "no tasks", so
// what follows the SWITCH comes next. An evaluation error FAILS the task (and, since SWITCH is
// never retried, the workflow).
class SwitchHandler final : public TaskHandler
{
public:
    void schedule(DecideState &s, const WorkflowTask &wt, int iteration) const override
    {
        const int i = s.appendTask(wt, wt.type, iteration, TaskStatus::InProgress);
        const QJsonObject input = s.resolveInput(wt, s.run.tasks.at(i).taskId);
        s.run.tasks[i].inputData = input;

        QString error;
        const std::optional<QString> selected = evaluateCase(wt, input, &error);
        if (!selected) {
            s.finishTask(i, TaskStatus::Failed, error);
            return;
        }
        const TaskList *chosen = nullptr;
        for (const auto &c : wt.decisionCases) {
            if (c.first == *selected) {
                chosen = &c.second;
                break;
            }
        }
        if (!chosen)
            chosen = &wt.defaultCase;

        TaskRun &t = s.run.tasks[i];
        t.outputData = QJsonObject{{QStringLiteral("evaluationResult"), QJsonArray{*selected}},
                                   {QStringLiteral("selectedCase"), *selected}};
        t.inputData.insert(QStringLiteral("case"), *selected);
        s.finishTask(i, TaskStatus::Completed);
        if (!chosen->isEmpty()) {
            s.run.tasks[i].executed = true;
            s.schedule(chosen->first(), iteration);
        }
    }

    static std::optional<QString> evaluateCase(const WorkflowTask &wt, const QJsonObject &input, QString *error)
    {
        QString script;
        if (wt.type == TaskType::Decision) {
            if (!wt.caseValueParam.isEmpty())
                return caseText(input.value(wt.caseValueParam));
            script = wt.caseExpression;
        } else {
            const QString evaluator = wt.evaluatorType.isEmpty() ? QStringLiteral("value-param") : wt.evaluatorType;
            if (evaluator == QLatin1String("value-param"))
                return caseText(input.value(wt.expression));
            script = wt.expression;
        }
        const ScriptResult r = ScriptEvaluator::evaluate(script, input);
        if (!r.ok) {
            *error = QStringLiteral("case evaluation of %1 failed: %2").arg(wt.taskReferenceName, r.error);
            return std::nullopt;
        }
        return caseText(r.value);
    }
};

} // namespace

const TaskHandler &switchTask()
{
    static const SwitchHandler handler;
    return handler;
}

} // namespace joinery::handlers
