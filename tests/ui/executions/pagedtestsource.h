#pragma once

// An ExecutionSource for the executions model tests: answers queryExecutions from an in-memory
// list of summaries (filtered with the model's own matching, sorted by the query's field,
// paged by offset/limit), always asynchronously, and can hold answers back so a test decides
// when (and in which order) they arrive. Counts the queries it was asked. Not shipped.

#include "executions/executionsmodel.h"
#include "source/executionsource.h"

#include <QMetaObject>

#include <algorithm>

namespace joinery::ui::test {

class PagedTestSource final : public ExecutionSource
{
public:
    using ExecutionSource::ExecutionSource;

    QList<ExecutionSummary> rows;
    QList<ExecutionQuery> queries;
    bool hold = false; // keep answers in `held` until release()
    QList<std::function<void()>> held;

    QString describe() const override { return QStringLiteral("Paged test source"); }
    Capabilities capabilities() const override { return LiveEvents; }

    void queryExecutions(const ExecutionQuery &q, std::function<void(ExecutionPage)> done) override
    {
        queries << q;
        // Filtering and sorting 100,000 rows for every page would measure this double, not the
        // model: keep the last result for the same filters and order.
        const QString key = q.statuses.join(QLatin1Char(',')) + QLatin1Char('|') + q.name
            + QLatin1Char('|') + q.correlationId + QLatin1Char('|') + q.freeText + QLatin1Char('|')
            + QString::number(q.startedAfter) + QLatin1Char('|') + QString::number(q.startedBefore)
            + QLatin1Char('|') + q.sortField
            + (q.ascending ? QLatin1String("+") : QLatin1String("-"))
            + QString::number(rows.size());
        if (key != m_key) {
            m_key = key;
            m_matched = sorted(q);
        }
        ExecutionPage page;
        page.total = m_matched.size();
        page.rows = m_matched.mid(q.offset, q.limit);
        auto answer = [done, page] { done(page); };
        if (hold)
            held << answer;
        else
            QMetaObject::invokeMethod(this, answer, Qt::QueuedConnection);
    }

    QList<ExecutionSummary> sorted(const ExecutionQuery &q) const
    {
        QList<ExecutionSummary> matched;
        for (const ExecutionSummary &s : std::as_const(rows)) {
            if (ExecutionsModel::matches(q, s))
                matched << s;
        }
        std::stable_sort(matched.begin(), matched.end(),
            [&](const ExecutionSummary &a, const ExecutionSummary &b) {
                int c;
                if (q.sortField == QLatin1String("name"))
                    c = a.name.compare(b.name);
                else if (q.sortField == QLatin1String("workflowId"))
                    c = a.workflowId.compare(b.workflowId);
                else
                    c = a.startTime < b.startTime ? -1 : (a.startTime > b.startTime ? 1 : 0);
                if (c == 0)
                    c = a.workflowId.compare(b.workflowId);
                return q.ascending ? c < 0 : c > 0;
            });
        return matched;
    }
    void release(int index)
    {
        QMetaObject::invokeMethod(this, held.takeAt(index), Qt::QueuedConnection);
    }

    void fetchExecution(const QString &, std::function<void(RunSnapshot)> done) override
    {
        done(nullptr);
    }
    void fetchDefinitions(std::function<void(QList<WorkflowDefPtr>)> done) override { done({}); }
    void fetchStalls(std::function<void(QList<Stall>)> done) override { done({}); }
    void previewDecide(const QString &, std::function<void(QStringList, QString)> done) override
    {
        done({}, {});
    }
    void registerDefinition(const QJsonObject &, bool, Done done) override { done(ActionResult::success()); }
    void removeDefinition(const QString &, int, Done done) override { done(ActionResult::success()); }
    void startWorkflow(const StartRequest &, Done done) override { done(ActionResult::success()); }
    void act(const QString &, const WorkflowAction &, Done done) override
    {
        done(ActionResult::success());
    }
    void updateTask(const TaskResult &, Done done) override { done(ActionResult::success()); }
    QJsonObject faults() const override { return {}; }
    void setFaults(const QJsonObject &, Done done) override { done(ActionResult::success()); }
    bool demoLoadRunning() const override { return false; }
    void setDemoLoad(bool, int) override { }

    // Summaries named "wf-<n>", started n seconds after a fixed epoch, all completed.
    static QList<ExecutionSummary> make(
        int count, const QString &name = QStringLiteral("order-flow"))
    {
        QList<ExecutionSummary> list;
        list.reserve(count);
        for (int i = 0; i < count; ++i) {
            ExecutionSummary s;
            s.workflowId = QStringLiteral("wf-%1").arg(i, 6, 10, QLatin1Char('0'));
            s.name = name;
            s.status = WorkflowStatus::Completed;
            s.startTime = 1'700'000'000'000 + qint64(i) * 1000;
            s.updateTime = s.endTime = s.startTime + 500;
            s.correlationId = QStringLiteral("corr-%1").arg(i % 10);
            list << s;
        }
        return list;
    }

private:
    QString m_key;
    QList<ExecutionSummary> m_matched;
};

} // namespace joinery::ui::test
