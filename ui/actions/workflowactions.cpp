#include "actions/workflowactions.h"

#include "actions/startworkflowdialog.h"
#include "shell/selection.h"
#include "source/executionsource.h"

#include <QAction>
#include <QCheckBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>

namespace joinery::ui {

WorkflowActions::WorkflowActions(
    ExecutionSource *source, Selection *selection, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_source(source)
    , m_selection(selection)
    , m_dialogParent(dialogParent)
{
    static const char *const names[NUM_KINDS] = {"startAction", "pauseAction", "resumeAction",
        "terminateAction", "restartAction", "retryAction", "rerunAction", "redecideAction"};
    for (int k = 0; k < NUM_KINDS; ++k) {
        auto *a = new QAction(this);
        a->setObjectName(QString::fromLatin1(names[k]));
        connect(a, &QAction::triggered, this, [this, k] { trigger(Kind(k)); });
        m_actions[k] = a;
    }
    m_actions[Start]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_actions[Pause]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_actions[Resume]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_actions[Terminate]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_actions[Retry]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_actions[Redecide]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    if (m_selection)
        connect(m_selection, &Selection::workflowSelected, this, &WorkflowActions::updateEnabled);
    retranslate();
    updateEnabled();
}

WorkflowActions::~WorkflowActions() = default;

void WorkflowActions::setTargetProvider(std::function<QStringList()> provider)
{
    m_targets = std::move(provider);
    updateEnabled();
}

QStringList WorkflowActions::targets() const
{
    QStringList ids = m_targets ? m_targets() : QStringList();
    if (ids.isEmpty() && m_selection && !m_selection->workflowId().isEmpty())
        ids << m_selection->workflowId();
    return ids;
}

void WorkflowActions::updateEnabled()
{
    const bool any = !targets().isEmpty();
    for (int k = Pause; k < NUM_KINDS; ++k)
        m_actions[k]->setEnabled(any);
    m_actions[Start]->setEnabled(m_source != nullptr);
}

QString WorkflowActions::label(Kind kind) const
{
    return m_actions.at(kind)->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

void WorkflowActions::retranslate()
{
    m_actions[Start]->setText(tr("&Start Workflow…"));
    m_actions[Start]->setToolTip(tr("Start a workflow from a registered definition"));
    m_actions[Pause]->setText(tr("&Pause"));
    m_actions[Pause]->setToolTip(tr("Pause the selected workflows: nothing new is scheduled"));
    m_actions[Resume]->setText(tr("Res&ume"));
    m_actions[Resume]->setToolTip(tr("Resume the selected paused workflows"));
    m_actions[Terminate]->setText(tr("&Terminate…"));
    m_actions[Terminate]->setToolTip(tr("Terminate the selected workflows, with a reason"));
    m_actions[Restart]->setText(tr("Re&start…"));
    m_actions[Restart]->setToolTip(
        tr("Start the selected ended workflows again from the beginning"));
    m_actions[Retry]->setText(tr("Re&try"));
    m_actions[Retry]->setToolTip(tr("Retry the selected failed workflows from the failed task"));
    m_actions[Rerun]->setText(tr("Re&run…"));
    m_actions[Rerun]->setToolTip(tr("Run the selected workflows again with their original input"));
    m_actions[Redecide]->setText(tr("Re-&decide"));
    m_actions[Redecide]->setToolTip(
        tr("Decide the selected workflows now: schedules whatever is owed"));
}

bool WorkflowActions::confirm(const QString &question) const
{
    return QMessageBox::question(m_dialogParent, tr("Joinery"), question,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        == QMessageBox::Yes;
}

void WorkflowActions::trigger(Kind kind)
{
    if (kind == Start) {
        startWorkflow();
        return;
    }
    const QStringList ids = targets();
    if (ids.isEmpty() || !m_source)
        return;
    const int n = int(ids.size());
    const QString what = n == 1 ? ids.first() : tr("%1 workflows").arg(n);
    WorkflowAction action;
    switch (kind) {
    case Pause:
        action.kind = WorkflowAction::Pause;
        break;
    case Resume:
        action.kind = WorkflowAction::Resume;
        break;
    case Retry:
        action.kind = WorkflowAction::Retry;
        break;
    case Redecide:
        action.kind = WorkflowAction::Decide;
        break;
    case Terminate: {
        bool ok = false;
        const QString reason = QInputDialog::getText(m_dialogParent, tr("Terminate"),
            tr("Terminate %1. Reason:").arg(what), QLineEdit::Normal, tr("Terminated from Joinery"),
            &ok);
        if (!ok)
            return;
        action.kind = WorkflowAction::Terminate;
        action.reason = reason;
        break;
    }
    case Restart: {
        QMessageBox box(QMessageBox::Question, tr("Restart"),
            tr("Restart %1 from the beginning? Their tasks so far are discarded.").arg(what),
            QMessageBox::Yes | QMessageBox::Cancel, m_dialogParent);
        auto *latest = new QCheckBox(tr("Use the latest version of the definition"), &box);
        box.setCheckBox(latest);
        if (box.exec() != QMessageBox::Yes)
            return;
        action.kind = WorkflowAction::Restart;
        action.useLatestDefinition = latest->isChecked();
        break;
    }
    case Rerun:
        if (!confirm(tr("Rerun %1 from the first task with the original input?").arg(what)))
            return;
        action.kind = WorkflowAction::Rerun;
        break;
    case Start:
    case NUM_KINDS:
        return;
    }
    if (n > 1 && kind != Terminate && kind != Restart && kind != Rerun
        && !confirm(tr("%1: apply to %2 workflows?").arg(label(kind)).arg(n)))
        return;
    apply(ids, action, label(kind));
}

void WorkflowActions::apply(
    const QStringList &workflowIds, const WorkflowAction &action, const QString &label)
{
    struct Tally
    {
        int pending = 0, succeeded = 0;
        QStringList failures;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = int(workflowIds.size());
    QPointer<WorkflowActions> self(this);
    for (const QString &id : workflowIds) {
        m_source->act(id, action,
            [self, tally, id, label, total = int(workflowIds.size())](const ActionResult &r) {
                if (r.ok())
                    ++tally->succeeded;
                else
                    tally->failures << tr("%1: %2").arg(id, r.message);
                if (--tally->pending > 0 || !self)
                    return;
                emit self->message(
                    tr("%1: %2 of %3 workflows done").arg(label).arg(tally->succeeded).arg(total));
                emit self->applied(tally->succeeded, int(tally->failures.size()));
                if (!tally->failures.isEmpty()) {
                    QStringList shown = tally->failures.mid(0, 10);
                    if (tally->failures.size() > 10)
                        shown << tr("… and %1 more").arg(tally->failures.size() - 10);
                    QMessageBox::warning(self->m_dialogParent, label,
                        tr("%1 of %2 workflows were not changed:\n\n%3")
                            .arg(tally->failures.size())
                            .arg(total)
                            .arg(shown.join(QLatin1Char('\n'))));
                }
            });
    }
}

void WorkflowActions::startWorkflow()
{
    if (!m_source)
        return;
    QPointer<WorkflowActions> self(this);
    m_source->fetchDefinitions([self](const QList<WorkflowDefPtr> &definitions) {
        if (!self)
            return;
        StartWorkflowDialog dialog(self->m_dialogParent);
        dialog.setDefinitions(definitions);
        if (dialog.exec() != QDialog::Accepted || !self)
            return;
        const StartRequest request = dialog.request();
        self->m_source->startWorkflow(request, [self, name = request.name](const ActionResult &r) {
            if (!self)
                return;
            if (!r.ok()) {
                QMessageBox::warning(self->m_dialogParent, tr("Start Workflow"),
                    tr("Could not start %1:\n%2").arg(name, r.message));
                return;
            }
            emit self->message(tr("Started %1 (%2)").arg(name, r.id));
            emit self->workflowStarted(r.id);
            if (self->m_selection)
                self->m_selection->selectWorkflow(r.id);
        });
    });
}

} // namespace joinery::ui
