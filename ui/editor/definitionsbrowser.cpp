#include "editor/definitionsbrowser.h"

#include "editor/definitionsmodel.h"
#include "source/executionsource.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace joinery::ui {

DefinitionsBrowser::DefinitionsBrowser(ExecutionSource *source, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_model(new DefinitionsModel(this))
    , m_view(new QTreeView(this))
    , m_title(new QLabel(this))
    , m_bars(new QWidget(this))
{
    setObjectName(QStringLiteral("definitionsBrowser"));
    m_view->setObjectName(QStringLiteral("definitionsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(DefinitionsModel::NameColumn, 190);
    m_view->setColumnWidth(DefinitionsModel::VersionColumn, 56);
    m_view->setColumnWidth(DefinitionsModel::TasksColumn, 48);
    m_title->setObjectName(QStringLiteral("definitionsTitle"));
    m_title->setContentsMargins(6, 4, 6, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_bars);
    layout->addWidget(m_view, 1);
    new QVBoxLayout(m_bars);
    m_bars->layout()->setContentsMargins(0, 0, 0, 0);
    m_bars->layout()->setSpacing(0);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const WorkflowDefPtr def = m_model->definition(index.row()))
            emit openRequested(def->name, def->version);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DefinitionsBrowser::currentChanged);
    m_title->setText(tr("Workflow Definitions"));
}

DefinitionsBrowser::~DefinitionsBrowser() = default;

void DefinitionsBrowser::setActions(const QList<QAction *> &definitionActions, const QList<QAction *> &fileActions)
{
    for (const QList<QAction *> &actions : {definitionActions, fileActions}) {
        auto *bar = new QToolBar(m_bars);
        bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addActions(actions);
        m_bars->layout()->addWidget(bar);
    }
}

void DefinitionsBrowser::refresh()
{
    QPointer<DefinitionsBrowser> self(this);
    m_source->fetchDefinitions([self](QList<WorkflowDefPtr> definitions) {
        if (!self)
            return;
        const WorkflowDefPtr was = self->current();
        self->m_model->setSnapshot(std::move(definitions));
        if (was)
            self->setCurrent(was->name, was->version);
        emit self->refreshed();
    });
}

WorkflowDefPtr DefinitionsBrowser::current() const
{
    return m_model->definition(m_view->currentIndex().row());
}

void DefinitionsBrowser::setCurrent(const QString &name, int version)
{
    const int row = m_model->rowOf(name, version);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

WorkflowDefPtr DefinitionsBrowser::latest(const QString &name) const
{
    return m_model->definition(m_model->rowOf(name, m_model->latestVersion(name)));
}

void DefinitionsBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_title->setText(tr("Workflow Definitions"));
    QWidget::changeEvent(event);
}

} // namespace joinery::ui
