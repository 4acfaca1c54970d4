#include "panels/decidepreviewdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace joinery::ui {

DecidePreviewDialog::DecidePreviewDialog(const QStringList &workflowIds, const QHash<QString, QString> &names,
                                         bool previewAvailable, QWidget *parent)
    : QDialog(parent)
    , m_ids(workflowIds)
    , m_previewAvailable(previewAvailable)
    , m_intro(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("decidePreviewDialog"));
    setWindowTitle(tr("Re-decide: preview"));
    resize(640, 420);
    m_intro->setWordWrap(true);
    m_intro->setText(previewAvailable
                         ? tr("A decide re-evaluates each workflow from its stored state. This is what it "
                              "would do now; nothing has changed yet.")
                         : tr("This source cannot preview a decide (dry run). The decide will still only "
                              "schedule what the workflow's definition says is due."));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    // Rows a little taller than the Latin font needs: with a CJK fallback font the glyphs sit
    // lower and underscores in task references would be clipped.
    m_tree->setUniformRowHeights(true);
    m_rowHeight = m_tree->fontMetrics().height() + 6;
    for (const QString &id : workflowIds) {
        auto *item = new QTreeWidgetItem(m_tree);
        const QString name = names.value(id);
        item->setText(0, name.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(id, name));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        if (previewAvailable) {
            auto *waiting = new QTreeWidgetItem(item);
            waiting->setText(0, tr("Asking for a preview…"));
            waiting->setSizeHint(0, QSize(0, m_rowHeight));
        }
        item->setSizeHint(0, QSize(0, m_rowHeight));
        item->setExpanded(true);
        m_items.insert(id, item);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(
        workflowIds.size() == 1 ? tr("Re-decide") : tr("Re-decide all (%1)").arg(workflowIds.size()));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_buttons);
    updateState();
}

void DecidePreviewDialog::setPreview(const QString &workflowId, const QStringList &lines, const QString &error)
{
    QTreeWidgetItem *item = m_items.value(workflowId);
    if (!item || m_answered.contains(workflowId))
        return;
    m_answered << workflowId;
    qDeleteAll(item->takeChildren());
    if (!error.isEmpty()) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(0, tr("No preview: %1").arg(error));
        child->setForeground(0, QColor(0xb7, 0x1c, 0x1c));
    } else if (lines.isEmpty()) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(0, tr("Nothing to schedule or update: the decide would change nothing."));
    } else {
        for (const QString &line : lines)
            (new QTreeWidgetItem(item))->setText(0, line);
    }
    for (int i = 0; i < item->childCount(); ++i)
        item->child(i)->setSizeHint(0, QSize(0, m_rowHeight));
    item->setExpanded(true);
    updateState();
}

QStringList DecidePreviewDialog::shownLines(const QString &workflowId) const
{
    QStringList out;
    if (const QTreeWidgetItem *item = m_items.value(workflowId)) {
        for (int i = 0; i < item->childCount(); ++i)
            out << item->child(i)->text(0);
    }
    return out;
}

void DecidePreviewDialog::updateState()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete());
}

} // namespace joinery::ui
